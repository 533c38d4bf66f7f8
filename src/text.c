#include "stride/text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

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

char *text_minutes(int m, char *buf)
{
	if (m >= 60)
		snprintf(buf, TEXT_MINUTES_LEN, m % 60 ? "%dh%02dm" : "%dh", m / 60, m % 60);
	else
		snprintf(buf, TEXT_MINUTES_LEN, "%dm", m);
	return buf;
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
