/*
 * text: small, pure helpers for UTF-8 text and for suggesting the word a
 * person meant.
 */
#ifndef STRIDE_TEXT_H
#define STRIDE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one UTF-8 sequence at s (n bytes available). Returns its length
 * and stores the code point in *cp, or returns 0 when the bytes are not
 * valid UTF-8 (overlong forms, surrogates and values past U+10FFFF are
 * not). */
size_t text_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* The plain ASCII letter for a Latin letter with a diacritic (U+00C0 to
 * U+017F: 'é' is 'e'), or 0 for anything else. */
char text_ascii_fold(uint32_t cp);

/* The edit distance (Levenshtein, with a swap of two neighbours as one
 * edit) between two words of at most 32 bytes; SIZE_MAX for longer ones. */
size_t text_edit_distance(const char *a, const char *b);

/* Of the n candidates (NULL entries skipped), the one nearest to word when
 * it is near enough to be a likely typo: at most two edits and not every
 * letter changed, or one word a prefix of the other (3 letters or more).
 * NULL when none is. When a second candidate is just as near, *tie (if
 * tie is not NULL) is set to it, else to NULL. */
const char *text_nearest(const char *word, const char *const *cands, size_t n,
			 const char **tie);

/* Whether hay holds needle, ASCII letters in either case (an empty needle
 * is held by everything). */
bool text_holds(const char *hay, const char *needle);

/* " (did you mean 'x'?)", " (did you mean 'x' or 'y'?)", or "" when no
 * candidate is near: a suffix for a message, in a static buffer. */
const char *text_did_you_mean(const char *word, const char *const *cands,
			      size_t n);

/* Minutes as a person reads them, "45m", "2h", "1h05m", into buf
 * (TEXT_MINUTES_LEN bytes); returns buf. */
#define TEXT_MINUTES_LEN 24
char *text_minutes(int minutes, char *buf);

#endif
