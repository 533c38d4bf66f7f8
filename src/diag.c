#include "stride/diag.h"
#include "stride/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void diag_list_init(struct diag_list *d)
{
	*d = (struct diag_list){ 0 };
}

void diag_list_done(struct diag_list *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	*d = (struct diag_list){ 0 };
}

void diag_add(struct diag_list *d, enum diag_level level, unsigned line,
	      unsigned col, const char *fmt, ...)
{
	size_t *count = level == DIAG_ERROR ? &d->errors : &d->warnings;
	if ((*count)++ >= DIAG_GATHER)
		return;

	va_list ap;
	va_start(ap, fmt);
	int len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = xmalloc(len > 0 ? (size_t)len + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(msg, len > 0 ? (size_t)len + 1 : 1, fmt, ap);
	va_end(ap);

	d->v = xgrow(d->v, &d->cap, d->n + 1, sizeof(*d->v));
	d->v[d->n++] = (struct diag){ level, line, col, msg, d->seq++ };
}

static int diag_cmp(const void *pa, const void *pb)
{
	const struct diag *a = pa, *b = pb;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_sort(struct diag_list *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), diag_cmp);
	size_t kept[2] = { 0, 0 }, o = 0;
	for (size_t i = 0; i < d->n; i++) {
		if (kept[d->v[i].level]++ < DIAG_CAP)
			d->v[o++] = d->v[i];
		else
			free(d->v[i].msg);
	}
	d->n = o;
}

size_t diag_dropped(const struct diag_list *d, enum diag_level level)
{
	size_t found = level == DIAG_ERROR ? d->errors : d->warnings;
	return found > DIAG_CAP ? found - DIAG_CAP : 0;
}
