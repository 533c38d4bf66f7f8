#include "stride/idset.h"

#include "stride/util.h"

#include <stdlib.h>
#include <string.h>

static int id_cmp(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

static long long *find(const struct idset *s, long long id)
{
	return s->n ? bsearch(&id, s->v, s->n, sizeof(id), id_cmp) : NULL;
}

bool idset_has(const struct idset *s, long long id)
{
	return find(s, id) != NULL;
}

void idset_set(struct idset *s, long long id, bool on)
{
	long long *hit = find(s, id);
	if (on && !hit) {
		/* insert in order: the sets are small, and changed a key at a time */
		s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof(*s->v));
		size_t i = s->n;
		while (i && s->v[i - 1] > id) {
			s->v[i] = s->v[i - 1];
			i--;
		}
		s->v[i] = id;
		s->n++;
	} else if (!on && hit) {
		size_t i = (size_t)(hit - s->v);
		memmove(hit, hit + 1, (s->n - i - 1) * sizeof(*s->v));
		s->n--;
	}
}

void idset_clear(struct idset *s)
{
	s->n = 0;
}

void idset_free(struct idset *s)
{
	free(s->v);
	*s = (struct idset){ 0 };
}
