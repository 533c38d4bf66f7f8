/* stride list: the tree of a plan, with refs and statuses. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/progress.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

enum filter { SHOW_LIVE, SHOW_TODO, SHOW_DONE, SHOW_LATE, SHOW_ALL };

/*
 * Rows stream from the store in pre-order. A container is held back on a
 * stack until one of its descendants is shown, so that a filter shows each
 * match under its ancestors and nothing else; the stack is as deep as the
 * plan, never as long.
 */
struct pending {
	struct store_item it;
	bool shown;
};

struct lister {
	enum filter filter;
	const char *tag;
	bool json;
	int width; /* of the ref column */
	int base_depth;
	struct pending stack[64];
	int depth;
	size_t shown;
	bool archived_header;
	int today;
	int late; /* the item at hand's days late */
};

/* The days late of it, an item under the ancestors on the stack (its
 * dated container, sched_id, is one of them). */
static int late_of(const struct lister *l, const struct store_item *it)
{
	int end = CALENDAR_NONE;
	for (int i = 0; it->sched_id && i < l->depth; i++)
		if (l->stack[i].it.id == it->sched_id)
			end = l->stack[i].it.end;
	return it->archived ? 0 : progress_late(it, end, l->today);
}

static bool has_tag(const struct store_item *it, const char *tag)
{
	if (!it->tags)
		return false;
	size_t n = strlen(tag);
	for (const char *p = it->tags; p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (len == n && !strncmp(p, tag, n))
			return true;
		p = nl ? nl + 1 : NULL;
	}
	return false;
}

static bool matches(const struct lister *l, const struct store_item *it)
{
	if (!store_checkable(it->kind)) {
		/* containers show on their own only unfiltered */
		return (l->filter == SHOW_LIVE || l->filter == SHOW_ALL) && !l->tag;
	}
	if (l->tag && !has_tag(it, l->tag))
		return false;
	switch (l->filter) {
	case SHOW_TODO:
		return !it->archived &&
		       (it->status == STORE_TODO || it->status == STORE_DOING);
	case SHOW_DONE:
		return !it->archived && it->status == STORE_DONE;
	case SHOW_LATE:
		return l->late > 0;
	default:
		return true;
	}
}

static const char *box(const struct store_item *it)
{
	switch (it->status) {
	case STORE_DOING: return "[~]";
	case STORE_DONE: return "[x]";
	case STORE_SKIPPED: return "[-]";
	default: return "[ ]";
	}
}

/* ", 30 min" (in a static buffer). */
static const char *per_time(int minutes)
{
	static char buf[32];
	snprintf(buf, sizeof(buf), ", %d min", minutes);
	return buf;
}

/* Prints one row; archived rows stand apart from the tree, unindented. */
static void show(struct lister *l, const struct store_item *it)
{
	l->shown++;
	if (l->json) {
		/* the array opens with its first item, so that an error on the
		 * way leaves no valid-looking document behind */
		char *text = export_item_json(it, store_checkable(it->kind) ? l->late : 0);
		text_printf(stdout, "%s%s", l->shown > 1 ? ",\n" : "[\n", text);
		free(text);
		return;
	}
	int indent = it->archived ? 0 : 2 * (it->depth - l->base_depth);
	text_printf(stdout, "%*d  %*s", l->width, it->ref, indent < 0 ? 0 : indent, "");
	if (it->kind == STORE_HABIT) {
		/* ticked day by day: how often, not a status (stride habits) */
		struct habit_rule r = progress_habit_rule(it);
		char every[64];
		text_printf(stdout, "(every %s%s) %s", plan_every_text(&r.every, every, sizeof(every)),
			    it->estimate ? per_time(it->estimate) : "", it->title);
		if (it->archived)
			text_printf(stdout, "  (archived)");
	} else if (store_checkable(it->kind)) {
		text_printf(stdout, "%s %s%s", box(it), store_kind_label(it->kind), it->title);
		if (it->optional)
			text_printf(stdout, "  (optional)");
		char when[32];
		if (*progress_when(it, l->late, l->today, when, sizeof(when)))
			text_printf(stdout, "  (%s)", when);
		if (it->n_total)
			text_printf(stdout, "  [%d/%d]", it->n_done, it->n_total);
		if (it->archived)
			text_printf(stdout, "  (archived)");
	} else {
		text_printf(stdout, "%s", it->title);
		if (it->start != CALENDAR_NONE) {
			char a[CALENDAR_DATE_LEN], b[CALENDAR_DATE_LEN];
			text_printf(stdout, "  %s..%s", calendar_format(it->start, a),
			       calendar_format(it->end, b));
		}
		text_printf(stdout, "  [%d/%d]", it->n_done, it->n_total);
		if (it->archived)
			text_printf(stdout, "  (archived)");
	}
	putchar('\n');
}

static int row(const struct store_item *it, void *ctx)
{
	struct lister *l = ctx;
	if (it->kind == STORE_RESOURCE || it->kind == STORE_SKILL)
		return 0;
	if (it->archived) {
		/* archived items come last, each on its own: their places in
		 * the tree are gone */
		while (l->depth)
			store_item_done(&l->stack[--l->depth].it);
		if (!l->archived_header && !l->json) {
			text_printf(stdout, "archived (no longer in the plan file):\n");
			l->archived_header = true;
		}
		l->late = 0;
		if (matches(l, it))
			show(l, it);
		return 0;
	}
	while (l->depth && l->stack[l->depth - 1].it.last < it->seq) {
		store_item_done(&l->stack[l->depth - 1].it);
		l->depth--;
	}
	l->late = late_of(l, it);
	bool match = matches(l, it);
	if (match) {
		for (int i = 0; i < l->depth; i++) {
			if (!l->stack[i].shown) {
				l->late = 0; /* a container is never late itself */
				show(l, &l->stack[i].it);
				l->stack[i].shown = true;
			}
		}
		l->late = late_of(l, it);
		show(l, it);
	}
	if (it->last > it->seq && l->depth < (int)ARRAY_SIZE(l->stack)) {
		store_item_copy(&l->stack[l->depth].it, it);
		l->stack[l->depth++].shown = match;
	}
	return 0;
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "todo", no_argument, NULL, 't' },
		{ "done", no_argument, NULL, 'd' },
		{ "all", no_argument, NULL, 'a' },
		{ "late", no_argument, NULL, 'l' },
		{ "tag", required_argument, NULL, 'g' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct lister l = { .filter = SHOW_LIVE };
	int c, filters = 0;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 't': l.filter = SHOW_TODO; filters++; break;
		case 'd': l.filter = SHOW_DONE; filters++; break;
		case 'a': l.filter = SHOW_ALL; filters++; break;
		case 'l': l.filter = SHOW_LATE; filters++; break;
		case 'g': l.tag = optarg; break;
		case 'j': l.json = true; break;
		case 'h': cli_print_help(&cmd_list); return CLI_OK;
		default:
			return cli_option_error(&cmd_list, "h", argc, argv);
		}
	}
	if (filters > 1)
		return cli_usage_error(&cmd_list, "give one of --todo, --done, --late, --all");
	const char *ref = optind < argc ? argv[optind++] : NULL;
	if (optind < argc)
		return cli_usage_error(&cmd_list, "unexpected '%s'", argv[optind]);

	if (!cli_today(&l.today))
		return CLI_USAGE;
	struct store *s;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_plan p = { 0 };
	struct store_item top = { 0 };
	struct store_error err;
	/* a plan's id lists that plan */
	if (ref && s && store_plan_get(s, ref, &p, &err) == 0)
		ref = NULL;
	else
		status = cli_plan(s, NULL, &p);
	if (status == CLI_OK && ref)
		status = cli_item(s, &p, ref, &top);
	if (status == CLI_OK && top.id && top.plan_id != p.id) {
		/* PLAN:REF named another plan */
		store_plan_done(&p);
		if (store_plan_by_id(s, top.plan_id, &p, &err) < 0)
			status = cli_store_error(&err);
	}
	if (status == CLI_OK) {
		l.width = text_digits(p.next_ref > 1 ? p.next_ref - 1 : 1);
		l.base_depth = top.id ? top.depth : 1;
		if (!l.json && !top.id)
			text_printf(stdout, "%s: %s\n", p.slug, p.title);
		int from = top.id ? top.seq : 0, to = top.id ? top.last : 2147483647;
		bool archived = l.filter == SHOW_ALL;
		if (top.archived) {
			/* its place in the tree is gone: it stands alone */
			show(&l, &top);
		} else if (store_walk(s, p.id, from, to, archived, row, &l, &err) < 0) {
			status = cli_store_error(&err);
		}
		if (l.json && status == CLI_OK)
			text_fputs(l.shown ? "\n]\n" : "[]\n", stdout);
		else if (!l.json && !l.shown && status == CLI_OK)
			text_printf(stdout, "  (nothing%s)\n", l.filter == SHOW_TODO ? " left to do"
						  : l.filter == SHOW_DONE ? " done yet"
						  : l.filter == SHOW_LATE ? " late"
									  : " to show");
	}
	while (l.depth)
		store_item_done(&l.stack[--l.depth].it);
	store_item_done(&top);
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_list = {
	.name = "list",
	.run = run,
	.synopsis = "list [PLAN | REF] [--todo|--done|--late|--all] [--tag TAG] [--json]",
	.summary = "the plan's tree, with each item's number and status",
	.help =
		"Prints the current plan's tree (or PLAN's, or the subtree under\n"
		"REF): phases, sub-phases and week blocks with their dates and\n"
		"done/total counts, tasks and sub-tasks, criteria and deliverables,\n"
		"each with the number to name it by and its status: [ ] todo, [~]\n"
		"doing, [x] done, [-] skipped; and what is late, or due within three\n"
		"days, says so. With --all, the archived items (no longer in the\n"
		"plan file, kept with their progress) follow, marked (archived).\n"
		"\n"
		"PLAN is a plan's id ('stride plans'). REF is a number from this\n"
		"list, a key path (phase-2/week-1/index-query-tuning-in-postgres),\n"
		"part of a title, or PLAN:REF for another plan.\n"
		"\n"
		"options:\n"
		"  --todo      only what is left to do, under its phases\n"
		"  --done      only what is done\n"
		"  --late      only what is late: past its due day, or left open in a\n"
		"              phase or week block that has ended\n"
		"  --all       archived items too\n"
		"  --tag TAG   only items tagged TAG\n"
		"  --json      one JSON array, an object an item (see man stride)\n",
};
