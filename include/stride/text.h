/*
 * text: UTF-8 text, and the two rules that keep it safe at stride's
 * boundaries.
 *
 * Coming in: every string that enters the store (plan text through the
 * loader, notes, answers, log notes, -m arguments, --from files, what an
 * editor saved) is valid UTF-8 with no control character but tab and
 * newline; text_valid() decides it, and the place that takes the text
 * refuses what fails, saying where.
 *
 * Going out: every byte the command line prints, output and errors alike,
 * goes through text_write() (or text_printf(), text_fputs()), which shows
 * control characters and bytes that are not UTF-8 as visible escapes and
 * neutralises the bidi controls that reorder a line; text_json_safe()
 * makes a JSON document valid UTF-8 with the same characters escaped. The
 * TUI draws through its own sanitiser (src/ui/draw.c), with the same
 * notion of what is unsafe (text_unsafe_cp).
 *
 * Besides: small helpers for suggesting the word a person meant.
 */
#ifndef STRIDE_TEXT_H
#define STRIDE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>

/* Decodes one UTF-8 sequence at s (n bytes available). Returns its length
 * and stores the code point in *cp, or returns 0 when the bytes are not
 * valid UTF-8 (overlong forms, surrogates and values past U+10FFFF are
 * not). */
size_t text_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* ---- the rules ---------------------------------------------------------- */

/* Whether code point cp must not act on a terminal: a C0 control (tab and
 * newline included: callers that keep lines let those two through), DEL,
 * a C1 control, or one of the bidi controls that reorder what a line shows
 * (embeddings and overrides U+202A..U+202E, isolates U+2066..U+2069). */
bool text_unsafe_cp(uint32_t cp);

/* Where text breaks the rule for text coming in. */
struct text_fault {
	size_t offset;	    /* of the first bad byte */
	unsigned line, col; /* 1-based; a column is a character */
	bool not_utf8;	    /* else cp is a control character */
	unsigned char byte; /* not_utf8: the first byte that is not */
	uint32_t cp;
};

/* Whether the len bytes at s are text stride keeps: valid UTF-8 holding no
 * control character but tab and newline (no NUL, no other C0 control, no
 * DEL, no C1 control). Bidi controls are text (right-to-left scripts need
 * them); they are neutralised where text goes out. When not, f (unless
 * NULL) says where the first fault is. */
bool text_valid(const char *s, size_t len, struct text_fault *f);

/* What the fault is, for a message: "a byte that is not UTF-8 (0xFF)" or
 * "a control character (U+001B, ESC)", in buf (n bytes); returns buf. */
const char *text_fault_what(const struct text_fault *f, char *buf, size_t n);

/* Makes CRLF line ends LF, in place (a CR alone stays, for text_valid to
 * refuse). Returns the new length; s[len] is then '\0' if it was. */
size_t text_lf(char *s, size_t len);

/* How text_write shows what is unsafe. */
enum text_out {
	TEXT_OUT_UTF8,	/* escapes for the unsafe; other UTF-8 as it is */
	TEXT_OUT_ASCII, /* the same, and every other non-ASCII character as
			   its plain letter ('e' for 'é') or '?' */
	TEXT_OUT_JSON,	/* for JSON text: \uXXXX escapes (the same string to
			   a JSON reader), U+FFFD for bytes not UTF-8 */
};

/* Writes the len bytes at s to f with nothing a terminal could act on:
 * tab and newline as they are; other C0 controls, DEL and bytes that are
 * not UTF-8 as "\xNN"; C1 controls and bidi controls as "\uNNNN" (mode
 * TEXT_OUT_JSON: see above). Errors are f's (ferror). */
void text_write(FILE *f, const char *s, size_t len, enum text_out mode);

/* Decides, once, how text_printf and text_fputs show text on stdout and
 * on stderr: TEXT_OUT_ASCII for a terminal whose locale (LC_ALL, LC_CTYPE,
 * LANG) is not UTF-8, TEXT_OUT_UTF8 otherwise (pipes and files always get
 * UTF-8). Without a call, both are TEXT_OUT_UTF8. */
void text_out_setup(void);

/* fprintf and fputs through text_write, in the mode of f (see
 * text_out_setup; a stream that is neither stdout nor stderr gets UTF-8).
 * The command line prints nothing any other way. */
int text_printf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int text_vprintf(FILE *f, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
int text_fputs(const char *s, FILE *f);

/* A JSON text (cJSON's output, malloc'd) made safe: valid UTF-8, with
 * DEL, C1 and bidi controls written as \u escapes (the same strings to a
 * JSON reader). Takes json: returns it when nothing needed changing, else
 * frees it and returns a new malloc'd text. */
char *text_json_safe(char *json);

/* ---- helpers --------------------------------------------------------------- */

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

/* The slug of a title, the identity rule of docs/plan-format.md that the
 * loader's keys and md2yaml's ids follow: lowercase ASCII letters and
 * digits (accented Latin letters folded), runs of anything else one '-',
 * at most TEXT_SLUG_MAX characters, cut at a word when it is cut. Into buf
 * (TEXT_SLUG_MAX + 1 bytes); returns its length, 0 when the title has no
 * letter or digit at all. */
#define TEXT_SLUG_MAX 48
size_t text_slug(const char *title, char *buf);

/* The digits of a positive number: the width of a column of refs. */
int text_digits(int n);

/* Minutes as a person reads them, "45m", "2h", "1h05m", into buf
 * (TEXT_MINUTES_LEN bytes); returns buf. */
#define TEXT_MINUTES_LEN 24
char *text_minutes(long long minutes, char *buf);

#endif
