/*
 * Unit tests for the library (library.c) and for what a person keeps on a
 * resource (act_resource): the order of the resources, where each is
 * used, the matching of a title fragment, the parsing of statuses and
 * ratings, one step for undo a command, a change that changes nothing,
 * the refusals that record nothing, and status, rating and note kept
 * through re-syncs that remove a resource from the plan file and bring it
 * back. Each test has a store of its own in a temporary directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/library.h"
#include "stride/loader.h"
#include "stride/store.h"
#include "stride/sync.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Two plan-wide resources used by a phase, a week block and tasks; one
 * used nowhere; one inline in a task. */
static const char plan_yaml[] =
	"stride: 1\n"
	"id: lib\n"
	"title: Lib\n"
	"resources:\n"
	"  - { id: book, title: The Book, kind: book, by: An Author, url: https://b.example }\n"
	"  - { id: talk, title: A talk about books, kind: video }\n"
	"  - { id: idle, title: Never used }\n"
	"phases:\n"
	"  - id: p\n"
	"    title: P\n"
	"    resources: [book]\n"
	"    weeks:\n"
	"      - week: 1\n"
	"        title: W\n"
	"        resources: [talk]\n"
	"        tasks:\n"
	"          - { id: t1, title: Read it, resources: [book, talk] }\n"
	"          - title: Inline\n"
	"            resources:\n"
	"              - { title: An inline article, kind: article }\n";

/* The same without the talk (and what used it). */
static const char without_talk_yaml[] =
	"stride: 1\n"
	"id: lib\n"
	"title: Lib\n"
	"resources:\n"
	"  - { id: book, title: The Book, kind: book, by: An Author, url: https://b.example }\n"
	"  - { id: idle, title: Never used }\n"
	"phases:\n"
	"  - id: p\n"
	"    title: P\n"
	"    resources: [book]\n"
	"    weeks:\n"
	"      - week: 1\n"
	"        title: W\n"
	"        tasks:\n"
	"          - { id: t1, title: Read it, resources: [book] }\n"
	"          - title: Inline\n"
	"            resources:\n"
	"              - { title: An inline article, kind: article }\n";

struct fx {
	char dir[256];
	char path[320];
	struct store *s;
	long long plan_id;
};

static int today(void)
{
	int day;
	assert_true(calendar_parse("2025-07-14", &day));
	return day;
}

static void sync_text(struct fx *fx, const char *yaml)
{
	struct diag_list dl;
	diag_list_init(&dl);
	struct plan *p = NULL;
	assert_int_equal(loader_load_buffer("t.yaml", yaml, strlen(yaml), &p, &dl),
			 LOADER_OK);
	diag_list_done(&dl);
	struct sync_report rep;
	struct store_error err = { 0 };
	int rc = sync_plan(fx->s, p, NULL, false, &rep, &err);
	if (rc)
		fprintf(stderr, "sync: %s\n", err.msg);
	assert_int_equal(rc, 0);
	struct store_plan row;
	assert_int_equal(store_plan_get(fx->s, p->id, &row, &err), 0);
	fx->plan_id = row.id;
	store_plan_done(&row);
	sync_report_done(&rep);
	plan_free(p);
}

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	const char *tmp = getenv("TMPDIR");
	snprintf(fx->dir, sizeof(fx->dir), "%s/stride-test-library.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->path, sizeof(fx->path), "%s/stride.db", fx->dir);
	struct store_error err = { 0 };
	assert_int_equal(store_open(fx->path, true, &fx->s, &err), 0);
	sync_text(fx, plan_yaml);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	store_close(fx->s);
	char p[400];
	const char *ends[] = { "", "-wal", "-shm" };
	for (size_t i = 0; i < ARRAY_LEN(ends); i++) {
		snprintf(p, sizeof(p), "%s%s", fx->path, ends[i]);
		unlink(p);
	}
	rmdir(fx->dir);
	free(fx);
	return 0;
}

static struct store_item item(struct fx *fx, const char *key)
{
	struct store_item it;
	struct store_error err = { 0 };
	int rc = store_item_by_key(fx->s, fx->plan_id, key, &it, &err);
	if (rc)
		fprintf(stderr, "no item %s: %s\n", key, err.msg);
	assert_int_equal(rc, 0);
	return it;
}

static void load(struct fx *fx, bool archived, struct library *lib)
{
	struct store_error err = { 0 };
	assert_int_equal(library_load(fx->s, fx->plan_id, archived, lib, &err), 0);
}

/* The entry with this key, or NULL. */
static const struct library_entry *entry(const struct library *lib, const char *key)
{
	for (size_t i = 0; i < lib->n; i++)
		if (!strcmp(lib->v[i].it.key, key))
			return &lib->v[i];
	return NULL;
}

static int set(struct fx *fx, const char *key, const struct act_resource *a,
	       bool *changed, struct store_error *err)
{
	struct store_item it = item(fx, key);
	long long id = it.id;
	store_item_done(&it);
	return act_resource(fx->s, id, a, today(), changed, err);
}

static int count_one(const struct store_event *ev, void *ctx)
{
	(void)ev;
	(*(int *)ctx)++;
	return 0;
}

/* The changes recorded in the plan and not undone. */
static int count_events(struct fx *fx)
{
	struct store_error err = { 0 };
	int n = 0;
	assert_int_equal(store_events(fx->s, fx->plan_id, count_one, &n, &err), 0);
	return n;
}

/* ---- the library ------------------------------------------------------------ */

static void test_order_and_uses(void **state)
{
	struct fx *fx = *state;
	struct library lib;
	load(fx, false, &lib);
	assert_int_equal(lib.n, 4);
	/* the plan-wide ones in file order, then the inline one */
	assert_string_equal(lib.v[0].it.key, "book");
	assert_string_equal(lib.v[1].it.key, "talk");
	assert_string_equal(lib.v[2].it.key, "idle");
	assert_string_equal(lib.v[3].it.key, "p/week-1/inline/an-inline-article");
	assert_int_equal(lib.v[3].it.kind, STORE_RESOURCE);
	assert_true(lib.v[3].it.parent_id != 0);
	assert_int_equal(lib.v[0].it.parent_id, 0);
	assert_int_equal(lib.todo, 4);
	assert_int_equal(lib.doing + lib.done, 0);
	assert_int_equal(lib.archived, 0);

	/* where each is used, in plan order */
	const struct library_entry *book = &lib.v[0];
	assert_int_equal(book->nuses, 2);
	assert_string_equal(book->uses[0].key, "p");
	assert_int_equal(book->uses[0].kind, STORE_PHASE);
	assert_string_equal(book->uses[1].key, "t1");
	assert_string_equal(book->uses[1].title, "Read it");
	const struct library_entry *talk = &lib.v[1];
	assert_int_equal(talk->nuses, 2);
	assert_string_equal(talk->uses[0].key, "p/week-1");
	assert_int_equal(talk->uses[0].kind, STORE_WEEK);
	assert_string_equal(talk->uses[1].key, "t1");
	assert_int_equal(lib.v[2].nuses, 0);
	assert_int_equal(lib.v[3].nuses, 1);
	assert_string_equal(lib.v[3].uses[0].title, "Inline");

	assert_string_equal(library_kind(&book->it), "book");
	assert_null(library_kind(&lib.v[2].it));
	library_done(&lib);
	assert_int_equal(lib.n, 0);
	assert_null(lib.v);
}

static void test_match(void **state)
{
	struct fx *fx = *state;
	struct library lib;
	load(fx, false, &lib);
	size_t hits[4];
	/* case-insensitive, part of a title */
	assert_int_equal(library_match(&lib, "NEVER", hits, 4), 1);
	assert_string_equal(lib.v[hits[0]].it.key, "idle");
	/* "book" is in two titles: both */
	assert_int_equal(library_match(&lib, "book", hits, 4), 2);
	assert_string_equal(lib.v[hits[0]].it.key, "book");
	assert_string_equal(lib.v[hits[1]].it.key, "talk");
	/* a whole title wins over the titles that hold it */
	assert_int_equal(library_match(&lib, "the book", hits, 4), 1);
	assert_string_equal(lib.v[hits[0]].it.key, "book");
	assert_int_equal(library_match(&lib, "nothing like it", hits, 4), 0);
	/* more than max: counted, max of them given */
	assert_int_equal(library_match(&lib, " ", hits, 1), 4);
	library_done(&lib);
}

static void test_parsing(void **state)
{
	(void)state;
	enum store_status st = STORE_SKIPPED;
	assert_true(library_status_parse("todo", &st));
	assert_int_equal(st, STORE_TODO);
	assert_true(library_status_parse("doing", &st));
	assert_int_equal(st, STORE_DOING);
	assert_true(library_status_parse("done", &st));
	assert_int_equal(st, STORE_DONE);
	assert_false(library_status_parse("skipped", &st));
	assert_false(library_status_parse("Done", &st));
	assert_false(library_status_parse("", &st));
	assert_int_equal(st, STORE_DONE);

	int r = -1;
	for (int i = 0; i <= 5; i++) {
		char s[2] = { (char)('0' + i), 0 };
		assert_true(library_rating_parse(s, &r));
		assert_int_equal(r, i);
	}
	const char *bad[] = { "6", "-1", "10", "05", "4.5", "", "four", " 3" };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++)
		assert_false(library_rating_parse(bad[i], &r));
	assert_int_equal(r, 5);

	assert_int_equal(library_next_status(STORE_TODO), STORE_DOING);
	assert_int_equal(library_next_status(STORE_DOING), STORE_DONE);
	assert_int_equal(library_next_status(STORE_DONE), STORE_TODO);
	assert_int_equal(library_next_status(STORE_SKIPPED), STORE_TODO);
}

/* ---- act_resource --------------------------------------------------------------- */

static void test_one_step(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	bool changed = false;
	struct act_resource a = { .set_status = true, .status = STORE_DOING,
				  .set_rating = true, .rating = 4,
				  .note = "Chapter 2.", .append = true };
	assert_int_equal(set(fx, "book", &a, &changed, &err), 0);
	assert_true(changed);
	struct store_item b = item(fx, "book");
	assert_int_equal(b.status, STORE_DOING);
	assert_int_equal(b.status_day, today());
	assert_int_equal(b.rating, 4);
	assert_string_equal(b.note, "Chapter 2.");
	store_item_done(&b);
	assert_int_equal(count_events(fx), 3);

	/* a note to add goes after the one there is */
	struct act_resource more = { .note = "Chapter 3.", .append = true };
	assert_int_equal(set(fx, "book", &more, &changed, &err), 0);
	b = item(fx, "book");
	assert_string_equal(b.note, "Chapter 2.\n\nChapter 3.");
	store_item_done(&b);
	/* a whole note replaces it */
	struct act_resource whole = { .note = "All of it." };
	assert_int_equal(set(fx, "book", &whole, &changed, &err), 0);
	b = item(fx, "book");
	assert_string_equal(b.note, "All of it.");
	store_item_done(&b);

	/* the library counts and shows it */
	struct library lib;
	load(fx, false, &lib);
	assert_int_equal(lib.doing, 1);
	assert_int_equal(lib.todo, 3);
	assert_int_equal(entry(&lib, "book")->it.rating, 4);
	library_done(&lib);

	/* undo: the whole note, the paragraph, then the three changes at once */
	for (int i = 0; i < 3; i++) {
		assert_int_equal(act_undo(fx->s, today(), NULL, NULL, &err), 0);
	}
	b = item(fx, "book");
	assert_int_equal(b.status, STORE_TODO);
	assert_int_equal(b.status_day, CALENDAR_NONE);
	assert_int_equal(b.rating, 0);
	assert_null(b.note);
	store_item_done(&b);
	assert_int_equal(act_undo(fx->s, today(), NULL, NULL, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
}

/* Setting what is already there records nothing: no event, no step for
 * undo. */
static void test_no_change(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	bool changed = true;
	struct act_resource a = { .set_status = true, .status = STORE_TODO,
				  .set_rating = true, .rating = 0 };
	assert_int_equal(set(fx, "talk", &a, &changed, &err), 0);
	assert_false(changed);
	assert_int_equal(count_events(fx), 0);
	struct act_resource r = { .set_rating = true, .rating = 3, .note = "Good." };
	assert_int_equal(set(fx, "talk", &r, &changed, &err), 0);
	assert_true(changed);
	assert_int_equal(count_events(fx), 2);
	struct act_resource same = { .set_rating = true, .rating = 3, .note = "Good." };
	assert_int_equal(set(fx, "talk", &same, &changed, &err), 0);
	assert_false(changed);
	assert_int_equal(count_events(fx), 2);
}

/* What is refused records nothing. */
static void test_refusals(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	bool changed = true;
	struct act_resource skip = { .set_status = true, .status = STORE_SKIPPED };
	assert_int_equal(set(fx, "book", &skip, &changed, &err), -1);
	assert_false(changed);
	assert_non_null(strstr(err.msg, "todo, doing or done"));
	int bad[] = { -1, 6 };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		struct act_resource r = { .set_rating = true, .rating = bad[i],
					  .note = "kept out" };
		assert_int_equal(set(fx, "book", &r, &changed, &err), -1);
		assert_non_null(strstr(err.msg, "1 to 5"));
	}
	/* a task is not a resource */
	struct act_resource ok = { .set_rating = true, .rating = 3 };
	assert_int_equal(set(fx, "t1", &ok, &changed, &err), -1);
	assert_int_equal(err.code, STORE_ERR_NOTFOUND);
	assert_non_null(strstr(err.msg, "Read it is a task, not a resource"));
	assert_int_equal(count_events(fx), 0);
	struct store_item b = item(fx, "book");
	assert_int_equal(b.rating, 0);
	assert_null(b.note);
	store_item_done(&b);
	struct store_item t = item(fx, "t1");
	assert_int_equal(t.rating, 0);
	store_item_done(&t);
	/* and the store takes a transaction at once again */
	assert_int_equal(set(fx, "book", &ok, &changed, &err), 0);
	assert_true(changed);
}

/* ---- re-syncs ------------------------------------------------------------------- */

static void test_kept_through_resync(void **state)
{
	struct fx *fx = *state;
	struct store_error err = { 0 };
	struct act_resource a = { .set_status = true, .status = STORE_DONE,
				  .set_rating = true, .rating = 5, .note = "Loved it." };
	assert_int_equal(set(fx, "talk", &a, NULL, &err), 0);
	struct store_item was = item(fx, "talk");

	/* gone from the file: archived, with status, rating and note */
	sync_text(fx, without_talk_yaml);
	struct store_item gone = item(fx, "talk");
	assert_true(gone.archived);
	assert_int_equal(gone.ref, was.ref);
	assert_int_equal(gone.status, STORE_DONE);
	assert_int_equal(gone.rating, 5);
	assert_string_equal(gone.note, "Loved it.");
	store_item_done(&gone);
	struct library lib;
	load(fx, false, &lib);
	assert_null(entry(&lib, "talk"));
	assert_int_equal(lib.done, 0);
	assert_int_equal(entry(&lib, "book")->nuses, 2);
	library_done(&lib);
	load(fx, true, &lib);
	assert_int_equal(lib.n, 4);
	assert_int_equal(lib.archived, 1);
	assert_string_equal(lib.v[3].it.key, "talk"); /* last */
	assert_int_equal(lib.v[3].nuses, 0);
	library_done(&lib);

	/* an archived resource's rating may still change, and undo still
	 * reverts it */
	struct act_resource r = { .set_rating = true, .rating = 4 };
	assert_int_equal(set(fx, "talk", &r, NULL, &err), 0);
	assert_int_equal(act_undo(fx->s, today(), NULL, NULL, &err), 0);

	/* back in the file: restored with all of it, where used again */
	sync_text(fx, plan_yaml);
	struct store_item back = item(fx, "talk");
	assert_false(back.archived);
	assert_int_equal(back.id, was.id);
	assert_int_equal(back.status, STORE_DONE);
	assert_int_equal(back.rating, 5);
	assert_string_equal(back.note, "Loved it.");
	store_item_done(&back);
	store_item_done(&was);
	load(fx, false, &lib);
	assert_int_equal(lib.done, 1);
	assert_int_equal(entry(&lib, "talk")->nuses, 2);
	library_done(&lib);

	/* and the changes before the re-syncs still undo, as one step */
	assert_int_equal(act_undo(fx->s, today(), NULL, NULL, &err), 0);
	back = item(fx, "talk");
	assert_int_equal(back.status, STORE_TODO);
	assert_int_equal(back.rating, 0);
	assert_null(back.note);
	store_item_done(&back);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_order_and_uses),
		T(test_match),
		cmocka_unit_test(test_parsing),
		T(test_one_step),
		T(test_no_change),
		T(test_refusals),
		T(test_kept_through_resync),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
