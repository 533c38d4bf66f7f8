/*
 * libFuzzer target: md2yaml on any bytes (make fuzz-md2yaml). A conversion
 * either refuses the input with a message or gives a draft that the loader
 * takes as a valid plan, with the counts md2yaml says it has; anything else
 * aborts, with the draft and the loader's first error on stderr.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "stride/loader.h"
#include "stride/md2yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct md2yaml_result r;
	char err[512] = "";
	if (md2yaml_convert("fuzz.md", (const char *)data, size, &r, err,
			    sizeof(err)) < 0) {
		if (!err[0] || r.yaml)
			abort(); /* a refusal says why, and gives nothing */
		return 0;
	}
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	enum loader_status st =
		loader_load_buffer("draft.yaml", r.yaml, r.len, &p, &d);
	if (st != LOADER_OK) {
		fprintf(stderr, "%s\n---\ndraft.yaml:%u:%u: %s\n", r.yaml,
			d.n ? d.v[0].line : 0, d.n ? d.v[0].col : 0,
			d.n ? d.v[0].msg : "?");
		abort();
	}
	const struct plan_counts *c = &p->counts;
	if (c->phases != r.counts.phases || c->weeks != r.counts.weeks ||
	    c->tasks != r.counts.tasks || c->criteria != r.counts.criteria ||
	    c->deliverables != r.counts.deliverables ||
	    c->resources != r.counts.resources || c->phases == 0) {
		fprintf(stderr, "counts differ: loader %zu/%zu/%zu, md2yaml "
				"%zu/%zu/%zu\n",
			c->phases, c->weeks, c->tasks, r.counts.phases,
			r.counts.weeks, r.counts.tasks);
		abort();
	}
	plan_free(p);
	diag_list_done(&d);
	md2yaml_result_done(&r);
	return 0;
}
