/*
 * backup: a store's progress as one JSON document that another store can
 * take in (stride export, stride restore), for a backup and for moving
 * progress between machines.
 *
 * The document (format BACKUP_FORMAT; docs/stride.1 has its fields): the
 * plans, each with its file's text, its moves and pauses, and the archived
 * items that progress names; every event, by its globally unique id and
 * its clock, naming its plan by id and its item by key; every version of
 * every reflection; the skill ratings. The same store gives the same
 * bytes. Restoring merges by event id: what the store has already is left
 * alone, so that restoring twice changes nothing the second time; the
 * items' state is then what all of their events say (store_replay_item).
 */
#ifndef STRIDE_BACKUP_H
#define STRIDE_BACKUP_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/store.h"

#define BACKUP_FORMAT 1

/* What an export or a restore did (or, restoring with dry_run, would do). */
struct backup_report {
	size_t plans, plans_added; /* in the document; new to the store */
	size_t events, events_added;
	size_t reflections, reflections_added;
	size_t ratings, ratings_added;
	size_t items_added;	/* archived items made for progress to land on */
	size_t no_text;		/* export: plans whose text could not be read */
	char *no_text_plan;	/* the first of them (owned) */
	long long last_event;	/* export: the store's last event row then */
};

void backup_report_done(struct backup_report *r);

/* The document for plan slug (NULL: every plan) into *out (malloc'd, NUL
 * terminated). Returns 0, or -1 with err (STORE_ERR_NOTFOUND: no such
 * plan). */
int backup_export(struct store *s, const char *slug, char **out, struct backup_report *rep,
		  struct store_error *err);
/* The same, the plans' texts left out (null) unless texts: for what needs
 * the rest of the document only (stride sync, writing its files). */
int backup_export_texts(struct store *s, const char *slug, bool texts, char **out,
			struct backup_report *rep, struct store_error *err);
/* What stride sync's line files are written from: every plan's entry with
 * its id, title and source only, the events past row after (0: all),
 * every reflection and rating; rep->last_event the store's last event row
 * as the document was read. */
int backup_export_lines(struct store *s, long long after, char **out,
			struct backup_report *rep, struct store_error *err);

/* Takes the document in text (len bytes; name is what errors call it) into
 * the store; with dry_run writes nothing and says what it would add.
 * Everything is checked before anything is written: a document of a newer
 * format, one that is not JSON or not an export, an event that names a
 * plan neither the document nor the store has, a plan the store lacks
 * without its text, or whose text is no valid plan: -1 with err
 * (STORE_ERR_INVALID), the store as it was. */
int backup_restore(struct store *s, const char *name, const char *text, size_t len,
		   bool dry_run, struct backup_report *rep, struct store_error *err);

/* Whether o (a cJSON object) is an event as a document has it: its id,
 * clock, device, plan, type, day, batch and the rest in form, a move's
 * undo rows too (whether its plan is known is not asked); a reflection; a
 * rating. What each lacks when not: EVENT_FAULT and the others, to follow
 * a name ("event 3 ..."). */
struct cJSON;
bool backup_event_ok(const struct cJSON *o);
bool backup_reflection_ok(const struct cJSON *o);
bool backup_rating_ok(const struct cJSON *o);
#define EVENT_FAULT                                                                        \
	"is not one an export has (an id of 32 hex digits, clock, device, plan, item, "    \
	"type, at, day, batch, a move's undo rows; text safe to show)"
#define REFLECTION_FAULT "is not one (plan, week, saved_at, answers of prompt and answer)"
#define RATING_FAULT "is not one (plan, week, skill, rating 1 to 5, saved_at)"
/* What is wrong with plan entry o (a static string: "is not one an export
 * has (...)"), or NULL when it is one. */
const char *backup_plan_fault(const struct cJSON *o);

#endif
