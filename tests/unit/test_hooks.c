/*
 * hooks: hooks_run with real hooks in a temporary $XDG_CONFIG_HOME: what a
 * hook gets on stdin, what is reported for one that fails, dies, is not
 * executable or reads nothing of a big input, and STRIDE_NO_HOOKS. (The
 * hook that hangs, killed after 5 s, is tests/e2e/cli/hooks.t's.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stride/hooks.h"
#include "stride/util.h"

struct fx {
	char dir[256];
	char msgs[4][512];
	int n;
};

static void keep(const char *msg, void *ctx)
{
	struct fx *fx = ctx;
	if (fx->n < 4)
		snprintf(fx->msgs[fx->n++], sizeof(fx->msgs[0]), "%s", msg);
}

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	assert_non_null(fx);
	snprintf(fx->dir, sizeof(fx->dir), "%s/stride-hooks.XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	assert_non_null(mkdtemp(fx->dir));
	char path[400];
	snprintf(path, sizeof(path), "%s/stride", fx->dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/stride/hooks", fx->dir);
	assert_int_equal(mkdir(path, 0700), 0);
	setenv("XDG_CONFIG_HOME", fx->dir, 1);
	unsetenv("STRIDE_NO_HOOKS");
	hooks_set_report(keep, fx);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	hooks_set_report(NULL, NULL);
	char cmd[320];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	return 0;
}

static void hook(struct fx *fx, const char *name, const char *script, mode_t mode)
{
	char path[400];
	snprintf(path, sizeof(path), "%s/stride/hooks/%s", fx->dir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(script, f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(chmod(path, mode), 0);
}

static char *slurp(struct fx *fx, const char *name)
{
	char path[400];
	snprintf(path, sizeof(path), "%s/%s", fx->dir, name);
	char why[200];
	size_t len;
	return util_read_file(path, 1 << 20, &len, why, sizeof(why));
}

static void test_none(void **state)
{
	struct fx *fx = *state;
	assert_int_equal(hooks_run("on-change", "{}"), HOOKS_NONE);
	assert_int_equal(fx->n, 0);
}

/* A hook that works gets the document whole, its name in STRIDE_HOOK,
 * STRIDE_NO_HOOKS for its own runs; nothing is said. */
static void test_ok_gets_json(void **state)
{
	struct fx *fx = *state;
	hook(fx, "on-sync",
	     "#!/bin/sh\ncat > \"$XDG_CONFIG_HOME/got\"\n"
	     "echo \"$STRIDE_HOOK $STRIDE_NO_HOOKS\" > \"$XDG_CONFIG_HOME/env\"\necho chatter\n",
	     0755);
	assert_int_equal(hooks_run("on-sync", "{\"hook\": \"on-sync\"}\n"), HOOKS_OK);
	assert_int_equal(fx->n, 0);
	char *got = slurp(fx, "got"), *env = slurp(fx, "env");
	assert_string_equal(got, "{\"hook\": \"on-sync\"}\n");
	assert_string_equal(env, "on-sync 1\n");
	free(got);
	free(env);
}

static void test_failed(void **state)
{
	struct fx *fx = *state;
	hook(fx, "on-change", "#!/bin/sh\necho 'first \033[31mline' >&2\necho second\nexit 4\n",
	     0755);
	assert_int_equal(hooks_run("on-change", "{}"), HOOKS_FAILED);
	assert_int_equal(fx->n, 1);
	assert_string_equal(fx->msgs[0],
			    "hook on-change failed (exit 4): first ?[31mline; the change is kept");
}

static void test_killed_by_signal(void **state)
{
	struct fx *fx = *state;
	hook(fx, "on-import", "#!/bin/sh\nkill -TERM $$\n", 0755);
	assert_int_equal(hooks_run("on-import", "{}"), HOOKS_FAILED);
	assert_int_equal(fx->n, 1);
	assert_string_equal(fx->msgs[0],
			    "hook on-import failed (killed by signal 15); the import is done");
}

static void test_not_executable(void **state)
{
	struct fx *fx = *state;
	hook(fx, "on-change", "#!/bin/sh\ntouch \"$XDG_CONFIG_HOME/ran\"\n", 0644);
	assert_int_equal(hooks_run("on-change", "{}"), HOOKS_NOT_RUN);
	assert_int_equal(fx->n, 1);
	assert_non_null(strstr(fx->msgs[0], "hook on-change not run: not an executable file"));
	char path[400];
	snprintf(path, sizeof(path), "%s/ran", fx->dir);
	assert_int_not_equal(access(path, F_OK), 0);
}

/* A hook that reads none of a document bigger than a pipe holds, and
 * exits: stride is not stuck writing it, nor killed by SIGPIPE. */
static void test_big_input_unread(void **state)
{
	struct fx *fx = *state;
	hook(fx, "on-change", "#!/bin/sh\nexit 0\n", 0755);
	size_t n = 1 << 20;
	char *big = xmalloc(n + 1);
	memset(big, ' ', n);
	big[n] = '\0';
	assert_int_equal(hooks_run("on-change", big), HOOKS_OK);
	assert_int_equal(fx->n, 0);
	free(big);
}

static void test_disabled(void **state)
{
	struct fx *fx = *state;
	hook(fx, "on-change", "#!/bin/sh\nexit 1\n", 0755);
	setenv("STRIDE_NO_HOOKS", "1", 1);
	assert_int_equal(hooks_run("on-change", "{}"), HOOKS_NONE);
	setenv("STRIDE_NO_HOOKS", "0", 1);
	assert_int_equal(hooks_run("on-change", "{}"), HOOKS_FAILED);
	unsetenv("STRIDE_NO_HOOKS");
	assert_int_equal(fx->n, 1);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_none),
		T(test_ok_gets_json),
		T(test_failed),
		T(test_killed_by_signal),
		T(test_not_executable),
		T(test_big_input_unread),
		T(test_disabled),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
