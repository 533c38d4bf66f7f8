/* stride adopt: move an archived item's progress onto an item of the plan. */
#include "stride/act.h"
#include "stride/cli.h"
#include "stride/stats.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <ctype.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* The archived items whose titles hold a fragment (ASCII case aside). */
struct archived {
	const char *fragment;
	struct store_item first;
	struct store_item list[10];
	int n, nlist;
};

static bool holds(const char *title, const char *fragment)
{
	size_t n = strlen(fragment);
	for (const char *t = title; *t; t++) {
		size_t i = 0;
		while (i < n && t[i] &&
		       tolower((unsigned char)t[i]) == tolower((unsigned char)fragment[i]))
			i++;
		if (i == n)
			return true;
	}
	return false;
}

static int collect(const struct store_item *it, void *ctx)
{
	struct archived *a = ctx;
	if (!it->archived || !holds(it->title, a->fragment))
		return 0;
	if (a->nlist < (int)ARRAY_SIZE(a->list))
		store_item_copy(&a->list[a->nlist++], it);
	a->n++;
	return 0;
}

/*
 * OLD: a number or a key (as for any command), PLAN:REF, or part of the
 * title of one archived item of plan p. A fragment that no archived item
 * holds is looked for among the live ones (cli_item), so that naming a
 * live item gets the message that says it is not archived.
 */
static int archived_item(struct store *s, const struct store_plan *p, const char *ref,
			 struct store_item *out)
{
	struct store_error err;
	*out = (struct store_item){ 0 };
	const char *colon = strchr(ref, ':');
	if (colon && colon != ref && colon[1]) {
		char *slug = xstrndup(ref, (size_t)(colon - ref));
		struct store_plan other;
		int rc = store_plan_get(s, slug, &other, &err);
		free(slug);
		if (rc == 0) {
			int ret = archived_item(s, &other, colon + 1, out);
			store_plan_done(&other);
			return ret;
		}
	}
	if (!*ref || strspn(ref, "0123456789") == strlen(ref) ||
	    store_item_by_key(s, p->id, ref, out, &err) == 0)
		return *ref && out->id ? CLI_OK : cli_item(s, p, ref, out);
	struct archived a = { .fragment = ref };
	if (store_items(s, p->id, collect, &a, &err) < 0) {
		for (int i = 0; i < a.nlist; i++)
			store_item_done(&a.list[i]);
		return cli_store_error(&err);
	}
	int ret = CLI_OK;
	if (a.n == 0) {
		ret = cli_item(s, p, ref, out);
	} else if (a.n == 1) {
		*out = a.list[0];
		a.list[0] = (struct store_item){ 0 };
	} else {
		text_printf(stderr,
			    "stride: '%s' matches %d archived items in %s; give the "
			    "number of the one you mean:\n",
			    ref, a.n, p->slug);
		for (int i = 0; i < a.nlist; i++)
			text_printf(stderr, "  %5d  %s  (%s)\n", a.list[i].ref, a.list[i].title,
				    a.list[i].key);
		if (a.n > a.nlist)
			text_printf(stderr, "  ... and %d more\n", a.n - a.nlist);
		ret = CLI_USAGE;
	}
	for (int i = 0; i < a.nlist; i++)
		store_item_done(&a.list[i]);
	return ret;
}

/* "done, 40 min, a note, rated 4/5": what an item holds. */
static const char *held(const struct store_item *it, char *buf, size_t n)
{
	size_t o = 0;
	buf[0] = '\0';
#define PUT(...)                                                                  \
	do {                                                                      \
		if (o < n)                                                        \
			o += (size_t)snprintf(buf + o, n - o, __VA_ARGS__);       \
	} while (0)
	if (it->status != STORE_TODO)
		PUT("%s", store_status_name(it->status));
	if (it->minutes)
		PUT("%s%lld min", o ? ", " : "", it->minutes);
	if (it->note)
		PUT("%sa note", o ? ", " : "");
	if (it->rating)
		PUT("%srated %d/5", o ? ", " : "", it->rating);
#undef PUT
	return buf;
}

static int refused(enum act_adopt_refusal why, const struct store_item *from,
		   const struct store_item *to, const char *old_ref, const char *new_ref)
{
	char what[128], q1[256], q2[256];
	const char *w1 = cli_shell_word(old_ref, q1, sizeof(q1));
	const char *w2 = cli_shell_word(new_ref, q2, sizeof(q2));
	switch (why) {
	case ACT_ADOPTED:
		return CLI_OK;
	case ACT_ADOPT_NOT_ARCHIVED:
		text_printf(stderr,
			    "stride: %d '%s' is in the plan file, not archived: adopt "
			    "takes the progress of an archived item ('stride list --all' "
			    "lists them last)\n",
			    from->ref, from->title);
		break;
	case ACT_ADOPT_ARCHIVED:
		text_printf(stderr,
			    "stride: %d '%s' is archived: give the item of the plan file "
			    "that takes the progress ('stride list' shows them)\n",
			    to->ref, to->title);
		break;
	case ACT_ADOPT_OTHER_PLAN:
		text_printf(stderr,
			    "stride: '%s' and '%s' are items of two plans: adopt moves "
			    "progress within one plan (name both with the same PLAN:)\n",
			    from->title, to->title);
		break;
	case ACT_ADOPT_SAME:
		text_printf(stderr,
			    "stride: %s and %s are the same item (%d): give the archived "
			    "item first, then the one that takes its progress\n",
			    old_ref, new_ref, from->ref);
		break;
	case ACT_ADOPT_KIND:
		text_printf(stderr,
			    "stride: '%s' is a %s and '%s' a %s: a task, criterion or "
			    "deliverable takes another's progress, a resource a resource's\n",
			    from->title, store_kind_name(from->kind), to->title,
			    store_kind_name(to->kind));
		break;
	case ACT_ADOPT_NOTHING:
		text_printf(stderr,
			    "stride: %d '%s' (archived) holds no progress: nothing to "
			    "adopt\n",
			    from->ref, from->title);
		break;
	case ACT_ADOPT_HAS_PROGRESS:
		text_printf(stderr,
			    "stride: %d '%s' has progress of its own (%s): 'stride adopt "
			    "--force %s %s' adopts all the same (the time adds up, both "
			    "notes are kept, the status is the archived item's)\n",
			    to->ref, to->title, held(to, what, sizeof(what)), w1, w2);
		break;
	}
	return CLI_DATA;
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool force = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "fh", opts, NULL)) != -1) {
		switch (c) {
		case 'f': force = true; break;
		case 'h': cli_print_help(&cmd_adopt); return CLI_OK;
		default:
			return cli_option_error(&cmd_adopt, "fh", argc, argv);
		}
	}
	if (optind == argc)
		return cli_usage_error(&cmd_adopt, "no items given: the archived item, "
						   "then the one that takes its progress");
	if (optind + 1 == argc)
		return cli_usage_error(&cmd_adopt, "no item to take the progress of '%s'",
				       argv[optind]);
	if (optind + 2 < argc)
		return cli_usage_error(&cmd_adopt, "unexpected '%s'", argv[optind + 2]);
	const char *old_ref = argv[optind], *new_ref = argv[optind + 1];
	int today;
	if (!cli_today(&today))
		return CLI_USAGE;

	struct store *s;
	int status = cli_open(ctx, false, &s);
	struct store_plan p = { 0 };
	struct store_item from = { 0 }, to = { 0 };
	if (status == CLI_OK)
		status = cli_plan(s, NULL, &p);
	if (status == CLI_OK)
		status = archived_item(s, &p, old_ref, &from);
	if (status == CLI_OK)
		status = cli_item(s, &p, new_ref, &to);
	if (status == CLI_OK) {
		struct store_item was_from, was_to;
		struct store_error err;
		int rc = act_adopt(s, from.id, to.id, force, today, &was_from, &was_to, &err);
		if (rc < 0) {
			status = cli_store_error(&err);
		} else if (rc > 0) {
			status = refused((enum act_adopt_refusal)rc, &was_from, &was_to,
					 old_ref, new_ref);
		} else {
			char what[128];
			text_printf(stdout,
				    "adopted the progress of '%s' (archived) onto %d '%s': %s\n",
				    was_from.title, was_to.ref, was_to.title,
				    held(&was_from, what, sizeof(what)));
			struct store_plan now;
			if (store_plan_by_id(s, was_to.plan_id, &now, &err) == 0) {
				text_printf(stdout, "%s: %d%% done (%d of %d)\n", now.slug,
					    stats_percent(now.done, now.total), now.done,
					    now.total);
				store_plan_done(&now);
			}
		}
		if (rc >= 0) {
			store_item_done(&was_from);
			store_item_done(&was_to);
		}
	}
	store_item_done(&from);
	store_item_done(&to);
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_adopt = {
	.name = "adopt",
	.run = run,
	.synopsis = "adopt [--force] OLD NEW",
	.summary = "move an archived item's progress onto an item of the plan",
	.help =
		"When an edit of the plan file made a new item of an old one (a\n"
		"task retitled and moved at once, say: the re-sync archives the old\n"
		"one with its progress, and adds the new one to do), adopt moves\n"
		"the progress of the archived item OLD onto the item NEW: its\n"
		"status (with the day it was set), the time logged on it, its note\n"
		"and its rating. OLD is left to do, with nothing on it. It is one\n"
		"step for 'stride undo', and is kept in the history.\n"
		"\n"
		"OLD is a number or key ('stride list --all' lists the archived\n"
		"items last) or part of the title of an archived item; NEW is a\n"
		"number, key or part of a title, as for 'stride done'; PLAN:REF\n"
		"names another plan's. Both must be of one plan, and of kinds that\n"
		"share progress (tasks, criteria and deliverables; or resources).\n"
		"\n"
		"NEW must hold no progress of its own (a status, time, a note, a\n"
		"rating), or nothing changes; with --force it adopts all the same:\n"
		"the time adds up, both notes are kept (OLD's first), the status\n"
		"and rating are OLD's where OLD has one.\n"
		"\n"
		"options:\n"
		"  -f, --force  adopt onto an item that has progress of its own\n"
		"\n"
		"exit status: 0 adopted; 2 an item that cannot be found (or a\n"
		"usage error); 65 items that cannot adopt (OLD not archived, NEW\n"
		"archived, two plans, kinds, nothing on OLD, progress on NEW).\n",
};
