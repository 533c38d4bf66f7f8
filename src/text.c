#include "stride/text.h"

#include "stride/util.h"

#include <ctype.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

size_t text_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned c = s[0];
	size_t len;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

/* ---- the rules ------------------------------------------------------------- */

bool text_unsafe_cp(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Decodes the character at s[i]: its length, 0 when the bytes there are
 * not UTF-8. */
static size_t next_cp(const unsigned char *s, size_t i, size_t len, uint32_t *cp)
{
	if (s[i] < 0x80) {
		*cp = s[i];
		return 1;
	}
	return text_utf8_decode(s + i, len - i, cp);
}

bool text_valid(const char *s, size_t len, struct text_fault *f)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned line = 1, col = 1;
	for (size_t i = 0; i < len;) {
		uint32_t cp = 0;
		size_t w = next_cp(u, i, len, &cp);
		if (!w || (cp < 0x20 && cp != '\t' && cp != '\n') ||
		    (cp >= 0x7F && cp <= 0x9F)) {
			if (f)
				*f = (struct text_fault){ .offset = i, .line = line,
							  .col = col, .not_utf8 = !w,
							  .byte = u[i], .cp = cp };
			return false;
		}
		if (cp == '\n')
			line++, col = 1;
		else
			col++;
		i += w;
	}
	return true;
}

const char *text_fault_what(const struct text_fault *f, char *buf, size_t n)
{
	static const char *const c0[32] = {
		"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
		"BS",  "TAB", "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
		"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
		"CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US",
	};
	if (f->not_utf8)
		snprintf(buf, n, "a byte that is not UTF-8 (0x%02X)", f->byte);
	else if (f->cp < 0x20)
		snprintf(buf, n, "a control character (U+%04X, %s)", (unsigned)f->cp,
			 c0[f->cp]);
	else
		snprintf(buf, n, "a control character (U+%04X%s)", (unsigned)f->cp,
			 f->cp == 0x7F ? ", DEL" : "");
	return buf;
}

size_t text_lf(char *s, size_t len)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
			continue;
		s[o++] = s[i];
	}
	if (o < len)
		s[o] = '\0';
	return o;
}

/* What text_write puts in place of the character at s (w bytes, code
 * point cp; w == 0: a byte that is not UTF-8), in out. */
static void escape(const unsigned char *s, size_t w, uint32_t cp,
		   enum text_out mode, char out[16])
{
	if (!w) {
		if (mode == TEXT_OUT_JSON)
			strcpy(out, "\xEF\xBF\xBD"); /* U+FFFD */
		else
			snprintf(out, 16, "\\x%02x", s[0]);
	} else if (text_unsafe_cp(cp)) {
		if (cp < 0x80 && mode != TEXT_OUT_JSON)
			snprintf(out, 16, "\\x%02x", (unsigned)cp);
		else
			snprintf(out, 16, "\\u%04x", (unsigned)cp);
	} else { /* TEXT_OUT_ASCII, a character that is not ASCII */
		char c = text_ascii_fold(cp);
		out[0] = c ? c : '?';
		out[1] = '\0';
	}
}

void text_write(FILE *f, const char *s, size_t len, enum text_out mode)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t run = 0; /* where the bytes not yet written start */
	for (size_t i = 0; i < len;) {
		unsigned c = u[i];
		if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t') {
			i++;
			continue;
		}
		uint32_t cp = c;
		size_t w = next_cp(u, i, len, &cp);
		if (w && !text_unsafe_cp(cp) && mode != TEXT_OUT_ASCII) {
			i += w;
			continue;
		}
		char esc[16];
		escape(u + i, w, cp, mode, esc);
		fwrite(u + run, 1, i - run, f);
		fputs(esc, f);
		i += w ? w : 1;
		run = i;
	}
	fwrite(u + run, 1, len - run, f);
}

/* How stdout and stderr show text (text_out_setup). */
static enum text_out out_mode[2];

void text_out_setup(void)
{
	bool tty_out = isatty(STDOUT_FILENO), tty_err = isatty(STDERR_FILENO);
	if (!tty_out && !tty_err)
		return;
	/* the locale's character set, without leaving the locale set */
	char *was = xstrdup(setlocale(LC_CTYPE, NULL));
	bool utf8 = false;
	if (setlocale(LC_CTYPE, "")) {
		const char *cs = nl_langinfo(CODESET);
		utf8 = cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"));
	}
	setlocale(LC_CTYPE, was);
	free(was);
	out_mode[0] = tty_out && !utf8 ? TEXT_OUT_ASCII : TEXT_OUT_UTF8;
	out_mode[1] = tty_err && !utf8 ? TEXT_OUT_ASCII : TEXT_OUT_UTF8;
}

static enum text_out mode_of(FILE *f)
{
	return f == stdout ? out_mode[0] : f == stderr ? out_mode[1] : TEXT_OUT_UTF8;
}

int text_vprintf(FILE *f, const char *fmt, va_list ap)
{
	char stack[1024];
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(stack, sizeof(stack), fmt, ap);
	char *buf = stack;
	if (n >= (int)sizeof(stack)) {
		buf = xmalloc((size_t)n + 1);
		vsnprintf(buf, (size_t)n + 1, fmt, again);
	}
	va_end(again);
	if (n < 0)
		return n;
	text_write(f, buf, (size_t)n, mode_of(f));
	if (buf != stack)
		free(buf);
	return ferror(f) ? -1 : n;
}

int text_printf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = text_vprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int text_fputs(const char *s, FILE *f)
{
	text_write(f, s, strlen(s), mode_of(f));
	return ferror(f) ? EOF : 0;
}

char *text_json_safe(char *json)
{
	const unsigned char *u = (const unsigned char *)json;
	size_t len = strlen(json), i = 0;
	while (i < len) {
		uint32_t cp;
		size_t w = u[i] < 0x7F ? 1 : next_cp(u, i, len, &cp);
		if (!w || (u[i] >= 0x7F && text_unsafe_cp(cp)))
			break;
		i += w;
	}
	if (i == len)
		return json; /* nothing to do (cJSON escapes C0 itself) */
	char *out = NULL;
	size_t outlen = 0;
	FILE *m = open_memstream(&out, &outlen);
	if (!m)
		util_out_of_memory();
	text_write(m, json, len, TEXT_OUT_JSON);
	if (fclose(m) != 0)
		util_out_of_memory();
	free(json);
	return out;
}

/* ---- helpers ---------------------------------------------------------------- */

/* Latin letters with diacritics, U+00C0..U+017F, as plain ASCII. */
static const char latin_fold[] =
	"AAAAAAACEEEEIIIIDNOOOOO-OUUUUYTsaaaaaaaceeeeiiiidnooooo-ouuuuyty"
	"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlL"
	"lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

_Static_assert(sizeof(latin_fold) == 192 + 1, "latin_fold covers U+00C0..U+017F");

char text_ascii_fold(uint32_t cp)
{
	if (cp < 0xC0 || cp > 0x17F)
		return 0;
	char c = latin_fold[cp - 0xC0];
	return c == '-' ? 0 : c;
}

size_t text_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 32 || lb > 32)
		return (size_t)-1;
	/* optimal string alignment: Levenshtein with adjacent transpositions */
	size_t d[33][33];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	}
	return d[la][lb];
}

const char *text_nearest(const char *word, const char *const *cands, size_t n,
			 const char **tie)
{
	const char *best = NULL, *second = NULL;
	size_t best_d = 3;
	size_t wl = strlen(word);
	for (size_t i = 0; i < n; i++) {
		if (!cands[i])
			continue;
		size_t cl = strlen(cands[i]);
		size_t d = text_edit_distance(word, cands[i]);
		if (d >= cl || d >= wl)
			d = (size_t)-1; /* every letter changed: not a typo */
		if (d > 2 && wl >= 3 && cl >= 3 &&
		    (strncmp(word, cands[i], cl) == 0 ||
		     strncmp(word, cands[i], wl) == 0))
			d = 2;
		if (d < best_d) {
			best_d = d;
			best = cands[i];
			second = NULL;
		} else if (d == best_d && best && !second) {
			second = cands[i];
		}
	}
	if (tie)
		*tie = second;
	return best;
}

const char *text_did_you_mean(const char *word, const char *const *cands,
			      size_t n)
{
	static char buf[160];
	const char *tie;
	const char *best = text_nearest(word, cands, n, &tie);
	if (!best)
		return "";
	if (tie)
		snprintf(buf, sizeof(buf), " (did you mean '%s' or '%s'?)", best, tie);
	else
		snprintf(buf, sizeof(buf), " (did you mean '%s'?)", best);
	return buf;
}

char *text_minutes(long long m, char *buf)
{
	if (m >= 60)
		snprintf(buf, TEXT_MINUTES_LEN, m % 60 ? "%lldh%02lldm" : "%lldh", m / 60,
			 m % 60);
	else
		snprintf(buf, TEXT_MINUTES_LEN, "%lldm", m);
	return buf;
}

size_t text_slug(const char *title, char *buf)
{
	size_t o = 0;
	bool dash = false;
	const unsigned char *s = (const unsigned char *)title;
	size_t len = strlen(title);
	size_t i = 0;
	while (i < len && o < TEXT_SLUG_MAX) {
		uint32_t cp = s[i];
		size_t w = 1;
		if (cp >= 0x80 && !(w = text_utf8_decode(s + i, len - i, &cp))) {
			w = 1;
			cp = '?';
		}
		i += w;
		char c = cp < 0x80 ? (char)cp : text_ascii_fold(cp);
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && o > 0)
				buf[o++] = '-';
			if (o < TEXT_SLUG_MAX)
				buf[o++] = c;
			dash = false;
		} else {
			dash = true;
		}
	}
	/* a slug cut short ends at a word when it can */
	if (i < len && o > 24) {
		size_t cut = o;
		while (cut > 24 && buf[cut - 1] != '-')
			cut--;
		if (buf[cut - 1] == '-')
			o = cut - 1;
	}
	buf[o] = '\0';
	return o;
}

int text_digits(int n)
{
	int d = 1;
	for (; n >= 10; n /= 10)
		d++;
	return d;
}

bool text_holds(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++) {
		size_t i = 0;
		while (i < n && hay[i] &&
		       tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (i == n)
			return true;
	}
	return !n;
}
