/* stride resources, stride resource: the plan's library, and what a person
 * keeps on each resource (status, rating, note). */
#include "stride/act.h"
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/export.h"
#include "stride/library.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define USES_SHOWN 5 /* of the items that use a resource, in the table */

static const char *rating_text(int rating)
{
	static char buf[8];
	if (!rating)
		return "-";
	snprintf(buf, sizeof(buf), "%d/5", rating);
	return buf;
}

/* "Storage engines (1), Read chapter 3 (3) and 2 more". */
static void print_uses(const struct library_entry *e, size_t max)
{
	if (!e->nuses) {
		text_fputs("used nowhere in the plan", stdout);
		return;
	}
	text_fputs("used in: ", stdout);
	for (size_t k = 0; k < e->nuses && k < max; k++)
		text_printf(stdout, "%s%s (%d)", k ? ", " : "", e->uses[k].title, e->uses[k].ref);
	if (e->nuses > max)
		text_printf(stdout, " and %zu more", e->nuses - max);
}

static void print_row(const struct library_entry *e, int width)
{
	const struct store_item *it = &e->it;
	const char *kind = library_kind(it);
	text_printf(stdout, "%*d  %-6s  %-6s  %-8s  %s", width, it->ref,
	       store_status_name(it->status), rating_text(it->rating),
	       kind ? kind : "-", it->title);
	if (it->by)
		text_printf(stdout, " (%s)", it->by);
	if (it->archived)
		text_fputs("  (archived)", stdout);
	text_printf(stdout, "\n%*s", width + 2 + 6 + 2 + 6 + 2 + 8 + 2, "");
	print_uses(e, USES_SHOWN);
	putchar('\n');
}

static void print_table(const struct store_plan *p, const struct library *lib)
{
	text_printf(stdout, "%s: %s\n", p->slug, p->title);
	size_t live = lib->n - lib->archived;
	if (!live && !lib->archived) {
		text_fputs("  (no resources: the plan's library and the resources of its\n"
			   "  phases, week blocks and tasks show here)\n",
			   stdout);
		return;
	}
	text_printf(stdout, "%zu resource%s: %d done, %d doing, %d to do\n\n", live,
	       live == 1 ? "" : "s", lib->done, lib->doing, lib->todo);
	int width = 3;
	for (size_t i = 0; i < lib->n; i++)
		if (text_digits(lib->v[i].it.ref) > width)
			width = text_digits(lib->v[i].it.ref);
	text_printf(stdout, "%*s  %-6s  %-6s  %-8s  %s\n", width, "ref", "status", "rating",
	       "kind", "title (by)");
	bool header = false;
	for (size_t i = 0; i < lib->n; i++) {
		if (lib->v[i].it.archived && !header) {
			text_fputs("archived (no longer in the plan file):\n", stdout);
			header = true;
		}
		print_row(&lib->v[i], width);
	}
}

static int resources_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool all = false, json = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'a': all = true; break;
		case 'j': json = true; break;
		case 'h': cli_print_help(&cmd_resources); return CLI_OK;
		default:
			return cli_option_error(&cmd_resources, "h", argc, argv);
		}
	}
	const char *slug = optind < argc ? argv[optind++] : NULL;
	if (optind < argc)
		return cli_usage_error(&cmd_resources, "unexpected '%s'", argv[optind]);

	struct store *s;
	int status = cli_open(ctx, false, &s);
	if (status != CLI_OK)
		return status;
	struct store_plan p = { 0 };
	struct library lib = { 0 };
	struct store_error err;
	status = cli_plan(s, slug, &p);
	if (status == CLI_OK && library_load(s, p.id, all, &lib, &err) < 0)
		status = cli_store_error(&err);
	if (status == CLI_OK && json) {
		char *text = export_resources_json(&lib);
		text_fputs(text, stdout);
		free(text);
	} else if (status == CLI_OK) {
		print_table(&p, &lib);
	}
	library_done(&lib);
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

/* ---- stride resource REF ---------------------------------------------------------- */

/* Says what ref names when it is not a resource; CLI_USAGE. */
static int not_a_resource(const struct store_plan *p, const char *ref,
			  const struct store_item *it)
{
	if (it)
		text_printf(stderr,
			    "stride: %d %s is a %s, not a resource ('stride resources' "
			    "lists them)\n",
			    it->ref, it->title, store_kind_name(it->kind));
	else
		text_printf(stderr,
			    "stride: %s has no resource %s ('stride resources' lists "
			    "them)\n",
			    p->slug, ref);
	return CLI_USAGE;
}

/*
 * The resource ref names in p's library (loaded into lib, archived ones
 * too): a number, a key, part of a title (of a live resource), or
 * PLAN:REF; *index is its place in lib. Errors are printed.
 */
static int find_resource(struct store *s, struct store_plan *p, const char *ref,
			 struct library *lib, size_t *index)
{
	struct store_error err;
	const char *colon = strchr(ref, ':');
	if (colon && colon != ref && colon[1]) {
		char *slug = xstrndup(ref, (size_t)(colon - ref));
		struct store_plan other;
		int rc = store_plan_get(s, slug, &other, &err);
		free(slug);
		if (rc == 0) {
			store_plan_done(p);
			*p = other;
			ref = colon + 1;
		} else if (err.code != STORE_ERR_NOTFOUND) {
			return cli_store_error(&err);
		}
	}
	if (library_load(s, p->id, true, lib, &err) < 0)
		return cli_store_error(&err);

	size_t digits = strspn(ref, "0123456789");
	bool number = digits && digits == strlen(ref);
	int n = number && digits <= 9 ? atoi(ref) : 0;
	for (size_t i = 0; i < lib->n; i++) {
		if ((number && lib->v[i].it.ref == n) ||
		    (!number && !strcmp(lib->v[i].it.key, ref))) {
			*index = i;
			return CLI_OK;
		}
	}
	/* another item's number or key */
	struct store_item it;
	int rc = number ? store_item_by_ref(s, p->id, n, &it, &err)
			: store_item_by_key(s, p->id, ref, &it, &err);
	if (rc == 0) {
		not_a_resource(p, ref, &it);
		store_item_done(&it);
		return CLI_USAGE;
	}
	if (err.code != STORE_ERR_NOTFOUND)
		return cli_store_error(&err);
	if (number)
		return not_a_resource(p, ref, NULL);

	size_t hits[10];
	size_t nhits = library_match(lib, ref, hits, ARRAY_SIZE(hits));
	if (nhits == 1) {
		*index = hits[0];
		return CLI_OK;
	}
	if (!nhits) {
		text_printf(stderr,
			    "stride: no resource of %s matches '%s': give a number or a "
			    "key from 'stride resources', or part of a title\n",
			    p->slug, ref);
		return CLI_USAGE;
	}
	text_printf(stderr,
		    "stride: '%s' matches %zu resources of %s; give the number of the "
		    "one you mean:\n",
		    ref, nhits, p->slug);
	for (size_t i = 0; i < nhits && i < ARRAY_SIZE(hits); i++)
		text_printf(stderr, "  %5d  %s  (%s)\n", lib->v[hits[i]].it.ref,
			    lib->v[hits[i]].it.title, lib->v[hits[i]].it.key);
	if (nhits > ARRAY_SIZE(hits))
		text_printf(stderr, "  ... and %zu more\n", nhits - ARRAY_SIZE(hits));
	return CLI_USAGE;
}

static void print_field(const char *label, const char *value)
{
	text_printf(stdout, "  %-9s %s\n", label, value);
}

/* Text of several lines, each indented by four. */
static void print_text(const char *label, const char *text)
{
	text_printf(stdout, "  %s\n", label);
	for (const char *p = text; p;) {
		const char *nl = strchr(p, '\n');
		int len = nl ? (int)(nl - p) : (int)strlen(p);
		if (len)
			text_printf(stdout, "    %.*s\n", len, p);
		else
			putchar('\n');
		p = nl ? nl + 1 : NULL;
	}
}

static void print_details(struct store *s, const struct library_entry *e)
{
	const struct store_item *it = &e->it;
	const char *kind = library_kind(it);
	text_printf(stdout, "%d  %s\n", it->ref, it->title);
	if (kind)
		print_field("kind:", kind);
	if (it->by)
		print_field("by:", it->by);
	if (it->url)
		print_field("url:", it->url);
	char *where = NULL;
	if (it->parent_id) {
		struct store_item parent;
		struct store_error err;
		if (store_item_get(s, it->parent_id, &parent, &err) == 0) {
			where = xasprintf("%s (in %d %s)", it->key, parent.ref, parent.title);
			store_item_done(&parent);
		}
	}
	if (!where)
		where = xasprintf("%s (%s)", it->key,
				  it->parent_id ? "inline" : "the plan's library");
	print_field("key:", where);
	free(where);
	if (it->archived)
		print_field("archived:", "no longer in the plan file (kept with "
					 "your status, rating and note)");
	char date[CALENDAR_DATE_LEN];
	char *st = it->status_day != CALENDAR_NONE && it->status != STORE_TODO
			   ? xasprintf("%s since %s", store_status_name(it->status),
				       calendar_format(it->status_day, date))
			   : xstrdup(store_status_name(it->status));
	print_field("status:", st);
	free(st);
	print_field("rating:", it->rating ? rating_text(it->rating) : "not rated");
	if (!e->nuses)
		print_field("used in:", "nothing in the plan");
	for (size_t k = 0; k < e->nuses; k++) {
		char *line = xasprintf("%d %s (%s)", e->uses[k].ref, e->uses[k].title,
				       store_kind_name(e->uses[k].kind));
		print_field(k ? "" : "used in:", line);
		free(line);
	}
	if (it->notes)
		print_text("from the plan:", it->notes);
	if (it->note)
		print_text("your note:", it->note);
}

/* Without white space at either end; NULL when nothing is left. */
static char *trimmed(const char *s)
{
	s += strspn(s, " \t\r\n");
	size_t n = strlen(s);
	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;
	return n ? xstrndup(s, n) : NULL;
}

/* What changed, once it is recorded: a line a field, like done's. */
static void say_changes(const struct store_item *was, const struct store_item *now,
			const struct act_resource *set)
{
	if (set->set_status) {
		if (was->status == now->status)
			text_printf(stdout, "status  %d  %s: %s (already)\n", now->ref, now->title,
			       store_status_name(now->status));
		else
			text_printf(stdout, "status  %d  %s: %s (was %s)\n", now->ref, now->title,
			       store_status_name(now->status),
			       store_status_name(was->status));
	}
	if (set->set_rating) {
		const char *after = now->rating ? rating_text(now->rating) : "not rated";
		if (was->rating == now->rating) {
			text_printf(stdout, "rating  %d  %s: %s (already)\n", now->ref, now->title, after);
		} else {
			char before[16];
			snprintf(before, sizeof(before), "%s",
				 was->rating ? rating_text(was->rating) : "not rated");
			text_printf(stdout, "rating  %d  %s: %s (was %s)\n", now->ref, now->title,
			       now->rating ? rating_text(now->rating) : "not rated", before);
		}
	}
	if (set->note)
		text_printf(stdout, "noted   %d  %s\n", now->ref, now->title);
}

static int resource_run(const struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "status", required_argument, NULL, 's' },
		{ "rating", required_argument, NULL, 'r' },
		{ "message", required_argument, NULL, 'm' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	struct act_resource set = { .append = true };
	const char *message = NULL;
	bool json = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":s:r:m:h", opts, NULL)) != -1) {
		switch (c) {
		case 's':
			if (!library_status_parse(optarg, &set.status))
				return cli_usage_error(&cmd_resource,
						       "a resource's status is todo, "
						       "doing or done; got '%s'",
						       optarg);
			set.set_status = true;
			break;
		case 'r':
			if (!library_rating_parse(optarg, &set.rating))
				return cli_usage_error(&cmd_resource,
						       "the rating is a whole number "
						       "from 1 to 5, or 0 to take it "
						       "away; got '%s'",
						       optarg);
			set.set_rating = true;
			break;
		case 'm': message = optarg; break;
		case 'j': json = true; break;
		case 'h': cli_print_help(&cmd_resource); return CLI_OK;
		case ':':
			return cli_usage_error(&cmd_resource, "%s needs a value",
					       argv[optind - 1]);
		default:
			return cli_option_error(&cmd_resource, ":s:r:m:h", argc, argv);
		}
	}
	if (optind == argc || !argv[optind][0])
		return cli_usage_error(&cmd_resource, "no resource given");
	if (optind + 1 < argc)
		return cli_usage_error(&cmd_resource,
				       "unexpected '%s' (one resource at a time; "
				       "quote a note of several words)",
				       argv[optind + 1]);
	if (message && !cli_text_ok("the note (-m)", message))
		return CLI_DATA;
	char *note = message ? trimmed(message) : NULL;
	if (message && !note)
		return cli_usage_error(&cmd_resource, "the note is empty");
	set.note = note;
	int today;
	if (!cli_today(&today)) {
		free(note);
		return CLI_USAGE;
	}
	bool change = set.set_status || set.set_rating || set.note;

	struct store *s;
	int status = cli_open(ctx, false, &s);
	struct store_plan p = { 0 };
	struct library lib = { 0 };
	size_t i = 0;
	if (status == CLI_OK)
		status = cli_plan(s, NULL, &p);
	if (status == CLI_OK)
		status = find_resource(s, &p, argv[optind], &lib, &i);
	struct store_error err;
	if (status == CLI_OK && change) {
		struct store_item was;
		store_item_copy(&was, &lib.v[i].it);
		if (act_resource(s, was.id, &set, today, NULL, &err) < 0) {
			status = cli_store_error(&err);
		} else {
			/* read back what is now recorded */
			store_item_done(&lib.v[i].it);
			if (store_item_get(s, was.id, &lib.v[i].it, &err) < 0)
				status = cli_store_error(&err);
			else if (!json)
				say_changes(&was, &lib.v[i].it, &set);
		}
		store_item_done(&was);
	}
	if (status == CLI_OK && json) {
		char *text = export_resource_json(&lib.v[i]);
		text_fputs(text, stdout);
		free(text);
	} else if (status == CLI_OK && !change) {
		print_details(s, &lib.v[i]);
	}
	free(note);
	library_done(&lib);
	store_plan_done(&p);
	store_close(s);
	return cli_flushed(status);
}

const struct cli_command cmd_resources = {
	.name = "resources",
	.run = resources_run,
	.synopsis = "resources [--all] [--json] [PLAN]",
	.summary = "the plan's library: status, rating and where each is used",
	.help =
		"Lists the resources of the current plan (or PLAN): its library,\n"
		"then the resources declared in its phases, week blocks and tasks.\n"
		"Each has its number, your status (todo, doing, done), your rating\n"
		"(1 to 5, - when not rated), its kind, title and author, and under\n"
		"them the items of the plan that use it. 'stride resource REF'\n"
		"shows one in full and changes what you keep on it.\n"
		"\n"
		"options:\n"
		"  --all    also the resources no longer in the plan file (archived,\n"
		"           with your status, rating and note)\n"
		"  --json   one JSON array, an object a resource (see man stride)\n",
};

const struct cli_command cmd_resource = {
	.name = "resource",
	.run = resource_run,
	.synopsis = "resource REF [--status S] [--rating N] [-m NOTE] [--json]",
	.summary = "one resource: its details, or set its status, rating, note",
	.help =
		"Without options, shows the resource: kind, author, url, your\n"
		"status, rating and note, the plan's notes and where the plan uses\n"
		"it. With options, sets what you keep on it; the changes of one\n"
		"command are one step for 'stride undo', and a bad value changes\n"
		"nothing.\n"
		"\n"
		"REF is a number from 'stride resources', a key (the resource's id,\n"
		"or its key path when it has none), part of a title that only one\n"
		"resource has, or PLAN:REF for another plan.\n"
		"\n"
		"options:\n"
		"  --status S          todo, doing or done\n"
		"  --rating N          1 to 5; 0 takes the rating away\n"
		"  -m, --message NOTE  add NOTE to your note, as a paragraph\n"
		"  --json              the resource as a JSON object (after the\n"
		"                      change, if any)\n",
};
