/*
 * Unit tests for the config file (config.c): key names, styles, times,
 * whole files (every setting, where it came from, each kind of mistake at
 * its line and column, a bad file giving the defaults), the editor over
 * the environment, and the week start the calendar takes from it.
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

#include "stride/calendar.h"
#include "stride/config.h"

static const char *const requests[] = { "quit", "help", "undo", "tick", "skip", "details" };
#define NREQ (sizeof(requests) / sizeof(requests[0]))

/* Writes text to a new temporary file; returns its path (static). */
static const char *file_of(const char *text)
{
	static char path[64];
	snprintf(path, sizeof(path), "/tmp/stride-test-config-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	size_t len = strlen(text);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

/* Loads text as a config file into cfg; returns config_load's result. */
static int load(struct config *cfg, const char *text)
{
	const char *path = file_of(text);
	int rc = config_load(cfg, path, requests, NREQ);
	unlink(path);
	return rc;
}

/* The first error as "LINE:COL: MESSAGE" (static). */
static const char *first_error(const struct config *cfg)
{
	static char buf[600];
	assert_true(cfg->diags.n > 0);
	snprintf(buf, sizeof(buf), "%u:%u: %s", cfg->diags.v[0].line, cfg->diags.v[0].col,
		 cfg->diags.v[0].msg);
	return buf;
}

static void test_keys(void **state)
{
	(void)state;
	struct config_key k;
	char why[400], name[16];
	assert_true(config_parse_key("x", &k, why, sizeof(why)));
	assert_int_equal(k.special, CONFIG_KEY_CHAR);
	assert_int_equal(k.code, 'x');
	assert_true(config_parse_key(" ", &k, why, sizeof(why)));
	assert_string_equal(config_key_name(&k, name), "Space");
	assert_true(config_parse_key("space", &k, why, sizeof(why)));
	assert_int_equal(k.code, ' ');
	assert_true(config_parse_key("C-x", &k, why, sizeof(why)));
	assert_int_equal(k.code, 0x18);
	assert_string_equal(config_key_name(&k, name), "C-x");
	assert_true(config_parse_key("F12", &k, why, sizeof(why)));
	assert_int_equal(k.special, CONFIG_KEY_F);
	assert_string_equal(config_key_name(&k, name), "F12");
	assert_true(config_parse_key("Enter", &k, why, sizeof(why)));
	assert_int_equal(k.special, CONFIG_KEY_ENTER);
	assert_true(config_parse_key("Tab", &k, why, sizeof(why)));
	assert_int_equal(k.code, '\t');
	assert_true(config_parse_key("PgDn", &k, why, sizeof(why)));
	assert_int_equal(k.special, CONFIG_KEY_PGDN);
	assert_true(config_parse_key("é", &k, why, sizeof(why)));
	assert_int_equal(k.code, 0xE9);
	assert_string_equal(config_key_name(&k, name), "é");
	assert_false(config_parse_key("F13", &k, why, sizeof(why)));
	assert_false(config_parse_key("", &k, why, sizeof(why)));
	assert_false(config_parse_key("\x01", &k, why, sizeof(why)));
	assert_false(config_parse_key("Entr", &k, why, sizeof(why)));
	assert_non_null(strstr(why, "did you mean 'Enter'?"));
}

static void test_styles(void **state)
{
	(void)state;
	struct config_style st;
	char why[400], buf[64];
	assert_true(config_parse_style("red", &st, why, sizeof(why)));
	assert_int_equal(st.fg, 1);
	assert_int_equal(st.bg, CONFIG_COLOR_DEFAULT);
	assert_true(config_parse_style("bold underline bright-blue on 236", &st, why, sizeof(why)));
	assert_int_equal(st.fg, 12);
	assert_int_equal(st.bg, 236);
	assert_int_equal(st.attrs, CONFIG_BOLD | CONFIG_UNDERLINE);
	assert_string_equal(config_style_text(&st, buf, sizeof(buf)),
			    "bold underline bright-blue on 236");
	assert_true(config_parse_style("default on black", &st, why, sizeof(why)));
	assert_int_equal(st.fg, CONFIG_COLOR_DEFAULT);
	assert_int_equal(st.bg, 0);
	assert_true(config_parse_style("bold", &st, why, sizeof(why)));
	assert_false(config_parse_style("256", &st, why, sizeof(why)));
	assert_false(config_parse_style("red on", &st, why, sizeof(why)));
	assert_false(config_parse_style("on red", &st, why, sizeof(why)));
	assert_false(config_parse_style("red green", &st, why, sizeof(why)));
	assert_false(config_parse_style("", &st, why, sizeof(why)));
	assert_false(config_parse_style("bright-pink", &st, why, sizeof(why)));
	assert_false(config_parse_style("yelow", &st, why, sizeof(why)));
	assert_non_null(strstr(why, "did you mean 'yellow'?"));
}

static void test_times(void **state)
{
	(void)state;
	int m = -1;
	assert_true(config_parse_time("00:00", &m));
	assert_int_equal(m, 0);
	assert_true(config_parse_time("18:30", &m));
	assert_int_equal(m, 18 * 60 + 30);
	assert_true(config_parse_time("23:59", &m));
	assert_false(config_parse_time("24:00", &m));
	assert_false(config_parse_time("12:60", &m));
	assert_false(config_parse_time("6:30", &m));
	assert_false(config_parse_time("06:30:00", &m));
	assert_false(config_parse_time("0630", &m));
}

static void test_whole_file(void **state)
{
	(void)state;
	struct config cfg;
	assert_int_equal(load(&cfg, "# mine\n"
				    "week-start: Sunday\n"
				    "plan: backend-2025\n"
				    "editor: nvim -p\n"
				    "calendar-time: '07:45'\n"
				    "colors:\n"
				    "  theme: light\n"
				    "  overdue: bold 196\n"
				    "keys:\n"
				    "  tick: [t, Space]\n"
				    "  undo: C-u\n"),
			 0);
	assert_true(cfg.exists);
	assert_false(cfg.bad);
	assert_int_equal(cfg.week_start, 6);
	assert_int_equal(cfg.week_start_at.from, CONFIG_FILE);
	assert_int_equal(cfg.week_start_at.line, 2);
	assert_string_equal(cfg.plan, "backend-2025");
	assert_string_equal(cfg.editor, "nvim -p");
	assert_int_equal(cfg.editor_at.line, 4);
	assert_int_equal(cfg.calendar_time, 7 * 60 + 45);
	assert_int_equal(cfg.theme, CONFIG_THEME_LIGHT);
	assert_true(cfg.styles[CONFIG_EL_OVERDUE].set);
	assert_int_equal(cfg.styles[CONFIG_EL_OVERDUE].fg, 196);
	assert_int_equal(cfg.styles[CONFIG_EL_OVERDUE].at.line, 8);
	assert_false(cfg.styles[CONFIG_EL_DONE].set);
	assert_int_equal(cfg.nbindings, 2);
	assert_string_equal(requests[cfg.bindings[0].request], "tick");
	assert_int_equal(cfg.bindings[0].n, 2);
	assert_int_equal(cfg.bindings[0].keys[1].code, ' ');
	assert_string_equal(requests[cfg.bindings[1].request], "undo");
	/* the current config: the calendar's week follows it */
	config_use(&cfg);
	assert_int_equal(config_week_start(), 6);
	assert_int_equal(config_calendar_time(), 7 * 60 + 45);
	assert_string_equal(config_editor(), "nvim -p");
	int sat, sun, mon, first;
	assert_true(calendar_parse("2025-07-12", &sat));
	assert_true(calendar_parse("2025-07-13", &sun));
	assert_true(calendar_parse("2025-07-14", &mon));
	assert_int_equal(calendar_week_first(mon), sun);
	assert_int_equal(calendar_week_first(sun), sun);
	assert_int_equal(calendar_week_first(sat), sun - 7);
	/* the store's key of a week is its Monday, whatever its first day */
	assert_int_equal(calendar_week_key(sun), mon);
	assert_int_equal(calendar_week_key(mon), mon);
	assert_int_equal(calendar_week_key(sat), mon - 7);
	char wk[CALENDAR_WEEK_LEN];
	assert_string_equal(calendar_format_week(sun, wk), "2025-W29");
	assert_true(calendar_parse_week("2025-W29", &first));
	assert_int_equal(first, sun);
	config_use(NULL);
	assert_int_equal(calendar_week_first(sun), sun - 6);
	assert_int_equal(calendar_week_key(sun), sun - 6);
	assert_int_equal(calendar_week_key(mon), mon);
	assert_true(calendar_parse_week("2025-W29", &first));
	assert_int_equal(first, mon);
	config_done(&cfg);
}

static void test_defaults(void **state)
{
	(void)state;
	struct config cfg;
	setenv("VISUAL", "", 1);
	setenv("EDITOR", "ed", 1);
	assert_int_equal(config_load(&cfg, "/nonexistent/stride/config.yaml", requests, NREQ), 0);
	assert_false(cfg.exists);
	assert_int_equal(cfg.week_start, 0);
	assert_null(cfg.plan);
	assert_string_equal(cfg.editor, "ed");
	assert_int_equal(cfg.editor_at.from, CONFIG_ENV);
	assert_string_equal(cfg.editor_at.env, "EDITOR");
	assert_int_equal(cfg.calendar_time, 18 * 60);
	assert_int_equal(cfg.theme, CONFIG_THEME_DARK);
	config_done(&cfg);
	/* the file's editor over the environment's; an empty file is fine */
	assert_int_equal(load(&cfg, "editor: vim\n"), 0);
	assert_string_equal(cfg.editor, "vim");
	assert_int_equal(cfg.editor_at.from, CONFIG_FILE);
	config_done(&cfg);
	assert_int_equal(load(&cfg, ""), 0);
	assert_true(cfg.exists);
	assert_false(cfg.bad);
	config_done(&cfg);
	unsetenv("EDITOR");
	unsetenv("VISUAL");
}

/* Each kind of mistake, at its line and column; a bad file leaves every
 * setting at its default, even those it gave well. */
static void test_mistakes(void **state)
{
	(void)state;
	static const struct {
		const char *text, *error;
	} cases[] = {
		{ "keys:\n  tick: [x\n", "3:1: invalid YAML" },
		{ "week-start: monday\nweek-strat: sunday\n",
		  "2:1: unknown key 'week-strat' in the config file (did you mean 'week-start'?)" },
		{ "colors:\n  dnoe: red\n", "2:3: unknown key 'dnoe' in colors (did you mean 'done'?)" },
		{ "colors:\n  done: grene\n", "2:9: 'grene' is not a colour" },
		{ "colors:\n  theme: solarized\n", "2:10: 'solarized' is not a theme" },
		{ "keys:\n  tick: Spcae\n", "2:9: 'Spcae' is not a key" },
		{ "keys:\n  tik: x\n", "2:3: 'tik' is not a request of the TUI (did you mean 'tick'?)" },
		{ "keys:\n  tick: x\n  skip: x\n", "3:9: the key x is bound twice" },
		{ "keys:\n  tick: []\n", "2:9: 'tick' has no keys" },
		{ "week-start: tuesday\n", "1:13: week-start is monday or sunday" },
		{ "calendar-time: 25:00\n", "1:16: calendar-time is a time of day" },
		{ "plan:\n", "1:6: 'plan' has no value" },
		{ "editor: [vi]\n", "1:9: 'editor' takes one value, not a list" },
		{ "- a list\n", "1:1: the config file is a mapping" },
		{ "plan: a\nplan: b\n", "2:1: 'plan' is given twice" },
		{ "plan: &p a\n", "1:7: anchors (&p) are not supported in a config file" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct config cfg;
		char text[256];
		snprintf(text, sizeof(text), "week-start: sunday\n%s", cases[i].text);
		/* one line more: the week-start before it */
		assert_int_equal(load(&cfg, cases[i].text), -1);
		assert_true(cfg.bad);
		const char *got = first_error(&cfg);
		if (strncmp(got, cases[i].error, strlen(cases[i].error)))
			fail_msg("case %zu: got '%s', want '%s'", i, got, cases[i].error);
		config_done(&cfg);
		assert_int_equal(load(&cfg, text), -1);
		assert_int_equal(cfg.week_start, 0); /* the default, not the file's */
		assert_int_equal(cfg.nbindings, 0);
		config_done(&cfg);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_styles),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_whole_file),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_mistakes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
