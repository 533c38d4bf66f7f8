/* Unit tests for text: the rule for text coming in (text_valid), the one
 * for text going out (text_write, text_json_safe), and their helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stride/text.h"

static bool valid(const char *s, size_t len, struct text_fault *f)
{
	return text_valid(s, len, f);
}

static void test_valid_text(void **state)
{
	(void)state;
	static const char *const good[] = {
		"",
		"plain ASCII, with\ttab and\nnewline",
		"caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x9a\x80", /* é 日本 🚀 */
		"\xe2\x80\xae\xe2\x81\xa6 bidi controls are text", /* U+202E U+2066 */
		"\xc2\xa0 U+00A0, the first character after C1",
		"\xf4\x8f\xbf\xbf", /* U+10FFFF */
	};
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		assert_true(valid(good[i], strlen(good[i]), NULL));
}

/* The fault text_valid finds in s (n bytes). */
static struct text_fault fault(const char *s, size_t n)
{
	struct text_fault f = { 0 };
	assert_false(valid(s, n, &f));
	return f;
}

static void test_invalid_text(void **state)
{
	(void)state;
	struct text_fault f = fault("ab\x1b[2J", 6);
	assert_false(f.not_utf8);
	assert_int_equal(f.cp, 0x1B);
	assert_int_equal(f.offset, 2);
	assert_int_equal(f.line, 1);
	assert_int_equal(f.col, 3);

	/* lines and columns in characters, not bytes */
	f = fault("one\n\xc3\xa9t\xc3\xa9\x07", 10);
	assert_int_equal(f.cp, 7);
	assert_int_equal(f.line, 2);
	assert_int_equal(f.col, 4);
	assert_int_equal(f.offset, 9);

	/* NUL inside the length, DEL, C1 (U+009B as UTF-8), a CR alone */
	assert_int_equal(fault("a\0b", 3).cp, 0);
	assert_int_equal(fault("a\x7f", 2).cp, 0x7F);
	assert_int_equal(fault("a\xc2\x9b" "2J", 5).cp, 0x9B);
	assert_int_equal(fault("over\rwrite", 10).cp, '\r');

	/* bytes that are not UTF-8: a bare continuation byte, a bare 0x9B,
	 * an overlong form, a surrogate, past U+10FFFF, a cut sequence */
	static const char *const bad[] = {
		"\x80", "\x9b", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe6\x97",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		f = fault(bad[i], strlen(bad[i]));
		assert_true(f.not_utf8);
		assert_int_equal(f.byte, (unsigned char)bad[i][0]);
		assert_int_equal(f.col, 1);
	}
}

static void test_fault_what(void **state)
{
	(void)state;
	char buf[64];
	struct text_fault f = fault("\xff", 1);
	assert_string_equal(text_fault_what(&f, buf, sizeof(buf)),
			    "a byte that is not UTF-8 (0xFF)");
	f = fault("\x1b", 1);
	assert_string_equal(text_fault_what(&f, buf, sizeof(buf)),
			    "a control character (U+001B, ESC)");
	f = fault("\x7f", 1);
	assert_string_equal(text_fault_what(&f, buf, sizeof(buf)),
			    "a control character (U+007F, DEL)");
	f = fault("\xc2\x85", 2);
	assert_string_equal(text_fault_what(&f, buf, sizeof(buf)),
			    "a control character (U+0085)");
}

static void test_lf(void **state)
{
	(void)state;
	char s[] = "a\r\nb\r\n\rc\r";
	size_t n = text_lf(s, strlen(s));
	assert_int_equal(n, 7);
	assert_string_equal(s, "a\nb\n\rc\r"); /* a CR alone stays */
}

/* What text_write writes for s in mode, malloc'd. */
static char *written(const char *s, size_t n, enum text_out mode)
{
	char *out = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&out, &len);
	assert_non_null(m);
	text_write(m, s, n, mode);
	assert_int_equal(fclose(m), 0);
	return out;
}

static void expect_written(const char *s, enum text_out mode, const char *want)
{
	char *got = written(s, strlen(s), mode);
	assert_string_equal(got, want);
	free(got);
}

static void test_write(void **state)
{
	(void)state;
	/* safe text as it is */
	expect_written("caf\xc3\xa9\ttab\nline", TEXT_OUT_UTF8, "caf\xc3\xa9\ttab\nline");
	/* OSC 52 (the clipboard), BEL, clear-screen, DEL */
	expect_written("A\x1b]52;c;eA==\x07 \x1b[2J\x7f", TEXT_OUT_UTF8,
		       "A\\x1b]52;c;eA==\\x07 \\x1b[2J\\x7f");
	/* C1 as UTF-8, a bare byte, a bidi override and an isolate */
	expect_written("\xc2\x9b" "2J \x9b \xe2\x80\xae" "exe \xe2\x81\xa6x\xe2\x81\xa9",
		       TEXT_OUT_UTF8, "\\u009b2J \\x9b \\u202eexe \\u2066x\\u2069");
	/* a cut sequence at the end */
	expect_written("ok\xe6\x97", TEXT_OUT_UTF8, "ok\\xe6\\x97");
	/* ASCII: letters folded, anything else '?', escapes the same */
	expect_written("caf\xc3\xa9 \xe6\x97\xa5 \x1b", TEXT_OUT_ASCII, "cafe ? \\x1b");
	/* JSON: \u escapes, U+FFFD for bytes that are not UTF-8 */
	expect_written("\"a\x7f\xc2\x9b\xe2\x80\xae\xff\"", TEXT_OUT_JSON,
		       "\"a\\u007f\\u009b\\u202e\xef\xbf\xbd\"");
	/* the NUL inside the length is a control like any other */
	char *got = written("a\0b", 3, TEXT_OUT_UTF8);
	assert_string_equal(got, "a\\x00b");
	free(got);
}

static void test_printf(void **state)
{
	(void)state;
	char *out = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&out, &len);
	assert_non_null(m);
	/* longer than text_vprintf's buffer on the stack */
	char big[3000];
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	big[1500] = '\x1b';
	assert_int_equal(text_printf(m, "[%s]", big), (int)sizeof(big) + 1);
	assert_int_equal(text_fputs("\a\n", m), 0);
	assert_int_equal(fclose(m), 0);
	assert_int_equal(len, sizeof(big) + 1 + 3 + 5);
	assert_memory_equal(out + 1500, "x\\x1bx", 6);
	assert_string_equal(out + len - 6, "]\\x07\n");
	free(out);
}

static void test_json_safe(void **state)
{
	(void)state;
	/* nothing to change: the same text back */
	char *j = strdup("{\"title\":\"caf\xc3\xa9 \xe6\x97\xa5\",\"n\":1}");
	char *same = text_json_safe(j);
	assert_ptr_equal(same, j);
	free(same);
	/* bytes that are not UTF-8, C1 and bidi: a new text, valid UTF-8 */
	j = strdup("{\"note\":\"\xff\xfe \xc2\x9b \xe2\x80\xae\"}");
	char *safe = text_json_safe(j);
	assert_string_equal(safe, "{\"note\":\"\xef\xbf\xbd\xef\xbf\xbd \\u009b \\u202e\"}");
	assert_true(text_valid(safe, strlen(safe), NULL));
	free(safe);
}

static void test_unsafe_cp(void **state)
{
	(void)state;
	static const uint32_t unsafe[] = { 0, 0x1B, 0x7F, 0x80, 0x9F,  0x202A,
					   0x202E, 0x2066, 0x2069 };
	static const uint32_t safe[] = { 0x20, 0x7E, 0xA0, 0x200F, 0x2029,
					 0x202F, 0x2065, 0x206A, 0xFEFF };
	for (size_t i = 0; i < sizeof(unsafe) / sizeof(unsafe[0]); i++)
		assert_true(text_unsafe_cp(unsafe[i]));
	for (size_t i = 0; i < sizeof(safe) / sizeof(safe[0]); i++)
		assert_false(text_unsafe_cp(safe[i]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_text),
		cmocka_unit_test(test_invalid_text),
		cmocka_unit_test(test_fault_what),
		cmocka_unit_test(test_lf),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_json_safe),
		cmocka_unit_test(test_unsafe_cp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
