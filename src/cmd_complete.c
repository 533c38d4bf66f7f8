/*
 * stride __complete: what the shells' completion scripts (completions/)
 * ask for the word under the cursor.
 *
 *   stride __complete -- WORD...
 *
 * WORD... are the words of the command line after `stride` up to the one
 * being completed, which is last (empty when the cursor is after a
 * space). The answer is a line a candidate, "CANDIDATE" or
 * "CANDIDATE<TAB>DESCRIPTION", already narrowed to those that begin with
 * the word; and a line "@files" or "@dirs" when the shell should complete
 * file or directory names as well. Nothing else: no error ever reaches
 * the shell, and the exit status is 0.
 *
 * What a command takes is read from its own synopsis and help (the
 * command table): options from both ("-o, --output FILE  what it does"),
 * and the arguments from the synopsis, in order, with [optional] ones,
 * REPEATED... ones and alternatives (|). Each argument's name says what
 * completes it: PLAN the plans' ids, REF (and OLD, NEW) the items'
 * numbers or keys, SKILL the skills' ids, FILE and DIR the shell's file
 * names, a lowercase word itself. So a new command completes as soon as it
 * is in the table.
 *
 * The store is opened read-only (session_open_readonly): plan files are
 * not re-synced and nothing is written; no store, or any failure, gives
 * what needs none (commands, options, files).
 */
#include "stride/cli.h"

#include "stride/progress.h"
#include "stride/session.h"
#include "stride/store.h"
#include "stride/text.h"
#include "stride/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How many items a word with a few digits or letters gets at most, and
 * how many of what is next an empty one gets (each part). */
#define ITEMS_MAX 100
#define NEXT_MAX 20

/* ---- the answer ----------------------------------------------------------- */

/* One candidate, when it begins with cur: "WORD" or "WORD<TAB>DESC", the
 * description on one line, cut to about 60 bytes (on a character's
 * start); through text_fputs, as everything the command line prints. */
/* What goes before each candidate: "--output=" when the word completed
 * is an option's value given in the same word (one command, one answer:
 * a static is enough). */
static char value_of[40];

static void put(const char *cur, const char *word, const char *desc)
{
	if (strncmp(word, cur, strlen(cur)) != 0 || strpbrk(word, "\t\n"))
		return;
	char line[256];
	size_t n = (size_t)snprintf(line, sizeof(line), "%s%s", value_of, word);
	if (n >= sizeof(line) - 72)
		return; /* no word is that long */
	if (desc && *desc) {
		line[n++] = '\t';
		size_t len = 0;
		for (const char *p = desc; *p; p++, len++) {
			if (len >= 60 && ((unsigned char)*p & 0xC0) != 0x80) {
				memcpy(line + n, "...", 3);
				n += 3;
				break;
			}
			line[n++] = *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p;
		}
	}
	line[n++] = '\n';
	line[n] = '\0';
	text_fputs(line, stdout);
}

/* ---- what a command takes, from its synopsis and help ------------------------ */

struct opt {
	char name[32];	 /* "--output" or "-o" */
	char other[32];	 /* its other name, or "" */
	char value[32];	 /* what it takes ("FILE"), or "" */
	char desc[96];
};

struct slot {
	char names[4][32]; /* PLAN, REF, ... or literal words */
	int nnames;
	bool optional, repeat;
	int group; /* the [bracket] it is in (0: none) */
};

#define MAX_OPTS 32
#define MAX_SLOTS 12
#define MAX_ALTS 4

struct spec {
	struct opt opts[MAX_OPTS];
	int nopts;
	struct slot slots[MAX_ALTS][MAX_SLOTS];
	int nslots[MAX_ALTS];
	int nalts;
};

static struct opt *find_opt(struct spec *sp, const char *name)
{
	for (int i = 0; i < sp->nopts; i++)
		if (!strcmp(sp->opts[i].name, name) || !strcmp(sp->opts[i].other, name))
			return &sp->opts[i];
	return NULL;
}

static struct opt *add_opt(struct spec *sp, const char *name, size_t len)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%.*s", (int)len, name);
	struct opt *o = find_opt(sp, buf);
	if (o || sp->nopts == MAX_OPTS)
		return o;
	o = &sp->opts[sp->nopts++];
	*o = (struct opt){ 0 };
	snprintf(o->name, sizeof(o->name), "%s", buf);
	return o;
}

static bool is_placeholder(const char *w, size_t len)
{
	return len && (isupper((unsigned char)w[0]) || w[0] == '<');
}

/* The options of the help's "options:" part: "  -o, --output FILE  what". */
static void read_help(struct spec *sp, const char *help)
{
	const char *p = help ? strstr(help, "options:\n") : NULL;
	if (!p)
		return;
	p += strlen("options:\n");
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		if (len == 0)
			break;
		const char *q = p + strspn(p, " ");
		if (*q == '-' && q < p + len) {
			struct opt *o = NULL, *first = NULL;
			/* the names: "-o, --output FILE" up to two spaces */
			while (*q == '-') {
				size_t n = strcspn(q, ", \n");
				o = add_opt(sp, q, n);
				if (o && first && o != first && !*first->other) {
					snprintf(first->other, sizeof(first->other), "%s",
						 o->name);
					sp->nopts--; /* one option, two names */
					o = first;
				}
				if (!first)
					first = o;
				q += n;
				if (*q == ',')
					q++;
				if (*q == ' ' && q[1] != ' ')
					q++;
				else
					break;
				if (is_placeholder(q, strcspn(q, " \n"))) {
					size_t v = strcspn(q, " \n");
					if (first)
						snprintf(first->value, sizeof(first->value), "%.*s",
							 (int)v, q);
					q += v;
					break;
				}
			}
			q += strspn(q, " ");
			const char *d = q;
			size_t dn = strcspn(d, "\n");
			if (!dn && eol) { /* the description on the next line */
				d = eol + 1 + strspn(eol + 1, " ");
				dn = strcspn(d, "\n");
			}
			/* and its continuation lines, more indented */
			if (first && !*first->desc) {
				size_t used = (size_t)snprintf(first->desc, sizeof(first->desc),
							       "%.*s", (int)dn, d);
				const char *next = d + dn;
				while (*next == '\n' && next[1] == ' ' &&
				       used < sizeof(first->desc) - 1) {
					const char *t = next + 1 + strspn(next + 1, " ");
					if (*t == '-' || *t == '\n' || t - next < 6)
						break;
					size_t tn = strcspn(t, "\n");
					used += (size_t)snprintf(first->desc + used,
								 sizeof(first->desc) - used, " %.*s",
								 (int)tn, t);
					next = t + tn;
				}
			}
		}
		if (!eol)
			break;
		p = eol + 1;
	}
}

/* The synopsis: "shift [PLAN] DURATION [--from DATE]",
 * "start REF... | start [PLAN] [DATE] [--file-dates]". */
static void read_synopsis(struct spec *sp, const char *name, const char *syn)
{
	char tok[64][40];
	int ntok = 0;
	for (const char *p = syn; *p && ntok < 64;) {
		if (*p == ' ') {
			p++;
		} else if (strchr("[]|", *p)) {
			tok[ntok][0] = *p++;
			tok[ntok++][1] = '\0';
		} else {
			size_t n = strcspn(p, " []|");
			snprintf(tok[ntok++], sizeof(tok[0]), "%.*s", (int)n, p);
			p += n;
		}
	}
	int depth = 0, groups = 0, stack[16] = { 0 };
	bool alt_start = true;
	sp->nalts = 1;
	for (int i = 0; i < ntok; i++) {
		const char *t = tok[i];
		int a = sp->nalts - 1;
		if (!strcmp(t, "[")) {
			if (depth < 15)
				stack[++depth] = ++groups;
			continue;
		}
		if (!strcmp(t, "]")) {
			if (depth)
				depth--;
			continue;
		}
		if (!strcmp(t, "|")) {
			if (depth == 0 && sp->nalts < MAX_ALTS) {
				sp->nalts++;
				alt_start = true;
			}
			continue;
		}
		if (alt_start && !strcmp(t, name)) {
			alt_start = false;
			continue;
		}
		alt_start = false;
		if (t[0] == '-') {
			struct opt *o = add_opt(sp, t, strlen(t));
			if (o && i + 1 < ntok && is_placeholder(tok[i + 1], strlen(tok[i + 1]))) {
				if (!*o->value)
					snprintf(o->value, sizeof(o->value), "%s", tok[i + 1]);
				i++;
			}
			continue;
		}
		size_t len = strlen(t);
		bool repeat = len > 3 && !strcmp(t + len - 3, "...");
		if (repeat)
			len -= 3;
		struct slot *last = sp->nslots[a] ? &sp->slots[a][sp->nslots[a] - 1] : NULL;
		if (last && i > 0 && !strcmp(tok[i - 1], "|") && depth &&
		    last->group == stack[depth] && last->nnames < 4) {
			snprintf(last->names[last->nnames++], sizeof(last->names[0]), "%.*s",
				 (int)len, t);
			continue;
		}
		if (sp->nslots[a] == MAX_SLOTS)
			continue;
		struct slot *s = &sp->slots[a][sp->nslots[a]++];
		*s = (struct slot){ .nnames = 1, .optional = depth > 0, .repeat = repeat,
				    .group = stack[depth] };
		snprintf(s->names[0], sizeof(s->names[0]), "%.*s", (int)len, t);
	}
}

/* ---- what is typed ---------------------------------------------------------------- */

/* Whether word is an option that takes the next word as its value; for
 * "-abm", whether its last letter does. */
static const struct opt *takes_value(struct spec *sp, const char *word)
{
	if (word[0] != '-' || !word[1] || strchr(word, '='))
		return NULL;
	const struct opt *o = NULL;
	if (word[1] == '-') {
		o = find_opt(sp, word);
	} else {
		char one[3] = { '-', word[strlen(word) - 1], '\0' };
		o = find_opt(sp, one);
	}
	return o && *o->value ? o : NULL;
}

/* The slots that the word after k positional words can fill, in
 * alternative a: *out (at most max) gets them. */
static int slots_at(const struct spec *sp, int a, int k, const struct slot **out, int max)
{
	const struct slot *v = sp->slots[a];
	int m = sp->nslots[a];
	/* states: the next slot to fill (a repeated slot may fill again) */
	bool at[MAX_SLOTS + 1] = { 0 }, next[MAX_SLOTS + 1];
	at[0] = true;
	for (int w = 0; w < k; w++) {
		memset(next, 0, sizeof(next));
		for (int i = 0; i <= m; i++) {
			for (int j = i; at[i] && j < m; j++) {
				if (v[j].repeat)
					next[j] = true;
				next[j + 1] = true;
				if (!v[j].optional)
					break;
			}
		}
		memcpy(at, next, sizeof(at));
	}
	int n = 0;
	for (int i = 0; i <= m; i++) {
		for (int j = i; at[i] && j < m; j++) {
			bool seen = false;
			for (int x = 0; x < n; x++)
				seen |= out[x] == &v[j];
			if (!seen && n < max)
				out[n++] = &v[j];
			if (!v[j].optional)
				break;
		}
	}
	return n;
}

/* ---- from the store ------------------------------------------------------------------ */

struct ctx {
	const char *db;
	struct store *s;
	bool tried;
	const char *cur;
};

static struct store *store_once(struct ctx *c)
{
	if (!c->tried) {
		struct store_error err;
		c->tried = true;
		if (session_open_readonly(c->db, &c->s, &err) < 0)
			c->s = NULL;
	}
	return c->s;
}

static int put_plan(const struct store_plan *p, void *ctx)
{
	put(ctx, p->slug, p->title);
	return 0;
}

static int put_item(const struct store_item *it, void *ctx)
{
	struct ctx *c = ctx;
	char word[24], desc[160];
	const char *w = word;
	if (*c->cur && !isdigit((unsigned char)*c->cur))
		w = it->key;
	else
		snprintf(word, sizeof(word), "%d", it->ref);
	snprintf(desc, sizeof(desc), "%s%s%s", store_kind_label(it->kind), it->title,
		 it->status == STORE_DONE ? " (done)" : "");
	put(c->cur, w, desc);
	return 0;
}

/* The items: by the digits or key typed; else what is next (as `stride
 * today` lists it). */
static void items(struct ctx *c)
{
	struct store *s = store_once(c);
	struct store_plan p;
	struct store_error err;
	if (!s || store_plan_current(s, &p, &err) < 0)
		return;
	if (*c->cur) {
		store_item_prefix(s, p.id, c->cur, ITEMS_MAX, put_item, c, &err);
	} else {
		int today;
		char why[128];
		struct progress pr;
		struct progress_next nx;
		if (session_today(&today, why, sizeof(why)) &&
		    progress_compute(s, &p, today, &pr, &err) == 0) {
			if (progress_next(s, &p, &pr, NEXT_MAX, &nx, &err) == 0) {
				for (size_t i = 0; i < nx.n; i++)
					put_item(&nx.v[i], c);
				progress_next_done(&nx);
			}
			progress_done(&pr);
		}
	}
	store_plan_done(&p);
}

static int put_skill(const struct store_item *it, void *ctx)
{
	put(ctx, it->key, it->title);
	return 0;
}

/* What completes an argument or an option's value named `name`. */
static void complete_name(struct ctx *c, const char *name)
{
	struct store_error err;
	if (!strcmp(name, "PLAN")) {
		if (store_once(c))
			store_plans(c->s, put_plan, (void *)c->cur, &err);
	} else if (!strcmp(name, "REF") || !strcmp(name, "OLD") || !strcmp(name, "NEW")) {
		items(c);
	} else if (!strcmp(name, "SKILL")) {
		struct store_plan p;
		if (store_once(c) && store_plan_current(c->s, &p, &err) == 0) {
			store_skills(c->s, p.id, put_skill, (void *)c->cur, &err);
			store_plan_done(&p);
		}
	} else if (!strncmp(name, "FILE", 4) || !strncmp(name, "OUT", 3)) {
		text_fputs("@files\n", stdout);
	} else if (!strcmp(name, "DIR") || !strcmp(name, "REPO-OR-URL")) {
		text_fputs("@dirs\n", stdout);
	} else if (!strcmp(name, "WEEK")) {
		put(c->cur, "this", "this week");
		put(c->cur, "last", "last week");
	} else if (!strcmp(name, "S")) { /* resource --status S */
		put(c->cur, "todo", NULL);
		put(c->cur, "doing", NULL);
		put(c->cur, "done", NULL);
	} else if (islower((unsigned char)name[0])) {
		put(c->cur, name, NULL); /* a literal word */
	}
}

/* ---- the command line ------------------------------------------------------------- */

static void commands(struct ctx *c, bool files)
{
	size_t n;
	const struct cli_command *const *v = cli_commands(&n);
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		any |= !strncmp(v[i]->name, c->cur, strlen(c->cur));
		put(c->cur, v[i]->name, v[i]->summary);
	}
	any |= !strncmp("help", c->cur, strlen(c->cur));
	put(c->cur, "help", "what a command does");
	if (!any && files) /* stride FILE.yaml */
		text_fputs("@files\n", stdout);
}

static const struct cli_command *find(const char *name)
{
	size_t n;
	const struct cli_command *const *v = cli_commands(&n);
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i]->name, name))
			return v[i];
	return NULL;
}

/* The words after the command's name (w[0..n-1], the last being
 * completed). */
static void command_words(struct ctx *c, const struct cli_command *cmd, char **w, int n)
{
	struct spec *sp = xcalloc(1, sizeof(*sp));
	read_help(sp, cmd->help);
	read_synopsis(sp, cmd->name, cmd->synopsis);
	struct opt *help = add_opt(sp, "--help", 6);
	if (help && !*help->desc)
		snprintf(help->desc, sizeof(help->desc), "what %s does, its options", cmd->name);
	int k = 0;
	bool dashdash = false;
	const struct opt *value = NULL;
	for (int i = 0; i < n - 1; i++) {
		if (value) {
			value = NULL;
		} else if (dashdash || w[i][0] != '-' || !w[i][1]) {
			k++;
		} else if (!strcmp(w[i], "--")) {
			dashdash = true;
		} else {
			value = takes_value(sp, w[i]);
		}
	}
	const char *eq = strchr(c->cur, '=');
	if (!value && !dashdash && !strncmp(c->cur, "--", 2) && eq) {
		/* --output=FILE in one word */
		char name[32];
		snprintf(name, sizeof(name), "%.*s", (int)(eq - c->cur), c->cur);
		value = find_opt(sp, name);
		if (value && *value->value) {
			snprintf(value_of, sizeof(value_of), "%s=", name);
			c->cur = eq + 1;
			complete_name(c, value->value);
		}
	} else if (value) {
		complete_name(c, value->value);
	} else if (c->cur[0] == '-' && !dashdash) {
		/* "-" and "--x": the long names (the short one of an option
		 * that has no other); "-x": the short ones */
		bool want_short = c->cur[1] && c->cur[1] != '-';
		for (int i = 0; i < sp->nopts; i++) {
			const struct opt *o = &sp->opts[i];
			const char *name = o->name;
			if (*o->other && (o->other[1] == '-') != want_short)
				name = o->other;
			put(c->cur, name, o->desc);
		}
	} else {
		const struct slot *v[MAX_SLOTS * MAX_ALTS];
		int nv = 0;
		for (int a = 0; a < sp->nalts; a++)
			nv += slots_at(sp, a, k, v + nv, MAX_SLOTS * MAX_ALTS - nv);
		/* each name once (start's REF and PLAN alternatives, say) */
		const char *done[MAX_SLOTS * MAX_ALTS * 4];
		int ndone = 0;
		for (int i = 0; i < nv; i++) {
			for (int j = 0; j < v[i]->nnames; j++) {
				const char *name = v[i]->names[j];
				bool seen = false;
				for (int x = 0; x < ndone; x++)
					seen |= !strcmp(done[x], name);
				if (seen)
					continue;
				done[ndone++] = name;
				complete_name(c, name);
			}
		}
	}
	free(sp);
}

int cli_complete(const struct cli_ctx *ctx, int argc, char **argv)
{
	/* the answer goes out whole at the end; no message on stderr */
	static char buf[1 << 16];
	setvbuf(stdout, buf, _IOFBF, sizeof(buf));
	char *none[] = { "" };
	char **w = argv + 1;
	int n = argc - 1;
	if (n && !strcmp(w[0], "--")) {
		w++;
		n--;
	}
	if (!n) {
		w = none;
		n = 1;
	}
	struct ctx c = { .db = ctx->db, .cur = w[n - 1] };
	/* stride's own options, then the command */
	int i = 0;
	for (; i < n - 1; i++) {
		if (!strcmp(w[i], "--db") && i + 1 < n - 1) {
			c.db = w[++i];
		} else if (!strcmp(w[i], "--db")) {
			i = n - 1; /* its value is the word completed */
			break;
		} else if (!strncmp(w[i], "--db=", 5)) {
			c.db = w[i] + 5;
		} else if (!strcmp(w[i], "--")) {
			i++;
			break;
		} else if (w[i][0] != '-') {
			break;
		}
	}
	if (i == n - 1) {
		if ((i > 0 && !strcmp(w[i - 1], "--db")) || !strncmp(c.cur, "--db=", 5)) {
			text_fputs("@files\n", stdout);
		} else if (c.cur[0] == '-') {
			put(c.cur, "--db", "the progress store");
			put(c.cur, "--help", "what stride does, its commands");
			put(c.cur, "--version", "the version");
		} else {
			commands(&c, true);
		}
	} else if (!strcmp(w[i], "help")) {
		if (n - 1 == i + 1)
			commands(&c, false);
	} else {
		const struct cli_command *cmd = find(w[i]);
		if (cmd)
			command_words(&c, cmd, w + i + 1, n - i - 1);
	}
	store_close(c.s);
	fflush(stdout);
	return CLI_OK;
}
