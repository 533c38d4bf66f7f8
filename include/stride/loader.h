/*
 * loader: reads a plan file (docs/plan-format.md, version 1) into a
 * struct plan, or reports every error it finds.
 *
 * The loader is the only module that includes yaml.h. It reads the file
 * once, checks it is UTF-8 without control characters, turns libyaml's
 * events into a small tree that remembers the line and column of every
 * node, and walks that tree into the plan: checking every key and value,
 * resolving references, dates and keys.
 *
 * Loading yields a whole plan or none: with any error, no plan.
 */
#ifndef STRIDE_LOADER_H
#define STRIDE_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/diag.h"
#include "stride/plan.h"

/* Plan files larger than this are refused without being read. */
#define LOADER_MAX_BYTES ((size_t)64 << 20)
/* Phases may nest this deep, and tasks likewise. */
#define LOADER_MAX_NESTING 8

enum loader_status {
	LOADER_OK,      /* *out is the plan; diags may hold warnings */
	LOADER_INVALID, /* the file is not a valid plan; diags says why */
	LOADER_IO,      /* the file cannot be read; diags holds one message */
};

/*
 * Loads the plan file at path ("-" reads standard input). On LOADER_OK,
 * *out is a new plan that the caller frees with plan_free(); otherwise *out
 * is NULL. Errors and warnings are appended to diags (which the caller
 * initialised and later frees), sorted by line and column. An I/O failure is
 * one error at line 0 whose message says what went wrong ("No such file or
 * directory").
 */
enum loader_status loader_load_file(const char *path, struct plan **out,
				    struct diag_list *diags);

/*
 * Reads a plan file whole (at most LOADER_MAX_BYTES; "-" is standard
 * input) into *buf, which the caller frees, or passes on to
 * loader_load_text(). Returns LOADER_IO (a directory, a missing or
 * unreadable file) or LOADER_INVALID (too big), with the error in diags.
 */
enum loader_status loader_read_file(const char *path, char **buf, size_t *len,
				    struct diag_list *diags);

/* Loads the text in buf, which the loader takes over and frees (as soon as
 * it has read it). name is what the plan records as its file. */
enum loader_status loader_load_text(const char *name, char *buf, size_t len,
				    struct plan **out, struct diag_list *diags);

/*
 * The first day of plan_id when its file gives it no dates at all (no
 * `start` or `end` of the plan or of any phase) and it was started on a
 * day (stride start), else CALENDAR_NONE.
 */
typedef int loader_anchor_fn(const char *plan_id, void *ctx);

/* loader_load_text() of a plan that may have been started: a plan with
 * no dates of its own whose anchor gives a day is laid out from that day
 * as if the file said `start:` it, and plan->anchored is set. */
enum loader_status loader_load_anchored(const char *name, char *buf, size_t len,
					loader_anchor_fn *anchor, void *ctx,
					struct plan **out, struct diag_list *diags);

/*
 * The same for a plan already in memory, which stays the caller's: name is
 * what the plan records as its file. buf need not be NUL-terminated.
 */
enum loader_status loader_load_buffer(const char *name, const char *buf,
				      size_t len, struct plan **out,
				      struct diag_list *diags);

/* ---- other YAML documents (the config file) ------------------------------ */

/*
 * The loader's tree of a YAML document, for the other files stride reads
 * as YAML: every node with its 1-based line and column. A mapping's items
 * are its pairs, key then value (n pairs: 2n items); a sequence's, its n
 * items; a scalar's str is its text (n bytes), plain when it was neither
 * quoted nor a block scalar.
 */
enum loader_node_kind { LOADER_SCALAR, LOADER_SEQ, LOADER_MAP };

struct loader_node {
	unsigned char kind; /* enum loader_node_kind */
	bool plain;	/* a plain scalar: not quoted, not a block scalar */
	bool bad;	/* an alias, reported already: read as nothing, quietly */
	unsigned line, col;
	unsigned n;	/* scalar: bytes; sequence: items; mapping: pairs */
	union {
		const char *str;
		struct loader_node *items; /* a mapping's pairs as key, value, ... */
	};
};

struct loader_doc;

/*
 * Reads the YAML file at path with the checks a plan file gets (UTF-8, no
 * control characters, one document, no anchors, aliases or tags; what
 * names the kind of file in those errors: "a config file"). An empty file
 * is a null root. On LOADER_OK, *root is the document's root, owned by
 * *out, which the caller frees with loader_doc_free(); otherwise both are
 * NULL and diags holds the errors (sorted), or the I/O error at line 0.
 */
enum loader_status loader_doc_load(const char *path, const char *what,
				   struct loader_doc **out,
				   const struct loader_node **root,
				   struct diag_list *diags);
/* The same for a document in memory (buf stays the caller's; it need not
 * be NUL-terminated). */
enum loader_status loader_doc_load_buffer(const char *buf, size_t len, const char *what,
					  struct loader_doc **out,
					  const struct loader_node **root,
					  struct diag_list *diags);
void loader_doc_free(struct loader_doc *doc);

/* Whether n is YAML's null: absent, empty, ~ or null. */
bool loader_node_null(const struct loader_node *n);

#endif
