/*
 * The loader on damaged input: every prefix of valid plan files, byte
 * flips, and the inputs in tests/data/regress/ (fuzzer finds). Each load
 * must end in a plan or in errors, never in a crash or a leak (the suite
 * runs again under ASan+UBSan).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stride/loader.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *buf = NULL;
	size_t cap = 0;
	*len = 0;
	for (;;) {
		if (*len + 4096 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		size_t r = fread(buf + *len, 1, cap - *len, f);
		if (r == 0)
			break;
		*len += r;
	}
	fclose(f);
	return buf;
}

/* Loads buf; it must give a plan or at least one error. */
static enum loader_status load_any(const char *buf, size_t len)
{
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	enum loader_status st = loader_load_buffer("t.yaml", buf, len, &p, &d);
	assert_true(st == LOADER_OK || st == LOADER_INVALID);
	if (st == LOADER_OK)
		assert_non_null(p);
	else
		assert_true(d.errors > 0 && p == NULL);
	plan_free(p);
	diag_list_done(&d);
	return st;
}

static const char *const valid_files[] = {
	"plans/backend-roadmap.yaml",
	"tests/data/example.yaml",
};

static void test_every_prefix(void **state)
{
	(void)state;
	for (size_t f = 0; f < sizeof(valid_files) / sizeof(valid_files[0]); f++) {
		size_t len;
		char *buf = slurp(valid_files[f], &len);
		assert_int_equal(load_any(buf, len), LOADER_OK);
		size_t ok = 0;
		for (size_t cut = 0; cut < len; cut++) {
			/* a copy of exactly cut bytes, so ASan sees any overread */
			char *prefix = malloc(cut ? cut : 1);
			memcpy(prefix, buf, cut);
			ok += load_any(prefix, cut) == LOADER_OK;
			free(prefix);
		}
		/* some prefixes are whole plans (cut after a phase), most not */
		assert_true(ok > 0 && ok < len);
		free(buf);
	}
}

static void test_byte_flips(void **state)
{
	(void)state;
	size_t len;
	char *buf = slurp("tests/data/example.yaml", &len);
	static const char bytes[] = { ':', '-', '\n', ' ', '{', '[', '\'', '"',
				      '&', '*', '!', '\t', '\x1b', '\xff', '#', '|' };
	uint32_t seed = 12345;
	for (int round = 0; round < 3000; round++) {
		char *copy = malloc(len);
		memcpy(copy, buf, len);
		for (int k = 0; k < 3; k++) {
			seed = seed * 1103515245u + 12345u;
			size_t at = (seed >> 8) % len;
			seed = seed * 1103515245u + 12345u;
			copy[at] = bytes[(seed >> 8) % sizeof(bytes)];
		}
		load_any(copy, len);
		free(copy);
	}
	free(buf);
}

static void test_regressions(void **state)
{
	(void)state;
	DIR *dir = opendir("tests/data/regress");
	assert_non_null(dir);
	struct dirent *e;
	size_t n = 0;
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.')
			continue;
		char path[512];
		snprintf(path, sizeof(path), "tests/data/regress/%s", e->d_name);
		size_t len;
		char *buf = slurp(path, &len);
		load_any(buf, len);
		free(buf);
		n++;
	}
	closedir(dir);
	assert_true(n > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_prefix),
		cmocka_unit_test(test_byte_flips),
		cmocka_unit_test(test_regressions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
