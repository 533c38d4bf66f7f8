#include "stride/act.h"

static int finish(struct store *s, int rc, long long plan_id,
		  struct store_error *err)
{
	if (rc == 0 && plan_id)
		rc = store_plan_use(s, plan_id, err);
	if (rc == 0)
		rc = store_commit(s, err);
	if (rc < 0)
		store_rollback(s);
	return rc;
}

int act_status(struct store *s, const long long *ids, size_t n,
	       enum store_status st, int day, bool *already,
	       struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0, plan_id = 0;
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct store_item it;
		rc = store_item_get(s, ids[i], &it, err);
		if (rc < 0)
			break;
		bool same = it.status == st;
		if (already)
			already[i] = same;
		if (!same)
			rc = store_set_status(s, &it, st, day, &batch, err);
		if (!plan_id && !same)
			plan_id = it.plan_id;
		store_item_done(&it);
	}
	return finish(s, rc, plan_id, err);
}

int act_log(struct store *s, long long plan_id, long long item_id, int minutes,
	    int day, const char *text, struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	int rc = store_log(s, plan_id, item_id, minutes, day, text, &batch, err);
	return finish(s, rc, plan_id, err);
}

int act_note(struct store *s, long long item_id, const char *text, int day,
	     struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	long long batch = 0;
	struct store_item it;
	int rc = store_item_get(s, item_id, &it, err);
	if (rc == 0)
		rc = store_set_note(s, &it, text, day, &batch, err);
	long long plan_id = rc == 0 ? it.plan_id : 0;
	if (rc == 0)
		store_item_done(&it);
	return finish(s, rc, plan_id, err);
}

int act_undo(struct store *s, int day,
	     int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	     struct store_error *err)
{
	if (store_begin(s, err) < 0)
		return -1;
	return finish(s, store_undo(s, day, fn, ctx, err), 0, err);
}
