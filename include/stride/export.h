/*
 * export: stride's JSON documents. The only module that uses cJSON.
 *
 * Every function returns a malloc'd, NUL-terminated JSON text (ending in a
 * newline) that the caller frees with free().
 */
#ifndef STRIDE_EXPORT_H
#define STRIDE_EXPORT_H

#include <stddef.h>

#include "stride/diag.h"
#include "stride/loader.h"
#include "stride/plan.h"

/* One file as `stride lint` saw it. */
struct export_lint {
	const char *file;
	enum loader_status status;
	const struct plan *plan; /* NULL unless status is LOADER_OK */
	const struct diag_list *diags;
};

/*
 * The `stride lint --json` document: an array with one object a file,
 * {"file", "valid", "plan", "title", "start", "end", "counts", "phases",
 * "errors", "warnings"} (docs/stride.1 has the fields).
 */
char *export_lint_json(const struct export_lint *files, size_t n);

#endif
