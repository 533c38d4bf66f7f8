/* What needs the person now: see stride/remind.h. */
#include "stride/remind.h"

#include "stride/calendar.h"

static int has_week(int week, void *ctx)
{
	(void)week;
	*(bool *)ctx = true;
	return 1;
}

int remind_gather(struct store *s, const struct store_plan *p, int today, struct remind *r,
		  struct store_error *err)
{
	*r = (struct remind){ 0 };
	struct progress *pr = &r->pr;
	if (progress_compute(s, p, today, pr, err) < 0)
		return -1;
	if (progress_is_template(p, pr) || pr->starts_in) {
		r->quiet = true;
		return 0;
	}
	r->running = !pr->ended;
	if (!pr->ended && pr->slot.minutes > 0 && pr->logged_today < pr->slot.minutes)
		r->v[r->n++] = (struct remind_reason){ .kind = REMIND_SLOT,
						       .logged = pr->logged_today,
						       .minutes = pr->slot.minutes };
	if (!pr->ended && pr->streak > 0 && !pr->active_today && !pr->day_off)
		r->v[r->n++] = (struct remind_reason){ .kind = REMIND_STREAK,
						       .streak = pr->streak };
	int late;
	if (progress_late_count(s, p, today, &late, err) < 0)
		return -1;
	if (late)
		r->v[r->n++] = (struct remind_reason){ .kind = REMIND_LATE, .late = late };
	bool written = false;
	/* on the last day of the person's week (config's week-start); the
	 * store keeps a week's reflection under its Monday */
	if (!pr->ended && calendar_week_first(today) + 6 == today) {
		int key = calendar_week_key(today);
		if (store_reflection_weeks(s, p->id, key, key, has_week, &written, err) < 0)
			return -1;
		if (!written)
			r->v[r->n++] = (struct remind_reason){ .kind = REMIND_REFLECTION,
							       .week = key };
	}
	return 0;
}

void remind_done(struct remind *r)
{
	progress_done(&r->pr);
	*r = (struct remind){ 0 };
}
