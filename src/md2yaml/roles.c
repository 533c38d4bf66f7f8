/*
 * md2yaml: What a section or a label is: tasks, criteria, a deliverable, resources
 * (and of which kind), a goal, a summary, a table of contents; optional.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

/* ---- roles: what a section or a label names ---- */
static enum plan_resource_kind kind_of_word(const char *w, size_t len)
{
	static const struct {
		const char *w;
		enum plan_resource_kind k;
	} words[] = {
		{ "book", PLAN_RES_BOOK },	   { "books", PLAN_RES_BOOK },
		{ "ebook", PLAN_RES_BOOK },	   { "course", PLAN_RES_COURSE },
		{ "courses", PLAN_RES_COURSE },	   { "class", PLAN_RES_COURSE },
		{ "mooc", PLAN_RES_COURSE },	   { "specialization", PLAN_RES_COURSE },
		{ "bootcamp", PLAN_RES_COURSE },   { "video", PLAN_RES_VIDEO },
		{ "videos", PLAN_RES_VIDEO },	   { "youtube", PLAN_RES_VIDEO },
		{ "channel", PLAN_RES_VIDEO },	   { "playlist", PLAN_RES_VIDEO },
		{ "lecture", PLAN_RES_VIDEO },	   { "lectures", PLAN_RES_VIDEO },
		{ "talk", PLAN_RES_VIDEO },	   { "talks", PLAN_RES_VIDEO },
		{ "podcast", PLAN_RES_VIDEO },	   { "podcasts", PLAN_RES_VIDEO },
		{ "article", PLAN_RES_ARTICLE },   { "articles", PLAN_RES_ARTICLE },
		{ "blog", PLAN_RES_ARTICLE },	   { "paper", PLAN_RES_ARTICLE },
		{ "papers", PLAN_RES_ARTICLE },	   { "docs", PLAN_RES_DOCS },
		{ "documentation", PLAN_RES_DOCS }, { "reference", PLAN_RES_DOCS },
		{ "manual", PLAN_RES_DOCS },	   { "handbook", PLAN_RES_DOCS },
		{ "tutorial", PLAN_RES_DOCS },	   { "tutorials", PLAN_RES_DOCS },
		{ "guide", PLAN_RES_DOCS },	   { "guides", PLAN_RES_DOCS },
		{ "practice", PLAN_RES_PRACTICE }, { "interactive", PLAN_RES_PRACTICE },
		{ "exercises", PLAN_RES_PRACTICE }, { "katas", PLAN_RES_PRACTICE },
		{ "platform", PLAN_RES_PRACTICE }, { "projects", PLAN_RES_PRACTICE },
		{ "tool", PLAN_RES_TOOL },	   { "tools", PLAN_RES_TOOL },
		{ "software", PLAN_RES_TOOL },
	};
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i].w) == len && !strncmp(words[i].w, w, len))
			return words[i].k;
	return PLAN_RES_NONE;
}

/* The kind a label names ("Book", "YouTube Channel", "Online Courses"):
 * its first word that names one. */
enum plan_resource_kind kind_of(const char *text)
{
	struct tok tv[32];
	size_t n = tokenize(text, tv, 32);
	for (size_t i = 0; i + 1 < n; i++)
		if (tv[i].t == TK_WORD && tv[i].wlen < sizeof(tv[i].w)) {
			enum plan_resource_kind k = kind_of_word(tv[i].w, tv[i].wlen);
			if (k != PLAN_RES_NONE)
				return k;
		}
	return PLAN_RES_NONE;
}

bool text_says_optional(const char *text)
{
	struct tok tv[64];
	size_t n = tokenize(text, tv, 64);
	for (size_t i = 0; i + 1 < n; i++)
		if (word_is(&tv[i], "optional") || word_is(&tv[i], "bonus"))
			return true;
	return false;
}

/* "Everything below this point is optional". */
bool text_says_rest_optional(const char *text)
{
	struct tok tv[64];
	size_t n = tokenize(text, tv, 64);
	bool below = false;
	for (size_t i = 0; i + 1 < n; i++) {
		if (word_is(&tv[i], "below") || word_is(&tv[i], "following") ||
		    word_is(&tv[i], "after"))
			below = true;
		if (below && word_is(&tv[i], "optional"))
			return true;
	}
	return false;
}

static bool has_word(const char *const *words, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(words[i], w))
			return true;
	return false;
}

/* "Lunch", "Coffee break", "Dinner (1h)": an item of a timetable that is
 * not work. Short, and every word a meal, a break or a time. */
bool text_is_break(const char *text)
{
	static const char *const meal[] = {
		"lunch", "dinner", "breakfast", "brunch", "coffee", "tea", "snack",
		"break", "breaks", "meal", "supper",
	};
	static const char *const filler[] = {
		"and", "or", "a", "the", "short", "long", "h", "min", "mins",
		"minutes", "hour", "hours", "am", "pm",
	};
	struct tok tv[16];
	size_t n = tokenize(text, tv, 16);
	size_t meals = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		if (tv[i].t == TK_NUM || tv[i].t == TK_DASH || tv[i].t == TK_OPEN ||
		    tv[i].t == TK_CLOSE || tv[i].t == TK_COLON || tv[i].t == TK_COMMA ||
		    tv[i].t == TK_AMP || tv[i].t == TK_PLUS || tv[i].t == TK_SYM)
			continue;
		if (tv[i].t != TK_WORD || tv[i].wlen >= sizeof(tv[i].w))
			return false;
		if (has_word(meal, ARRAY_SIZE(meal), tv[i].w))
			meals++;
		else if (!has_word(filler, ARRAY_SIZE(filler), tv[i].w))
			return false;
	}
	return meals > 0 && n < 16;
}

/* What a heading or label names as a section of its container. */
enum role role_of(const char *text, enum plan_resource_kind *kind)
{
	struct tok tv[32];
	size_t n = tokenize(text, tv, 32);
	const char *words[12];
	size_t nw = 0;
	*kind = PLAN_RES_NONE;
	for (size_t i = 0; i + 1 < n; i++) {
		if (tv[i].t != TK_WORD || tv[i].wlen >= sizeof(tv[i].w))
			continue;
		if (nw == ARRAY_SIZE(words))
			return R_NONE; /* a sentence, not a section name */
		words[nw++] = tv[i].w;
	}
	if (!nw || nw > 6)
		return R_NONE;
#define HAS(w) has_word(words, nw, w)
	if (HAS("criteria") || (HAS("definition") && HAS("done")))
		return R_CRITERIA;
	if (HAS("deliverable") || HAS("deliverables") || HAS("miniproject") ||
	    (HAS("mini") && (HAS("project") || HAS("projects"))))
		return R_DELIV;
	if ((HAS("table") && HAS("contents")) || (nw == 1 && HAS("contents")) ||
	    (nw == 1 && HAS("toc")))
		return R_TOC;
	if (HAS("resources") || HAS("resource") || HAS("bibliography") ||
	    (HAS("further") && HAS("reading")) || (nw == 1 && HAS("references"))) {
		*kind = kind_of(text);
		return R_RES;
	}
	/* sections about the roadmap, not work in it: named by their first
	 * word ("Rules (Do Not Break)", "Team", "Contributing Guide") */
	static const char *const notwork[] = {
		"acknowledgements", "acknowledgments", "acknowledgement",
		"contributing", "contribute", "contributors", "contributions",
		"license", "licence", "licensing", "team", "community", "rules",
		"credits", "authors", "sponsors", "sponsor", "contact", "changelog",
		"donate", "donations", "support", "thanks", "disclaimer",
		"motivation", "inspiration", "faq", "faqs", "tips", "quotes",
	};
	if (nw <= 4 && has_word(notwork, ARRAY_SIZE(notwork), words[0]))
		return R_NOTWORK;
	if (nw <= 4 && HAS("code") && HAS("conduct"))
		return R_NOTWORK;
	/* "Books", "Online Courses", "Books for Data Structures", but not
	 * "Courses must" (a rule about them) */
	static const char *const verbs[] = {
		"must", "should", "shall", "will", "are", "is", "were", "was",
		"need", "needs", "can", "cannot", "may", "might",
	};
	for (size_t i = 0; i < nw; i++)
		if (has_word(verbs, ARRAY_SIZE(verbs), words[i]))
			return kind_of_word(words[0], strlen(words[0])) != PLAN_RES_NONE
				       ? R_NOTWORK /* rules for choosing them */
				       : R_NONE;
	enum plan_resource_kind k0 = kind_of_word(words[0], strlen(words[0]));
	enum plan_resource_kind kl = kind_of_word(words[nw - 1], strlen(words[nw - 1]));
	if ((k0 != PLAN_RES_NONE && k0 != PLAN_RES_PRACTICE && k0 != PLAN_RES_TOOL &&
	     words[0][strlen(words[0]) - 1] == 's') ||
	    (kl != PLAN_RES_NONE && kl != PLAN_RES_PRACTICE && kl != PLAN_RES_TOOL &&
	     words[nw - 1][strlen(words[nw - 1]) - 1] == 's')) {
		*kind = k0 != PLAN_RES_NONE ? k0 : kl;
		return R_RES;
	}
	if (nw <= 3 && (HAS("goal") || HAS("goals") || HAS("focus") ||
			HAS("objective") || HAS("objectives") || HAS("aim") ||
			HAS("outcome") || HAS("outcomes")))
		return R_GOAL;
	if (nw <= 3 && (HAS("tasks") || HAS("todo") || HAS("checklist") ||
			(HAS("to") && HAS("do")) || (HAS("action") && HAS("items"))))
		return R_TASKS;
	if (nw <= 2 && (HAS("overview") || HAS("introduction") || HAS("intro") ||
			HAS("summary") || HAS("about") || HAS("description")))
		return R_SUMMARY;
#undef HAS
	return R_NONE;
}
