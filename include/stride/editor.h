/*
 * editor: the round trip through a person's editor (a temporary file, the
 * editor run on it, its text read back), and reading a file a person
 * wrote (--from). Nothing here prints.
 */
#ifndef STRIDE_EDITOR_H
#define STRIDE_EDITOR_H

#include <stdbool.h>
#include <stddef.h>

/* A new file of the user's alone, $TMPDIR/stride-NAME-XXXXXX.md (or in
 * /tmp), holding text: its path (malloc'd), or NULL with why saying what
 * went wrong. The caller unlinks it. */
char *editor_temp(const char *name, const char *text, char *why, size_t whylen);

/* Runs the config file's editor, else $VISUAL, $EDITOR or vi (no shell:
 * the command is split at spaces)
 * on path and waits for it. Returns its exit status, or -1 when it could
 * not be started, with why saying so. */
int editor_run(const char *path, char *why, size_t whylen);

/* The file at path ("-": standard input) as one string (malloc'd), its
 * CRLF line ends made LF; or NULL with why: when it cannot be read, or
 * when it is not text stride keeps (text_valid; *refused is then true and
 * why says "PATH:LINE:COL: a byte that is not UTF-8 (0xFF)"). */
char *editor_read(const char *path, bool *refused, char *why, size_t whylen);

#endif
