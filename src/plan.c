#include "stride/plan.h"

#include <stdio.h>
#include <string.h>

#include "stride/arena.h"

void plan_free(struct plan *p)
{
	if (p)
		arena_free(p->arena);
}

const char *plan_resource_kind_name(enum plan_resource_kind kind)
{
	static const char *const names[] = {
		NULL, "book", "course", "video", "article",
		"docs", "practice", "tool", "other",
	};
	return (unsigned)kind < sizeof(names) / sizeof(names[0]) ? names[kind] : NULL;
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

const char *plan_counts_text(const struct plan_counts *c, char *buf, size_t n)
{
	snprintf(buf, n, "%zu %s, %zu %s, %zu %s, %zu %s, %zu %s, %zu %s", c->phases,
		 plural(c->phases, "phase", "phases"), c->weeks,
		 plural(c->weeks, "week block", "week blocks"), c->tasks,
		 plural(c->tasks, "task", "tasks"), c->criteria,
		 plural(c->criteria, "criterion", "criteria"), c->deliverables,
		 plural(c->deliverables, "deliverable", "deliverables"), c->resources,
		 plural(c->resources, "resource", "resources"));
	size_t len = strlen(buf);
	if (c->habits && len < n)
		snprintf(buf + len, n - len, ", %zu %s", c->habits,
			 plural(c->habits, "habit", "habits"));
	return buf;
}

const char *plan_every_text(const struct plan_every *e, char *buf, size_t n)
{
	if (!n)
		return buf;
	buf[0] = '\0';
	if (e->kind == PLAN_EVERY_DAY) {
		snprintf(buf, n, "day");
	} else if (e->kind == PLAN_EVERY_WEEK) {
		snprintf(buf, n, "%d/week", e->times);
	} else if (e->kind == PLAN_EVERY_DAYS) {
		size_t len = 0;
		for (int d = 0; d < 7 && len < n; d++)
			if (e->days & (1u << d))
				len += (size_t)snprintf(buf + len, n - len, "%s%s",
							len ? ", " : "", plan_weekday_name(d));
	}
	return buf;
}

const char *plan_priority_name(enum plan_priority prio)
{
	static const char *const names[] = { NULL, "high", "medium", "low" };
	return (unsigned)prio < sizeof(names) / sizeof(names[0]) ? names[prio] : NULL;
}

const char *plan_weekday_name(int weekday)
{
	static const char *const names[] = { "mon", "tue", "wed", "thu",
					     "fri", "sat", "sun" };
	return weekday >= 0 && weekday < 7 ? names[weekday] : NULL;
}
