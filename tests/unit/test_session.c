/* Unit tests for session: the application layer under both front ends. */
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

#include "stride/session.h"

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The bundled plans of ./plans: the files that load, sorted, with their
 * titles; a file that is no plan, or not .yaml, is left out. */
static void test_bundled_plans(void **state)
{
	(void)state;
	const char *tmp = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof(path), "%s/stride-test-session.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(path));
	char cwd[4096];
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(path), 0);
	assert_int_equal(mkdir("plans", 0700), 0);
	write_file("plans/b.yaml", "stride: 1\nid: b\ntitle: Bee\nphases: [{ title: P }]\n");
	write_file("plans/a.yml", "stride: 1\nid: a\ntitle: Ay\nphases: [{ title: P }]\n");
	write_file("plans/broken.yaml", "stride: 1\nid: [\n");
	write_file("plans/notes.md", "# not a plan\n");

	struct session_plan_files l;
	session_bundled_plans(&l);
	size_t mine = 0;
	const char *want[][2] = { { "plans/a.yml", "Ay" }, { "plans/b.yaml", "Bee" } };
	for (size_t i = 0; i < l.n; i++) {
		if (strncmp(l.v[i].path, "plans/", 6))
			continue; /* an installed stride's plans */
		assert_true(mine < 2);
		assert_string_equal(l.v[i].path, want[mine][0]);
		assert_string_equal(l.v[i].title, want[mine][1]);
		mine++;
	}
	assert_int_equal(mine, 2);
	session_plan_files_done(&l);
	assert_int_equal(l.n, 0);

	unlink("plans/a.yml");
	unlink("plans/b.yaml");
	unlink("plans/broken.yaml");
	unlink("plans/notes.md");
	rmdir("plans");
	assert_int_equal(chdir(cwd), 0);
	rmdir(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bundled_plans),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
