/*
 * diag: the errors and warnings found in one input (a plan file, say), each
 * with its 1-based line and column (counted in characters), in the order of
 * their place in the file.
 *
 * A diag_list owns its messages; diag_list_done() frees them.
 */
#ifndef STRIDE_DIAG_H
#define STRIDE_DIAG_H

#include <stdbool.h>
#include <stddef.h>

enum diag_level { DIAG_ERROR, DIAG_WARNING };

/* How many errors (and, apart, warnings) a sorted list keeps: the first
 * DIAG_CAP of each by place in the file. Until it is sorted, a list gathers
 * up to DIAG_GATHER of each; the rest are only counted. */
#define DIAG_CAP 50
#define DIAG_GATHER 10000

struct diag {
	enum diag_level level;
	unsigned line, col; /* 0 when the message is about the whole file */
	char *msg;
	size_t seq; /* order of discovery, to keep sorting stable */
};

struct diag_list {
	struct diag *v;
	size_t n, cap;
	size_t errors, warnings; /* all found, kept or not */
	size_t seq;
};

void diag_list_init(struct diag_list *d);
void diag_list_done(struct diag_list *d);

/* Adds a message formatted like printf. Beyond DIAG_GATHER of a level the
 * message is counted, not kept. */
void diag_add(struct diag_list *d, enum diag_level level, unsigned line,
	      unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Sorts the messages by line and column, stably, and keeps the first
 * DIAG_CAP errors and DIAG_CAP warnings. */
void diag_sort(struct diag_list *d);

/* Errors found but not kept, and warnings likewise. */
size_t diag_dropped(const struct diag_list *d, enum diag_level level);

#endif
