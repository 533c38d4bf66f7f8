/*
 * store: the progress store, one SQLite file. The only module that
 * includes sqlite3.h; every statement is prepared with bound parameters.
 *
 * What it holds: the plans (their structure as the loader resolved it:
 * every item with its key, short ref and dates) and the progress, an
 * append-only history of events (status changes, time logged, notes,
 * ratings, and undos of those). The current state (an item's status, its
 * minutes, note and rating, the
 * counts of done items under each phase) is kept in step with the events
 * in the same transaction, so reading it is cheap.
 *
 * Errors: functions that can fail return 0 on success and -1 on failure,
 * with a message a person can act on in err (and err->code saying what
 * kind of failure it was). Strings in structs the store fills are
 * malloc'd and freed by the matching _done function, unless a comment says
 * they are borrowed.
 */
#ifndef STRIDE_STORE_H
#define STRIDE_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/plan.h"

/* The schema this program reads and writes (PRAGMA user_version). */
#define STORE_SCHEMA_VERSION 11

enum store_errcode {
	STORE_ERR_NONE,
	STORE_ERR_ABSENT,   /* no store yet (opened for reading) */
	STORE_ERR_EMPTY,    /* opened for reading: an empty file, or a
			       symbolic link to a file that does not exist,
			       where the store should be (left as it is) */
	STORE_ERR_FOREIGN,  /* a file that is not a stride store */
	STORE_ERR_NEWER,    /* a store from a newer stride */
	STORE_ERR_READONLY, /* a write to a store that cannot be written */
	STORE_ERR_CORRUPT,  /* a damaged store */
	STORE_ERR_FULL,     /* the disk is full */
	STORE_ERR_BUSY,     /* another process held the store too long */
	STORE_ERR_NOTFOUND, /* no such plan or item */
	STORE_ERR_INVALID,  /* text that is not UTF-8, or holds control
			       characters (text_valid): nothing recorded */
	STORE_ERR_IO,       /* anything else the system refused */
};

struct store_error {
	enum store_errcode code;
	char msg[512];
};

/* Fills err (when not NULL) with code and the message; returns -1: how
 * the core's modules say what went wrong. */
int store_set_err(struct store_error *err, enum store_errcode code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

enum store_kind {
	STORE_PHASE = 1,
	STORE_WEEK,
	STORE_TASK,
	STORE_CRITERION,
	STORE_DELIVERABLE,
	STORE_RESOURCE,
	STORE_SKILL,
	STORE_HABIT, /* a recurring task (`every:`): ticked day by day, not
			done once. days_kind is how it recurs (enum
			plan_every_kind), days_from its weekdays (bit 0
			Monday), days_to its times a week, estimate its
			minutes each time; start and end the span it recurs
			in (its phase's or week block's, or the plan's) */
};
#define STORE_KIND_LAST STORE_HABIT

enum store_status {
	STORE_TODO = 0,
	STORE_DOING,
	STORE_DONE,
	STORE_SKIPPED,
};

/* A plan as the store keeps it. */
struct store_plan {
	long long id;
	char *slug, *title, *summary;
	int start, end; /* the plan's span; CALENDAR_NONE when unscheduled */
	char *source;	/* the file it was imported from, NULL if unknown */
	long long source_size, source_mtime; /* mtime in nanoseconds */
	char *source_hash;
	int next_ref;
	int total, done; /* countable items (see store_countable) and done ones */
	long long used_at;
	struct plan_day schedule[7]; /* focus strings malloc'd */
	bool has_schedule;
	char *prompts; /* the reflection's prompts, one a line */
	char *rate;    /* the skills rated weekly (their keys), one a line; NULL
			  when none */
	int moved;		/* days every date was moved by (stride start) */
	int file_start, file_end; /* the span as the file has it */
	int anchor; /* the day a plan whose file gives no dates was started
		       on (its dates are laid out from it), else CALENDAR_NONE */
	bool layable; /* a plan whose file gives no dates, but whose phases
			 say how long they run (stride start lays it out) */
};

void store_plan_done(struct store_plan *p);

/*
 * An item. In callbacks (store_walk and friends) the strings are borrowed
 * from SQLite and valid only during the call; store_item_get() and
 * store_item_copy() give owned ones, freed by store_item_done().
 */
struct store_item {
	long long id, plan_id, parent_id; /* parent_id 0 at the top */
	int ref;
	const char *key, *title;
	enum store_kind kind;
	int seq, last, depth; /* pre-order place; last: of its last descendant */
	bool explicit_id;
	int start, end; /* CALENDAR_NONE when unscheduled */
	bool optional;
	int estimate; /* minutes, 0 when none */
	const char *goal, *summary, *notes, *milestone, *url, *by, *tags, *tech;
	int res_kind, days_kind, days_from, days_to, due, priority;
	int week_from, week_to, level;
	long long sched_id; /* innermost dated phase or week block, 0 if none */
	long long fp;	    /* fingerprint of what the plan file says */
	bool archived;
	enum store_status status;
	int status_day; /* when the status last changed; CALENDAR_NONE */
	long long minutes; /* time logged on it: a sum, so 64 bits */
	const char *note;
	int n_total, n_done; /* countable descendants, and done ones */
	int s_total, s_done; /* countable items whose sched_id is this one */
	const char *uses;    /* refs of the resources and skills it names,
				space-separated; NULL when none */
	int rating;	     /* the person's 1-5 (a resource's); 0: none */
	bool owned;	     /* strings are malloc'd */
};

void store_item_done(struct store_item *it);
/* An owned copy of it (which may be borrowed). */
void store_item_copy(struct store_item *dst, const struct store_item *it);

/* Whether an item of this kind counts toward completion (tasks, criteria,
 * deliverables), before optional, skipped and archived are taken out. */
bool store_checkable(enum store_kind kind);
/* Whether it counts now: checkable, not optional, skipped nor archived. */
bool store_countable(const struct store_item *it);

const char *store_status_name(enum store_status st);
/* "todo", "doing", "done", "skipped" -> status; false for anything else. */
bool store_status_parse(const char *s, enum store_status *st);
const char *store_kind_name(enum store_kind kind);
/* What goes before an item's title where kinds mix: "criterion: ",
 * "deliverable: ", "resource: "; "" for the others. */
const char *store_kind_label(enum store_kind kind);

struct store;

/* The store's path: $STRIDE_DB, else $XDG_DATA_HOME/stride/stride.db, else
 * ~/.local/share/stride/stride.db. Malloc'd; NULL (with err) when there is
 * no home to put it in. */
char *store_default_path(struct store_error *err);

/*
 * Opens the store at path. For writing, the directory (0700) and the file
 * (0600) are created when missing (through a symbolic link, where it
 * points), and the schema is created or migrated; when that fails, what
 * this call created is removed again. For reading, a missing store is
 * STORE_ERR_ABSENT; an empty file, or a link to nothing, is STORE_ERR_EMPTY
 * and stays as it is. A store that exists but cannot be written (its
 * permissions, or a full disk) is opened read-only, for reading and for
 * writing alike: store_begin() says why it cannot be written. A file that
 * is not a stride store, or is from a newer stride, is refused and left
 * untouched. On success *out is the store, closed with store_close().
 */
int store_open(const char *path, bool write, struct store **out,
	       struct store_error *err);
/* store_open for reading, strictly: SQLite opens the file read-only
 * whether or not it could be written, and nothing is created, migrated or
 * changed (a store of an older schema is refused, STORE_ERR_READONLY).
 * For what must never write: the shell's completion and prompt. */
int store_open_readonly(const char *path, struct store **out, struct store_error *err);
void store_close(struct store *s);
/* store_close, and a store that this command created (it did not exist
 * before store_open) is removed again: a command that failed leaves no
 * new store behind. */
void store_discard(struct store *s);
const char *store_path(const struct store *s);
/* Whether it was opened read-only; store_full: because the disk holding
 * it has no room (anything else: its permissions). */
bool store_readonly(const struct store *s);
bool store_full(const struct store *s);

/* Transactions. begin takes the write lock at once (waiting up to the busy
 * timeout for another process), or on a read-only store fails with
 * STORE_ERR_READONLY or STORE_ERR_FULL; commit makes it durable. */
int store_begin(struct store *s, struct store_error *err);
int store_commit(struct store *s, struct store_error *err);
/* For a transaction that writes much (an import): a page cache big enough
 * to hold it, or (off) back to the small one. */
void store_bulk(struct store *s, bool on);
/* Ends a transaction of either kind without writing anything. */
void store_rollback(struct store *s);
/* A read transaction: what is read until store_rollback() is one snapshot
 * of the store, while other processes go on writing (in WAL mode they are
 * not held up, nor hold it up). Works on a read-only store too. */
int store_begin_read(struct store *s, struct store_error *err);

/* ---- plans ---------------------------------------------------------------- */

/* Every plan, most recently used first. fn returns nonzero to stop. */
int store_plans(struct store *s,
		int (*fn)(const struct store_plan *p, void *ctx), void *ctx,
		struct store_error *err);
/* The plan with this id (slug); STORE_ERR_NOTFOUND when none. */
int store_plan_get(struct store *s, const char *slug, struct store_plan *out,
		   struct store_error *err);
int store_plan_by_id(struct store *s, long long id, struct store_plan *out,
		     struct store_error *err);
/* The plan used last; STORE_ERR_NOTFOUND when the store has none. */
int store_plan_current(struct store *s, struct store_plan *out,
		       struct store_error *err);
/* Inserts (id 0) or updates a plan's row, its schedule included; sets
 * p->id. Inside a transaction. */
int store_plan_save(struct store *s, struct store_plan *p,
		    struct store_error *err);
/* What changes whenever a plan or any of its items does: a sync writes
 * to it, a person changes an item (an event is recorded), an undo. The
 * same version read in a snapshot and again inside a write transaction
 * means that nothing of the plan changed in between. */
struct store_version {
	long long plan_id;    /* 0: no such plan */
	long long synced;     /* grows with each write of a sync to the plan */
	long long last_event; /* the plan's newest event */
};

/* The version of the plan with this id (slug); all 0 when the store has
 * no such plan. */
int store_plan_version(struct store *s, const char *slug,
		       struct store_version *v, struct store_error *err);
/*
 * Numbers the items of a plan (their seq and last) gap apart, their order
 * kept: (n + 1) * gap for n, so that items can be put between them without
 * numbering the others anew (a plan numbered before sync left gaps). It
 * writes in short transactions, from the highest numbers down, after each
 * of which the plan reads as before; a sync of the plan by another process
 * meanwhile stops it there (the numbers are then that sync's). Each
 * transaction changes the plan's version. Returns 0, or -1 with err.
 */
int store_plan_spread(struct store *s, long long plan_id, int gap,
		      struct store_error *err);
/* Records that the plan file was seen unchanged with this size and mtime. */
int store_plan_touch_source(struct store *s, long long plan_id,
			    long long size, long long mtime,
			    struct store_error *err);
/* A number that changes when another process (or connection) commits to
 * the store, as SQLite's PRAGMA data_version: a TUI compares it to know
 * when to load again. Its own commits do not change it. */
int store_data_version(struct store *s, long long *version,
		       struct store_error *err);

/* Makes this plan the current one. */
int store_plan_use(struct store *s, long long plan_id, struct store_error *err);

/* What a plan holds besides its structure: the events of its history
 * (undos included) and its reflections' versions. */
struct store_plan_history {
	long long events, reflections;
};
int store_plan_history(struct store *s, long long plan_id,
		       struct store_plan_history *out, struct store_error *err);
/* Removes the plan and all of it (items, history, reflections, ratings,
 * schedule) from the store, in the caller's transaction. */
int store_plan_drop(struct store *s, long long plan_id, struct store_error *err);
/* Forgets `source` on every plan but keep_id that has it. */
int store_plan_release_source(struct store *s, const char *source,
			      long long keep_id, struct store_error *err);

/* ---- items ---------------------------------------------------------------- */

/* Every item of a plan (archived ones too), in pre-order. */
int store_items(struct store *s, long long plan_id,
		int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		struct store_error *err);
/* The items from seq to last (a subtree), in pre-order; archived ones
 * only when with_archived. */
int store_walk(struct store *s, long long plan_id, int seq, int last,
	       bool with_archived,
	       int (*fn)(const struct store_item *it, void *ctx), void *ctx,
	       struct store_error *err);
/* ---- moving the dates --------------------------------------------------------- */

/*
 * A plan's dates live in the store: the items' start, end and due are the
 * file's, moved. Every date moves by the plan's `moved` days (stride start
 * sets it), and an item by its own days more (stride shift), which the
 * sync keeps across re-syncs of the file. Each move is an event (one step
 * for undo, with what it changed kept exactly). In the caller's
 * transaction; a move that would take a date out of the calendar's years
 * (store_error STORE_ERR_INVALID) changes nothing.
 */

/* Every date of the plan moves by days. */
int store_plan_start(struct store *s, long long plan_id, int days, int day,
		     long long *batch, struct store_error *err);
/* A plan whose file gives no dates at all starts on first: its anchor,
 * from which the session lays it out again from the file (the plan is
 * marked as not yet read; loader_load_anchored). Back to no dates: the
 * file's dates (store_plan_file_dates) or undo. */
int store_plan_anchor(struct store *s, long long plan_id, int first, int day,
		      long long *batch, struct store_error *err);
/* What is not finished (an item to do or started, a phase or week block
 * with something left in it) moves by days where its dates are on or
 * after from: a date before from stays (a block that spans from grows).
 * *moved counts the items moved. */
int store_plan_shift(struct store *s, long long plan_id, int from, int days, int day,
		     long long *moved, long long *batch, struct store_error *err);
/* Back to the dates of the file: every move undone at once. */
int store_plan_file_dates(struct store *s, long long plan_id, int day,
			  long long *batch, struct store_error *err);
/* The first and the last date of the plan's items (start, end or due;
 * archived ones aside); CALENDAR_NONE for both when none has a date. */
int store_plan_date_range(struct store *s, long long plan_id, int *first, int *last,
			  struct store_error *err);
/* ---- pauses --------------------------------------------------------------------- */

/* Adds a pause, days first to last off the plan (stride pause): rest
 * days, not counted by the plan's expectations, that do not break a
 * streak. An event (undo removes the pause). One that ends before it
 * starts, or overlaps another (STORE_ERR_INVALID), is refused. In the
 * caller's transaction. */
int store_pause_add(struct store *s, long long plan_id, int first, int last, int day,
		    long long *batch, struct store_error *err);
/* The plan's pauses, in order: fn gets each one's first and last day. */
int store_pauses(struct store *s, long long plan_id,
		 int (*fn)(int first, int last, void *ctx), void *ctx,
		 struct store_error *err);

/* The plan's own moves of its items (sync keeps them): fn gets each moved
 * item's row id and its days for start, end and due. */
int store_item_moves(struct store *s, long long plan_id,
		     int (*fn)(long long item_id, int start, int end, int due, void *ctx),
		     void *ctx, struct store_error *err);

/* The items that are late on day today: open (to do or started),
 * countable (not optional, skipped or archived), whose due day has passed
 * or whose dated phase or week block (sched_id) has ended before today.
 * late_from is the first day it was late (the day after its due day or
 * after its container's end, whichever came first); oldest first, then
 * by priority (high first, low last), then in plan order. */
int store_late(struct store *s, long long plan_id, int today,
	       int (*fn)(const struct store_item *it, int late_from, void *ctx),
	       void *ctx, struct store_error *err);
/* How many items store_late gives, into *n, without reading them. */
int store_late_count(struct store *s, long long plan_id, int today, int *n,
		     struct store_error *err);
/* One item by ref, key or row id; owned. STORE_ERR_NOTFOUND when none. */
int store_item_by_ref(struct store *s, long long plan_id, int ref,
		      struct store_item *out, struct store_error *err);
int store_item_by_key(struct store *s, long long plan_id, const char *key,
		      struct store_item *out, struct store_error *err);
int store_item_get(struct store *s, long long id, struct store_item *out,
		   struct store_error *err);
/* Live items whose title holds fragment (case-insensitive for ASCII),
 * checkable ones and containers, in pre-order; at most limit. */
int store_item_search(struct store *s, long long plan_id, const char *fragment,
		      int limit,
		      int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		      struct store_error *err);
/* The live phases and week blocks of a plan, in pre-order, with only what
 * where-you-stand needs: ids, ref, key, title, goal, milestone, kind,
 * place, dates and counts (the other fields are zero or NULL). */
int store_containers(struct store *s, long long plan_id,
		     int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		     struct store_error *err);

/* Sync's writes, inside a transaction. insert sets it->id from its plan
 * and ref. */
int store_item_insert(struct store *s, struct store_item *it,
		      struct store_error *err);
/* Inserts n new items (as store_item_insert does each), many to a
 * statement. */
int store_items_insert(struct store *s, struct store_item *const *its,
		       size_t n, struct store_error *err);
int store_item_update(struct store *s, const struct store_item *it,
		      struct store_error *err);
/* An item's row id: its plan's id and its ref, in one number, so that a
 * ref finds its row without an index of its own. */
long long store_item_id(long long plan_id, int ref);

/* For completing a word that names an item (src/store_complete.c): the
 * live items of the plan but its skills (their ref, key, title, kind and
 * status; the other fields zero), at most limit. prefix all digits (not
 * empty): those whose number starts with them, shortest number first
 * (12, 120-129, 1200-1299, ...); else those whose key starts with prefix,
 * in key order. Strings are borrowed, as in store_walk's callbacks. */
int store_item_prefix(struct store *s, long long plan_id, const char *prefix, int limit,
		      int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		      struct store_error *err);

/* ---- progress ------------------------------------------------------------- */

enum store_event_type {
	STORE_EV_STATUS = 1,
	STORE_EV_LOG,
	STORE_EV_NOTE,
	STORE_EV_UNDO,
	STORE_EV_RATING, /* schema 3 */
	STORE_EV_MOVE,	 /* schema 5: the plan's dates moved; text says how
			    ("start", "shift", "file-dates"), minutes the days
			    every date moved (start; 0 for a shift) */
	STORE_EV_PAUSE,	 /* schema 6: a pause added; minutes its days */
	STORE_EV_ADOPT,	 /* progress moved from an archived item to another
			    (stride adopt; no schema of its own): one event
			    on each item, with its status, minutes added,
			    note and rating before (old_) and after; day is
			    that of the status it took */
	STORE_EV_REKEY,	 /* schema 9: the item's key changed, its title
			    retitled in place in the plan file; text the key
			    it had (an alias from then on). No change a
			    person made: undo passes it by */
	STORE_EV_UNLOG,	 /* schema 10: a time entry (a log event) taken
			    out (stride log --delete; --edit with a log
			    after it): text the log's uid, minutes its
			    minutes, day its day. Its undo brings the log
			    back (STORE_UNLOGGED) */
	STORE_EV_DELIVER, /* schema 10: what an item delivered (stride
			     deliver): old_text its links, one a line,
			     text the lessons learned (either NULL); the
			     latest not undone is in force */
	STORE_EV_TICK,	 /* schema 11: a habit's occurrence of `day` ticked
			    (new_status STORE_DONE) or unticked (STORE_TODO) */
};

struct store_event {
	long long id, plan_id, item_id; /* item_id 0: the plan as a whole */
	long long at;			 /* when recorded, Unix seconds */
	int day;			 /* the day it counts for */
	enum store_event_type type;
	enum store_status old_status, new_status;
	int minutes;
	const char *text, *old_text; /* borrowed in callbacks */
	long long batch;	     /* the events of one command share it */
	int old_rating, new_rating;  /* a rating's; 0: none */
	bool same_status;	     /* an adopt that left the status as it was
					(new_status NULL in the store) */
};

/*
 * The changes a person makes, each recorded as an event and applied to the
 * current state in the caller's transaction. batch groups the events of
 * one command (0: a new batch, whose id is returned in *batch).
 */
int store_set_status(struct store *s, const struct store_item *it,
		     enum store_status st, int day, long long *batch,
		     struct store_error *err);
int store_log(struct store *s, long long plan_id, long long item_id,
	      int minutes, int day, const char *text, long long *batch,
	      struct store_error *err);
int store_set_note(struct store *s, const struct store_item *it,
		   const char *text, int day, long long *batch,
		   struct store_error *err);
/* Sets the item's rating: 1 to 5, or 0 for none (anything else is
 * refused, and nothing recorded). */
int store_set_rating(struct store *s, const struct store_item *it, int rating,
		     int day, long long *batch, struct store_error *err);

/* Whether the item holds any progress: a status other than to do, time
 * logged, a note or a rating. */
bool store_item_has_progress(const struct store_item *it);

/*
 * Moves the progress of the item from (archived) onto the item to (stride
 * adopt): to takes from's status with the day it had (unless from's is to
 * do), from's minutes are added to its own, from's note becomes its note
 * (from's then to's, a paragraph each, when both have one), and from's
 * rating its rating (when from has one); from is left to do, with no time,
 * note or rating. Recorded as two events (STORE_EV_ADOPT), one on each
 * item, in one batch: undo puts both back exactly. It checks nothing of
 * the two items (act_adopt does). In the caller's transaction.
 */
/*
 * The item of row item_id, of plan plan_id, was known as old_key until a
 * re-sync of its file gave it another key (retitled in place): old_key
 * becomes its alias (store_item_by_key finds it by either), and an event
 * (STORE_EV_REKEY) says so, for other machines. In the caller's
 * transaction.
 */
int store_item_rekeyed(struct store *s, long long plan_id, long long item_id,
		       const char *old_key, struct store_error *err);
/*
 * Another machine's rekey event, taken in: the item known here as old_key
 * (by its key or an alias) takes new_key when no item has it, and old_key
 * becomes the alias of the item known as new_key. *item_id: the item, 0
 * when the plan has neither (the caller makes it). In the caller's
 * transaction.
 */
int store_xrekey(struct store *s, long long plan_id, const char *old_key, const char *new_key,
		 long long *item_id, struct store_error *err);

int store_adopt(struct store *s, const struct store_item *from,
		const struct store_item *to, int day, long long *batch,
		struct store_error *err);

/*
 * Undoes the last batch of changes (in any plan) that is not undone yet:
 * each event is reverted exactly and an undo event recorded. fn is called
 * for each reverted event (before the revert is applied); none undone is
 * STORE_ERR_NOTFOUND. Inside the caller's transaction.
 */
int store_undo(struct store *s, int day,
	       int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	       struct store_error *err);

/*
 * Redoes the last undo (see store_redo.c's design comment): each event it
 * took back recorded again, as a copy that names the undo, and applied.
 * fn is called for each event redone (the original, before it is redone).
 * STORE_ERR_NOTFOUND when there is no undo to redo, or a change came after
 * the last one (the message says which); STORE_ERR_INVALID when the undo
 * of a move or pause was made on another machine. Inside the caller's
 * transaction.
 */
int store_redo(struct store *s, int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	       struct store_error *err);

/* The ids of the events that the transaction last begun with store_begin
 * recorded (store_add_event), first to last; 0 and 0 when none. Still
 * there after its commit, until the next store_begin. */
void store_tx_events(const struct store *s, long long *first, long long *last);

/* A change as a hook sees it (store_changes): strings borrowed for the
 * callback. */
struct store_change {
	const char *uid, *device;
	long long at;			/* Unix seconds */
	int day;
	enum store_event_type type;
	const char *plan, *plan_title;	/* the plan's id and title */
	const char *key, *title;	/* the item's; NULL: the plan as a whole */
	int ref;			/* the item's number (0: none) */
	bool has_old_status, has_new_status;
	enum store_status old_status, new_status;
	int minutes;
	const char *text;		/* a note's, a log's, a move's how */
	int old_rating, new_rating;
	const char *undoes;		/* the uid of the event it undoes */
	enum store_event_type undone_type; /* that event's type (0: none) */
	const char *undone_text;	   /* that event's text (a move's how) */
	bool undone_has_status;
	enum store_status undone_old_status, undone_new_status;
};

/* Calls fn with each event of ids first..last (store_tx_events), oldest
 * first; fn's nonzero return stops. */
int store_changes(struct store *s, long long first, long long last,
		  int (*fn)(const struct store_change *c, void *ctx), void *ctx,
		  struct store_error *err);

/* Days with activity (changes not undone) from `from` to `to`, oldest
 * first, with the minutes logged that day. */
int store_activity(struct store *s, long long plan_id, int from, int to,
		   int (*fn)(int day, long long minutes, void *ctx), void *ctx,
		   struct store_error *err);

/* The countable items from seq to last (a subtree; 0 to INT_MAX: the
 * whole plan) that are done, counted by the day they were done, oldest
 * first. */
int store_done_days(struct store *s, long long plan_id, int seq, int last,
		    int (*fn)(int day, int count, void *ctx), void *ctx,
		    struct store_error *err);
/* The estimates and the minutes logged of the live items from seq to
 * last, summed (in 64 bits: a thousand estimates of 99999h pass 2^31
 * minutes). */
int store_time_sums(struct store *s, long long plan_id, int seq, int last,
		    long long *estimate, long long *minutes, struct store_error *err);

/* Every event of a plan not undone, oldest first (undo events left out). */
int store_events(struct store *s, long long plan_id,
		 int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
		 struct store_error *err);

/* The events of a plan counting for days from..to, not undone, oldest
 * first (undo events left out). */
int store_events_between(struct store *s, long long plan_id, int from, int to,
			 int (*fn)(const struct store_event *ev, void *ctx),
			 void *ctx, struct store_error *err);

/* ---- the running clock (src/store_clock.c) -------------------------------------- */

/* The clock that runs (stride clock in): one at most, this machine's own
 * (it does not travel; the time it logs when stopped does). */
struct store_clock {
	long long plan_id, item_id; /* item_id 0: the plan as a whole */
	int day;		    /* the local day it started */
	int second;		    /* and the second of that day (0-86399) */
	char *note;		    /* malloc'd; NULL when none */
};

void store_clock_done(struct store_clock *c);
/* The running clock into *out; *running false (and *out zeroed) when
 * none runs. */
int store_clock_get(struct store *s, struct store_clock *out, bool *running,
		    struct store_error *err);
/* Starts c (replacing a clock that runs), or with c NULL stops the clock
 * (nothing logged: the caller logs). In the caller's transaction. */
int store_clock_set(struct store *s, const struct store_clock *c, struct store_error *err);

/* ---- time entries (stride log --list, --edit, --delete: src/store_entries.c) ------ */

/* A time entry: a log event not undone nor taken out (STORE_EV_UNLOG).
 * Strings borrowed in callbacks; owned after store_entry_find (freed by
 * store_entry_done). */
struct store_entry {
	long long id, plan_id, item_id; /* item_id 0: on the plan as a whole */
	const char *uid, *plan;		/* the event's uid, the plan's id */
	const char *key, *title;	/* the item's; NULL on the plan */
	int ref, day, minutes;
	const char *text;		/* the log's note; NULL: none */
	bool owned;
};

void store_entry_done(struct store_entry *e);
/* The entries of plan_id of days from..to (of item item_id only, when not
 * 0), by day then as they were made. fn's nonzero return stops. */
int store_entries(struct store *s, long long plan_id, int from, int to, long long item_id,
		  int (*fn)(const struct store_entry *e, void *ctx), void *ctx,
		  struct store_error *err);
/* The entries (of any plan) whose uid begins with prefix (hex digits):
 * *count of them, and the first in *out (owned) when there is one. */
int store_entry_find(struct store *s, const char *prefix, struct store_entry *out,
		     int *count, struct store_error *err);
/* Takes entry e out: an event STORE_EV_UNLOG in batch (0: a new one), and
 * its item's time as its entries say. In the caller's transaction. */
int store_unlog(struct store *s, const struct store_entry *e, long long *batch,
		struct store_error *err);
/* The uid of the event of row id into out (n bytes; "" when none). */
int store_event_uid(struct store *s, long long id, char *out, size_t n,
		    struct store_error *err);

/* ---- what a deliverable delivered (stride deliver: src/store_entries.c) ---------- */

/* Records the item's links (one a line; NULL: none) and lessons (NULL:
 * none), as they are now, in batch. In the caller's transaction. */
int store_deliver(struct store *s, const struct store_item *it, const char *links,
		  const char *lessons, int day, long long *batch, struct store_error *err);
/* The item's links and lessons in force (*links, *lessons malloc'd; NULL
 * when none). */
int store_delivered(struct store *s, long long item_id, char **links, char **lessons,
		    struct store_error *err);
/* ---- habits (src/store_habits.c) ------------------------------------------- */

/* The live habits of a plan (items of kind STORE_HABIT), in plan order. */
int store_habits(struct store *s, long long plan_id,
		 int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		 struct store_error *err);
/*
 * Ticks (on) or unticks the habit's occurrence of day, an event (undo
 * takes it back; it travels with export and sync). *changed is false when
 * it was so already (nothing recorded). A day after today, or an item that
 * is not a habit, is STORE_ERR_INVALID. In the caller's transaction.
 */
int store_tick(struct store *s, const struct store_item *habit, int day, bool on, int today,
	       bool *changed, long long *batch, struct store_error *err);
/* The days the habit was ticked from from to to, ascending. */
int store_ticks(struct store *s, long long item_id, int from, int to,
		int (*fn)(int day, void *ctx), void *ctx, struct store_error *err);

/* ---- reflections and ratings --------------------------------------------- */

/* One answer of a reflection: the prompt as it was when saved. */
struct store_answer {
	char *prompt, *answer; /* answer NULL when left empty */
};

/* The reflection of a plan's week: its latest saved version (owned). */
struct store_reflection {
	long long id;
	int week;	    /* its Monday */
	long long saved_at; /* ms since the epoch */
	int versions;	    /* how many times it was saved */
	struct store_answer *v;
	size_t n;
};

void store_reflection_done(struct store_reflection *r);

/* The latest version of the week's reflection; STORE_ERR_NOTFOUND when it
 * was never written. */
int store_reflection_get(struct store *s, long long plan_id, int week,
			 struct store_reflection *out, struct store_error *err);
/* Saves a new version (the old ones stay), in the caller's transaction. */
int store_reflection_save(struct store *s, long long plan_id, int week,
			  const struct store_answer *v, size_t n,
			  struct store_error *err);
/* The same, saved at saved_at (ms since the epoch): a version restored. */
int store_reflection_save_at(struct store *s, long long plan_id, int week, long long saved_at,
			     const struct store_answer *v, size_t n, struct store_error *err);
/* The weeks from..to (Mondays) that have a reflection, oldest first. */
int store_reflection_weeks(struct store *s, long long plan_id, int from, int to,
			   int (*fn)(int week, void *ctx), void *ctx,
			   struct store_error *err);

/* A skill's confidence rating for a week. In callbacks, skill is
 * borrowed. */
struct store_rating {
	int week;
	const char *skill; /* the skill's key */
	int rating;	   /* 1-5 */
	long long saved_at;
};

/* Every rating saved for weeks from..to, by week then in the order saved
 * (so the last of a week and skill is the one in force). */
int store_ratings(struct store *s, long long plan_id, int from, int to,
		  int (*fn)(const struct store_rating *r, void *ctx), void *ctx,
		  struct store_error *err);
/* The plan's skills (items whose key is the skill's id and title its
 * name), in plan order. */
int store_skills(struct store *s, long long plan_id,
		 int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		 struct store_error *err);

/* Saves a rating, in the caller's transaction. */
int store_rating_add(struct store *s, long long plan_id, int week,
		     const char *skill, int rating, struct store_error *err);

/* ---- the library ------------------------------------------------------------ */

/* The plan's resources: the plan-wide library first, then the inline
 * ones (parent_id is the item that declares them), each in plan order;
 * the archived ones after the live ones, only when with_archived. */
int store_resources(struct store *s, long long plan_id, bool with_archived,
		    int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		    struct store_error *err);
/* The live items that name resources or skills (uses not NULL), in
 * pre-order: where each resource is used. */
int store_users(struct store *s, long long plan_id,
		int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		struct store_error *err);

/* ---- moving progress (stride export, restore: src/store_transfer.c) ------------- */

/*
 * What a store holds, as it travels between stores: events by their
 * globally unique id (uid), their clock (hlc: later is later on every
 * machine, the device breaking a tie) and the device that made them, and
 * naming their plan by its id and their item by its key; the undone event
 * and the batch (one step for undo) by uid too (a batch by its first
 * event's). Read in the order of the clocks; written back (restore) by the
 * caller, in its transaction, where the uid is not there yet.
 */
struct store_xevent {
	long long id; /* this store's row (reading only) */
	const char *uid, *device, *plan, *item; /* item NULL: the plan itself */
	long long hlc, at;
	int day;
	enum store_event_type type;
	bool has_old_status, has_new_status, has_minutes, has_old_rating, has_new_rating;
	enum store_status old_status, new_status;
	int minutes;
	const char *text, *old_text;
	const char *undoes, *batch; /* uids; undoes NULL for none */
	int old_rating, new_rating;
};

/* An item's own days moved (item_moves), or what a move event changed
 * (move_undo: key NULL for the plan's row, with its anchor). */
struct store_xmove {
	const char *key;
	int start, end, due; /* days; CALENDAR_NONE where NULL (move_undo) */
	int anchor;
};

struct store_xpause {
	int first, last;
	const char *event; /* the uid of the event that made it */
};

struct store_xreflection {
	int week;
	long long saved_at;
	struct store_answer *v;
	size_t n;
};

/* This store's device id (16 hex digits) into out. */
int store_device(struct store *s, char *out, size_t n, struct store_error *err);
/* A value of the store's own settings (the meta table: 'sync_dir', ...):
 * *value malloc'd, NULL when the key has none. */
int store_meta_get(struct store *s, const char *key, char **value, struct store_error *err);
/* Sets key to value (NULL: takes it away), in the caller's transaction or
 * on its own. */
int store_meta_set(struct store *s, const char *key, const char *value,
		   struct store_error *err);
/* How many events have a clock past hlc, and the latest clock (hlc when
 * none): what a sync has not carried yet. */
int store_xevents_after(struct store *s, long long hlc, long long *count, long long *max,
			struct store_error *err);
/* Every event (of plan_id; 0: of every plan) whose row is past after (0:
 * all), by the clock. fn's nonzero return stops (the call returns 1). */
int store_xevents(struct store *s, long long plan_id, long long after,
		  int (*fn)(const struct store_xevent *ev, void *ctx), void *ctx,
		  struct store_error *err);
/* How many event rows there are up to row upto (*count), and the last
 * row (*last): what stride sync wrote its own file from, to tell a store
 * that only grew from one that lost events. */
int store_xevent_rows(struct store *s, long long upto, long long *count, long long *last,
		      struct store_error *err);
/* What move event event_id (a row of this store) changed: the plan's row
 * first (key NULL), then by key. */
int store_xmove_undo(struct store *s, long long event_id,
		     int (*fn)(const struct store_xmove *m, void *ctx), void *ctx,
		     struct store_error *err);
/* The plan's items' own days moved, by key. */
int store_xitem_moves(struct store *s, long long plan_id,
		      int (*fn)(const struct store_xmove *m, void *ctx), void *ctx,
		      struct store_error *err);
/* The plan's pauses, with the uid of the event of each. */
int store_xpauses(struct store *s, long long plan_id,
		  int (*fn)(int first, int last, const char *event, void *ctx), void *ctx,
		  struct store_error *err);
/* The archived items of the plan that events name, by key. */
int store_xarchived(struct store *s, long long plan_id,
		    int (*fn)(const char *key, const char *title, enum store_kind kind,
			      void *ctx),
		    void *ctx, struct store_error *err);
/* Every version of every reflection of the plan, by week and time. */
int store_xreflections(struct store *s, long long plan_id,
		       int (*fn)(const struct store_xreflection *r, void *ctx), void *ctx,
		       struct store_error *err);
/* Every skill rating of the plan, by week, skill and time. */
int store_xratings(struct store *s, long long plan_id,
		   int (*fn)(int week, const char *skill, int rating, long long saved_at,
			     void *ctx),
		   void *ctx, struct store_error *err);

/* The batch (one step for undo) of a command's events: taken once (a
 * *batch of 0 gets a new one). */
int store_next_batch(struct store *s, long long *batch, struct store_error *err);
/* The type of the event with this uid (enum store_event_type); 0 when
 * the store has none. */
int store_xevent_type(struct store *s, const char *uid, int *type, struct store_error *err);
/* The batch of the event of row id. */
int store_event_batch(struct store *s, long long id, long long *batch, struct store_error *err);
/* The row of the event with this uid; 0 when the store has none. */
int store_xevent_id(struct store *s, const char *uid, long long *id, struct store_error *err);
/* Adds an archived item (one whose progress came from another store, and
 * that the plan file no longer has); *id its row. */
int store_xitem_add(struct store *s, long long plan_id, const char *key, const char *title,
		    enum store_kind kind, long long *id, struct store_error *err);
/* Adds ev as it came (its uid, clock and device), on the item of row
 * item_id (0: the plan), undoing row undoes (0: none), in batch; *id its
 * row. The items' state is not touched: store_replay_item. */
int store_xevent_add(struct store *s, long long plan_id, long long item_id,
		     const struct store_xevent *ev, long long undoes, long long batch,
		     long long *id, struct store_error *err);
/* A row of what move event event_id of plan plan_id changed (m->key NULL:
 * the plan's row); 1, with nothing added, when the plan has no item of
 * that key. */
int store_xmove_undo_add(struct store *s, long long event_id, long long plan_id,
			 const struct store_xmove *m, struct store_error *err);
/* A plan's dates as a store has them, over the file's: the days every
 * date moved, the anchor of a plan laid out from a day, the plan's span's
 * own days past them, the items' own days (by key), the pauses. */
struct store_xdates {
	int moved, anchor, start_days, end_days;
	const struct store_xmove *own;
	size_t nown;
	const struct store_xpause *pauses; /* their events in the store already */
	size_t npauses;
	bool items_moved; /* the items have these dates already (a plan just
			     made with them: sync_plan_dated) */
};

/* Puts the plan's dates as d says (the items' dates moved to match); a
 * plan whose anchor changes is marked to be laid out again from its file
 * (session_relay). */
int store_xdates(struct store *s, long long plan_id, const struct store_xdates *d,
		 struct store_error *err);
/* The clock (0 when none) and the device (n bytes) of the plan's latest
 * move or pause event, or undo of one. */
int store_xlast_move(struct store *s, long long plan_id, long long *hlc, char *device,
		     size_t n, struct store_error *err);
/* Adds a version of a reflection unless the same one (week, time and
 * answers) is there; *added says which. */
int store_xreflection_add(struct store *s, long long plan_id, int week, long long saved_at,
			  const struct store_answer *v, size_t n, bool *added,
			  struct store_error *err);
/* Adds a skill rating unless the same one is there; *added says which. */
int store_xrating_add(struct store *s, long long plan_id, int week, const char *skill,
		      int rating, long long saved_at, bool *added, struct store_error *err);
/* The text of a plan whose file is not on this machine (restored from an
 * export), kept in the store; NULL for none. */
int store_set_source_text(struct store *s, long long plan_id, const char *text,
			  struct store_error *err);
int store_source_text(struct store *s, long long plan_id, char **text,
		      struct store_error *err);
/* A string that changes whenever what an export of the store holds does
 * (its events, reflections, ratings, plans' texts and dates), in a few
 * reads (*out malloc'd): what stride sync compares to write less. */
int store_xprint(struct store *s, char **out, struct store_error *err);
/* The same for one plan (by id), of what its entry in an export holds
 * but its events: its row (file, text's hash, dates, moves), the count
 * and last of its events that move dates, adopt, rekey or touch an
 * archived item, and its pauses. Cheap at any size: no item is read. */
int store_xplan_print(struct store *s, const char *slug, char **out, struct store_error *err);
/* Puts the item's state as its events say, across stores: its status and
 * day the latest status change's (or an adopt's) not undone, by the
 * clock; the same for its note and rating; its minutes the sum of what
 * was logged (and adopted), not undone. */
int store_replay_item(struct store *s, long long item_id, struct store_error *err);

#endif
