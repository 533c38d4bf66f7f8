#include "stride/plan.h"

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
