/*
 * The store is one SQLite file in WAL mode, with foreign keys on, a busy
 * timeout of several seconds and synchronous=FULL, so that a recorded tick
 * survives a crash. One exception: the command that creates a store (its
 * first import, usually) runs with a rollback journal, which writes each
 * new page once where WAL writes it twice (to the log, then to the file
 * at the checkpoint): a fifth of a 100,000-task import. store_close puts
 * the new store in WAL mode for good (and the next open does, should the
 * command be killed first). Its identity is in the header: application_id
 * 'STRD' and user_version the schema version, read before anything is
 * written so that a foreign or newer file is refused untouched.
 *
 * Temporary storage is in memory (temp_store): an INSERT of many rows
 * keeps a statement journal (to undo itself alone should a constraint
 * fail), which in a file costs a write() for every page it touches, a
 * hundred thousand in a big import.
 *
 * Every statement is prepared once per connection (on first use) and kept
 * in s->stmts, indexed by enum sql; SQL text lives in one table below.
 *
 * Derived state is kept in step with the events in the same transaction:
 * items.status/minutes/note, and the counts n_total/n_done (countable
 * descendants of a container), s_total/s_done (countable items whose
 * innermost dated container is this one) and plans.total/done.
 */
#include "stride/store.h"
#include "store_internal.h"

#include "stride/calendar.h"
#include "stride/text.h"
#include "stride/util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define STORE_APP_ID 0x53545244 /* "STRD" */
#define STORE_BUSY_MS 10000

/* ---- the schema ------------------------------------------------------------ */

/* Each migration takes the store from version i to i + 1, in a
 * transaction of its own. */
/* An item that can be late: open (to do or started), countable (a task,
 * criterion or deliverable, not optional nor archived). */
#define OPEN_ITEM "status <= 1 AND archived = 0 AND optional = 0 AND kind BETWEEN 3 AND 5"
/* The ids of plan ?1's items late on day ?2 (store_late's rule), for
 * store_late and store_late_count. */
#define LATE_IDS                                                                          \
	"SELECT i.id FROM items c JOIN items i INDEXED BY items_open_sched "              \
	"ON i.sched_id = c.id WHERE c.plan_id = ?1 AND c.kind <= 2 AND "                  \
	"c.archived = 0 AND c.end < ?2 AND i.status <= 1 AND i.archived = 0 "             \
	"AND i.optional = 0 AND i.kind BETWEEN 3 AND 5 "                                  \
	"UNION SELECT id FROM items INDEXED BY items_open_due WHERE plan_id = ?1 "        \
	"AND due < ?2 AND due IS NOT NULL AND " OPEN_ITEM

static const char *const migrations[] = {
	/* 0 -> 1 */
	"CREATE TABLE plans ("
	"  id INTEGER PRIMARY KEY,"
	"  slug TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL,"
	"  summary TEXT,"
	"  start INTEGER, end INTEGER,"
	"  source TEXT, source_size INTEGER, source_mtime INTEGER,"
	"  source_hash TEXT,"
	"  next_ref INTEGER NOT NULL DEFAULT 1,"
	"  total INTEGER NOT NULL DEFAULT 0,"
	"  done INTEGER NOT NULL DEFAULT 0,"
	"  has_schedule INTEGER NOT NULL DEFAULT 0,"
	"  prompts TEXT,"
	"  imported_at INTEGER NOT NULL,"
	"  used_at INTEGER NOT NULL"
	");"
	"CREATE TABLE schedule ("
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  weekday INTEGER NOT NULL,"
	"  minutes INTEGER NOT NULL,"
	"  focus TEXT,"
	"  PRIMARY KEY (plan_id, weekday)"
	") WITHOUT ROWID;"
	"CREATE TABLE items ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  parent_id INTEGER,"
	"  ref INTEGER NOT NULL,"
	"  key TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  kind INTEGER NOT NULL,"
	"  seq INTEGER NOT NULL,"
	"  last INTEGER NOT NULL,"
	"  depth INTEGER NOT NULL,"
	"  explicit INTEGER NOT NULL DEFAULT 0,"
	"  start INTEGER, end INTEGER,"
	"  optional INTEGER NOT NULL DEFAULT 0,"
	"  estimate INTEGER,"
	"  goal TEXT, summary TEXT, notes TEXT, milestone TEXT,"
	"  url TEXT, by TEXT, tags TEXT, tech TEXT,"
	"  res_kind INTEGER, days_kind INTEGER, days_from INTEGER,"
	"  days_to INTEGER, due INTEGER, priority INTEGER,"
	"  week_from INTEGER, week_to INTEGER, level INTEGER,"
	"  sched_id INTEGER,"
	"  fp INTEGER NOT NULL,"
	"  archived INTEGER NOT NULL DEFAULT 0,"
	"  status INTEGER NOT NULL DEFAULT 0,"
	"  status_day INTEGER,"
	"  minutes INTEGER NOT NULL DEFAULT 0,"
	"  note TEXT,"
	"  n_total INTEGER NOT NULL DEFAULT 0,"
	"  n_done INTEGER NOT NULL DEFAULT 0,"
	"  s_total INTEGER NOT NULL DEFAULT 0,"
	"  s_done INTEGER NOT NULL DEFAULT 0,"
	"  uses TEXT,"
	"  UNIQUE (plan_id, key)"
	");"
	"CREATE INDEX items_seq ON items (plan_id, seq);"
	/* where-you-stand reads the phases and week blocks on every command:
	 * a covering index answers it without touching the table */
	"CREATE INDEX items_containers ON items (plan_id, seq, archived, kind, "
	"  parent_id, ref, key, title, last, depth, start, end, goal, milestone, "
	"  n_total, n_done, s_total, s_done) WHERE kind <= 2;"
	"CREATE TABLE events ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  item_id INTEGER REFERENCES items(id),"
	"  at INTEGER NOT NULL,"
	"  day INTEGER NOT NULL,"
	"  type INTEGER NOT NULL,"
	"  old_status INTEGER, new_status INTEGER,"
	"  minutes INTEGER,"
	"  text TEXT, old_text TEXT,"
	"  undoes INTEGER REFERENCES events(id),"
	"  batch INTEGER NOT NULL"
	");"
	"CREATE INDEX events_day ON events (plan_id, day);"
	"CREATE INDEX events_item ON events (item_id);"
	"CREATE INDEX events_undoes ON events (undoes) WHERE undoes IS NOT NULL;",

	/* 1 -> 2: weekly reflections and skill ratings, each save a new row
	 * (the latest is the one shown) */
	"ALTER TABLE plans ADD COLUMN rate TEXT;"
	"CREATE TABLE reflections ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  week INTEGER NOT NULL,"
	"  saved_at INTEGER NOT NULL"
	");"
	"CREATE INDEX reflections_week ON reflections (plan_id, week);"
	"CREATE TABLE answers ("
	"  reflection_id INTEGER NOT NULL REFERENCES reflections(id),"
	"  pos INTEGER NOT NULL,"
	"  prompt TEXT NOT NULL,"
	"  answer TEXT,"
	"  PRIMARY KEY (reflection_id, pos)"
	") WITHOUT ROWID;"
	"CREATE TABLE ratings ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  week INTEGER NOT NULL,"
	"  skill TEXT NOT NULL,"
	"  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),"
	"  saved_at INTEGER NOT NULL"
	");"
	"CREATE INDEX ratings_week ON ratings (plan_id, week);",

	/* 2 -> 3: a person's 1-5 rating of an item (a resource), kept like
	 * its status and note, and the rating events that undo reverts */
	"ALTER TABLE items ADD COLUMN rating INTEGER "
	"  CHECK (rating BETWEEN 1 AND 5);"
	"ALTER TABLE events ADD COLUMN old_rating INTEGER;"
	"ALTER TABLE events ADD COLUMN new_rating INTEGER;",

	/* 3 -> 4: what the Stats view and `stride stats` read, without
	 * reading every item: the countable items done, by day, and the
	 * items with an estimate or time logged */
	"CREATE INDEX items_done ON items (plan_id, seq, status_day) "
	"  WHERE status = 2 AND kind BETWEEN 3 AND 5 AND NOT optional AND NOT archived;"
	"CREATE INDEX items_time ON items (plan_id, seq, estimate, minutes) "
	"  WHERE NOT archived AND (estimate > 0 OR minutes > 0);",

	/* 4 -> 5: dates that move (stride start, shift): the days every date
	 * of a plan moved, and an item's own days more; what a move event
	 * changed, for undo (item_id 0: the plan's span and days moved) */
	"ALTER TABLE plans ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE plans ADD COLUMN file_start INTEGER;"
	"ALTER TABLE plans ADD COLUMN file_end INTEGER;"
	"UPDATE plans SET file_start = start, file_end = end;"
	"CREATE TABLE item_moves ("
	"  item_id INTEGER PRIMARY KEY REFERENCES items(id),"
	"  start_days INTEGER NOT NULL DEFAULT 0,"
	"  end_days INTEGER NOT NULL DEFAULT 0,"
	"  due_days INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE TABLE move_undo ("
	"  event_id INTEGER NOT NULL REFERENCES events(id),"
	"  item_id INTEGER NOT NULL,"
	"  start_days INTEGER, end_days INTEGER, due_days INTEGER,"
	"  PRIMARY KEY (event_id, item_id)"
	") WITHOUT ROWID;"
	/* what is late (store_late), found from what ended and what is due
	 * rather than from every open item */
	"CREATE INDEX items_open_sched ON items (sched_id) WHERE " OPEN_ITEM ";"
	"CREATE INDEX items_open_due ON items (plan_id, due) WHERE due IS NOT NULL AND "
	OPEN_ITEM ";",

	/* 5 -> 6: pauses (stride pause), days off the plan: first to last,
	 * and the event that made each (undo removes it) */
	"CREATE TABLE pauses ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  first INTEGER NOT NULL,"
	"  last INTEGER NOT NULL,"
	"  event_id INTEGER NOT NULL REFERENCES events(id)"
	");"
	"CREATE INDEX pauses_plan ON pauses (plan_id, first);",

	/* 6 -> 7: the first day of a plan whose file gives no dates, started
	 * (stride start lays it out from there), and as a move event found
	 * it, for undo; whether such a plan can be laid out (its phases say
	 * how long they run: read again at the file's next change) */
	"ALTER TABLE plans ADD COLUMN anchor INTEGER;"
	"ALTER TABLE plans ADD COLUMN layable INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE move_undo ADD COLUMN anchor INTEGER;",

	/* 7 -> 8: events that travel (stride export, restore): each gets a
	 * globally unique id, a hybrid logical clock (milliseconds << 16,
	 * plus a counter: later than every event the store has seen) and the
	 * device that made it; the store's own device id is made here. The
	 * clock of the events kept is their time, made to rise with their
	 * order. A plan's text, when it came from an export and its file is
	 * not on this machine. */
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
	"INSERT INTO meta VALUES ('device', lower(hex(randomblob(8))));"
	"ALTER TABLE events ADD COLUMN uid TEXT;"
	"ALTER TABLE events ADD COLUMN hlc INTEGER;"
	"ALTER TABLE events ADD COLUMN device TEXT;"
	"WITH a AS (SELECT id, MAX(at) OVER (ORDER BY id) AS m FROM events), "
	"b AS (SELECT id, ((m * 1000) << 16) + ROW_NUMBER() OVER (PARTITION BY m ORDER BY id) "
	"AS h FROM a) "
	"UPDATE events SET hlc = b.h, uid = lower(hex(randomblob(16))), "
	"device = (SELECT value FROM meta WHERE key = 'device') FROM b WHERE events.id = b.id;"
	"CREATE UNIQUE INDEX events_uid ON events (uid);"
	"CREATE INDEX events_hlc ON events (hlc);"
	/* an event's batch, as it travels: its first event's id */
	"CREATE INDEX events_batch ON events (batch);"
	"ALTER TABLE plans ADD COLUMN source_text TEXT;",

	/* 8 -> 9: the keys an item had before it was retitled in place (its
	 * title gave it another), so that events from another machine that
	 * name it by its old key still find it */
	"CREATE TABLE item_aliases ("
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  key TEXT NOT NULL,"
	"  item_id INTEGER NOT NULL REFERENCES items(id),"
	"  PRIMARY KEY (plan_id, key)"
	") WITHOUT ROWID;",

	/* 9 -> 10: the running clock (stride clock), one row at most: its
	 * plan, its item (NULL: the plan as a whole), when it started (the
	 * local day, and the second of that day) and its note. This
	 * machine's own: it travels as the time logged when it stops */
	"CREATE TABLE clock ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  item_id INTEGER REFERENCES items(id),"
	"  day INTEGER NOT NULL,"
	"  second INTEGER NOT NULL,"
	"  note TEXT"
	");"
	/* a time entry taken out (stride log --delete, --edit): an event of
	 * type 10 whose text is the uid of the log it takes out */
	"CREATE INDEX events_unlog ON events (text) WHERE type = 10;",

	/* 10 -> 11: habits (items of kind 8) and the days their occurrences
	 * were ticked, kept in step with their tick events (type 12) */
	"CREATE TABLE ticks ("
	"  item_id INTEGER NOT NULL REFERENCES items(id),"
	"  day INTEGER NOT NULL,"
	"  PRIMARY KEY (item_id, day)"
	") WITHOUT ROWID;"
	"CREATE INDEX items_habits ON items (plan_id, seq) WHERE kind = 8;"
	/* the days of activity (the streak) read from the index alone: a
	 * year of daily ticks of 20 habits is 7,300 events more to go over */
	"CREATE INDEX events_activity ON events (plan_id, day, type, minutes);",
};

_Static_assert(sizeof(migrations) / sizeof(migrations[0]) == STORE_SCHEMA_VERSION,
	       "one migration a schema version");

/* ---- statements ------------------------------------------------------------- */

#define ITEM_COLS                                                              \
	"id, plan_id, parent_id, ref, key, title, kind, seq, last, depth, "    \
	"explicit, start, end, optional, estimate, goal, summary, notes, "     \
	"milestone, url, by, tags, tech, res_kind, days_kind, days_from, "     \
	"days_to, due, priority, week_from, week_to, level, sched_id, fp, "    \
	"archived, status, status_day, minutes, note, n_total, n_done, "       \
	"s_total, s_done, uses, rating"

/* What store_containers reads: the columns progress needs, no more. */
#define CONTAINER_COLS                                                         \
	"id, plan_id, parent_id, ref, key, title, kind, seq, last, depth, "    \
	"start, end, goal, milestone, n_total, n_done, s_total, s_done"

#define PLAN_COLS                                                              \
	"id, slug, title, summary, start, end, source, source_size, "          \
	"source_mtime, source_hash, next_ref, total, done, used_at, "          \
	"has_schedule, prompts, rate, moved, file_start, file_end, anchor, layable"

#define NOT_UNDONE                                                             \
	"NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id) AND "       \
	"(e.type != 2 OR NOT " STORE_UNLOGGED("e") ")"
/* A change a person made: every event but an undo (type 4) and a rekey
 * (type 9: a re-sync's). */
#define CHANGE "e.type != 4 AND e.type != 9"
/* What a person did on a day (the streak, the week's facts): every change
 * but a move of the plan's dates (type 6), a pause (type 7) and an adopt
 * (type 8: progress moved from one item to another, done on other days). */
#define ACTIVITY                                                               \
	"e.type != 4 AND e.type != 6 AND e.type != 7 AND e.type != 8 AND "      \
	"e.type != 9 AND e.type != 10"

/* The order of events, across the devices that made them: their clocks,
 * the device's id breaking a tie. */
#define EARLIEST "e.hlc, e.device"
#define LATEST "e.hlc DESC, e.device DESC"

#define EVENT_COLS                                                             \
	"e.id, e.plan_id, e.item_id, e.at, e.day, e.type, e.old_status, "      \
	"e.new_status, e.minutes, e.text, e.old_text, e.batch, e.old_rating, " \
	"e.new_rating"

enum sql {
	SQL_PLANS,
	SQL_PLAN_BY_SLUG,
	SQL_PLAN_BY_ID,
	SQL_PLAN_CURRENT,
	SQL_PLAN_INSERT,
	SQL_PLAN_UPDATE,
	SQL_PLAN_TOUCH,
	SQL_PLAN_USE,
	SQL_PLAN_RELEASE,
	SQL_PLAN_VERSION,
	SQL_PLAN_SYNCED,
	SQL_PLAN_BUMP,
	SQL_PLACES,
	SQL_SET_PLACE,
	SQL_SET_SEQ,
	SQL_SET_LAST,
	SQL_SCHEDULE,
	SQL_SCHEDULE_CLEAR,
	SQL_SCHEDULE_ADD,
	SQL_ITEMS,
	SQL_WALK,
	SQL_WALK_LIVE,
	SQL_LATE,
	SQL_ITEM_BY_REF,
	SQL_ITEM_BY_KEY,
	SQL_ITEM_ALIAS,
	SQL_ITEM_BY_ID,
	SQL_ITEM_SEARCH,
	SQL_CONTAINERS,
	SQL_ITEM_INSERT,
	SQL_ITEM_UPDATE,
	SQL_NEXT_EVENT,
	SQL_EVENT_INSERT,
	SQL_ITEM_SET_STATUS,
	SQL_ITEM_ADD_MINUTES,
	SQL_ITEM_SET_NOTE,
	SQL_ITEM_SET_RATING,
	SQL_ANCESTORS_ADD,
	SQL_SCHED_ADD,
	SQL_PLAN_ADD,
	SQL_LAST_BATCH,
	SQL_BATCH_EVENTS,
	SQL_ACTIVITY,
	SQL_DONE_DAYS,
	SQL_TIME_SUMS,
	SQL_EVENTS,
	SQL_EVENTS_BETWEEN,
	SQL_REFLECTION_LATEST,
	SQL_REFLECTION_COUNT,
	SQL_REFLECTION_WEEKS,
	SQL_REFLECTION_INSERT,
	SQL_ANSWERS,
	SQL_ANSWER_INSERT,
	SQL_RATINGS,
	SQL_RATING_INSERT,
	SQL_SKILLS,
	SQL_RESOURCES,
	SQL_RESOURCES_LIVE,
	SQL_USERS,
	SQL_COUNT
};

static const char *const sql_text[SQL_COUNT] = {
	[SQL_PLANS] = "SELECT " PLAN_COLS " FROM plans ORDER BY used_at DESC, id DESC",
	[SQL_PLAN_BY_SLUG] = "SELECT " PLAN_COLS " FROM plans WHERE slug = ?1",
	[SQL_PLAN_BY_ID] = "SELECT " PLAN_COLS " FROM plans WHERE id = ?1",
	[SQL_PLAN_CURRENT] = "SELECT " PLAN_COLS " FROM plans "
			     "ORDER BY used_at DESC, id DESC LIMIT 1",
	[SQL_PLAN_INSERT] =
		"INSERT INTO plans (slug, title, summary, start, end, source, "
		"source_size, source_mtime, source_hash, next_ref, total, done, "
		"has_schedule, prompts, imported_at, used_at, rate, file_start, file_end, moved, "
		"anchor, layable) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
		"?14, ?15, MAX(?15, (SELECT COALESCE(MAX(used_at), 0) + 1 FROM "
		"plans)), ?17, ?18, ?19, ?20, ?21, ?22)",
	[SQL_PLAN_UPDATE] =
		"UPDATE plans SET slug = ?1, title = ?2, summary = ?3, start = ?4, "
		"end = ?5, source = ?6, source_size = ?7, source_mtime = ?8, "
		"source_hash = ?9, next_ref = ?10, total = ?11, done = ?12, "
		"has_schedule = ?13, prompts = ?14, "
		"imported_at = MAX(?15, imported_at + 1), "
		"used_at = MAX(?15, (SELECT COALESCE(MAX(used_at), 0) + 1 FROM "
		"plans WHERE id != ?16)), rate = ?17, file_start = ?18, file_end = ?19, "
		"moved = ?20, anchor = ?21, layable = ?22 WHERE id = ?16",
	[SQL_PLAN_TOUCH] = "UPDATE plans SET source_size = ?2, source_mtime = ?3 "
			   "WHERE id = ?1",
	/* the plan used last is the one with the greatest used_at: now, or
	 * past every other plan's (a clock set back, two uses in one ms) */
	[SQL_PLAN_USE] = "UPDATE plans SET used_at = MAX(?2, (SELECT COALESCE("
			 "MAX(used_at), 0) + 1 FROM plans WHERE id != ?1)) "
			 "WHERE id = ?1",
	[SQL_PLAN_RELEASE] = "UPDATE plans SET source = NULL, "
			     "imported_at = imported_at + 1 "
			     "WHERE source = ?1 AND id != ?2",
	/* imported_at grows with every write of a sync to the plan's row
	 * (above), and an event is recorded with every change to its items */
	[SQL_PLAN_VERSION] = "SELECT p.id, p.imported_at, (SELECT COALESCE("
			     "MAX(e.id), 0) FROM events e WHERE e.plan_id = p.id) "
			     "FROM plans p WHERE p.slug = ?1",
	[SQL_PLAN_SYNCED] = "SELECT imported_at FROM plans WHERE id = ?1",
	[SQL_PLAN_BUMP] = "UPDATE plans SET imported_at = imported_at + 1 "
			  "WHERE id = ?1",
	[SQL_PLACES] = "SELECT id, seq, last FROM items WHERE plan_id = ?1",
	[SQL_SET_PLACE] = "UPDATE items SET seq = ?2, last = ?3 WHERE id = ?1",
	[SQL_SET_SEQ] = "UPDATE items SET seq = ?2 WHERE id = ?1",
	[SQL_SET_LAST] = "UPDATE items SET last = ?2 WHERE id = ?1",
	[SQL_SCHEDULE] = "SELECT weekday, minutes, focus FROM schedule "
			 "WHERE plan_id = ?1",
	[SQL_SCHEDULE_CLEAR] = "DELETE FROM schedule WHERE plan_id = ?1",
	[SQL_SCHEDULE_ADD] = "INSERT INTO schedule (plan_id, weekday, minutes, "
			     "focus) VALUES (?1, ?2, ?3, ?4)",
	[SQL_ITEMS] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
		      "ORDER BY archived, seq",
	[SQL_WALK] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
		     "AND seq BETWEEN ?2 AND ?3 ORDER BY archived, seq",
	[SQL_WALK_LIVE] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
			  "AND seq BETWEEN ?2 AND ?3 AND archived = 0 ORDER BY seq",
	/* open countable items whose due day, or the end of whose dated
	 * container, is before ?2; the last column is the day it fell late */
	/* the open items of the dated containers that have ended, and those
	 * past their due day: each through its index, not every open item */
	[SQL_LATE] = "SELECT " ITEM_COLS ", MIN(COALESCE(due + 1, 2147483647), "
		     "COALESCE((SELECT c.end FROM items c WHERE c.id = items.sched_id) + 1, "
		     "2147483647)) AS late_from FROM items WHERE id IN (" LATE_IDS ") "
		     /* priority: high first, low last (the enum's values) */
		     "ORDER BY late_from, CASE priority WHEN 1 THEN 0 WHEN 3 THEN 2 ELSE 1 END, seq",
	[SQL_ITEM_BY_REF] = "SELECT " ITEM_COLS " FROM items WHERE id = ?1",
	[SQL_ITEM_ALIAS] = "SELECT item_id FROM item_aliases WHERE plan_id = ?1 AND key = ?2",
	[SQL_ITEM_BY_KEY] = "SELECT " ITEM_COLS " FROM items "
			    "WHERE plan_id = ?1 AND key = ?2",
	[SQL_ITEM_BY_ID] = "SELECT " ITEM_COLS " FROM items WHERE id = ?1",
	[SQL_ITEM_SEARCH] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
			    "AND archived = 0 AND (kind <= 5 OR kind = 8) "
			    "AND instr(lower(title), lower(?2)) > 0 "
			    "ORDER BY seq LIMIT ?3",
	[SQL_CONTAINERS] = "SELECT " CONTAINER_COLS " FROM items "
			   "WHERE plan_id = ?1 AND kind <= 2 AND archived = 0 "
			   "ORDER BY seq",
	[SQL_ITEM_INSERT] =
		"INSERT INTO items (id, plan_id, parent_id, ref, key, title, kind, "
		"seq, last, depth, explicit, start, end, optional, estimate, goal, "
		"summary, notes, milestone, url, by, tags, tech, res_kind, "
		"days_kind, days_from, days_to, due, priority, week_from, week_to, "
		"level, sched_id, fp, archived, status, status_day, minutes, note, "
		"n_total, n_done, s_total, s_done, uses, rating) VALUES (?1, ?2, "
		"?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
		"?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, "
		"?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42, "
		"?43, ?44, ?45)",
	[SQL_ITEM_UPDATE] =
		"UPDATE items SET plan_id = ?2, parent_id = ?3, ref = ?4, key = ?5, "
		"title = ?6, kind = ?7, seq = ?8, last = ?9, depth = ?10, "
		"explicit = ?11, start = ?12, end = ?13, optional = ?14, "
		"estimate = ?15, goal = ?16, summary = ?17, notes = ?18, "
		"milestone = ?19, url = ?20, by = ?21, tags = ?22, tech = ?23, "
		"res_kind = ?24, days_kind = ?25, days_from = ?26, days_to = ?27, "
		"due = ?28, priority = ?29, week_from = ?30, week_to = ?31, "
		"level = ?32, sched_id = ?33, fp = ?34, archived = ?35, "
		"status = ?36, status_day = ?37, minutes = ?38, note = ?39, "
		"n_total = ?40, n_done = ?41, s_total = ?42, s_done = ?43, "
		"uses = ?44, rating = ?45 WHERE id = ?1",
	[SQL_NEXT_EVENT] = "SELECT COALESCE(MAX(id), 0) + 1 FROM events",
	/* the clock: now, or just after the latest event seen, whichever
	 * is later */
	[SQL_EVENT_INSERT] =
		"INSERT INTO events (plan_id, item_id, at, day, type, old_status, "
		"new_status, minutes, text, old_text, undoes, batch, old_rating, "
		"new_rating, uid, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
		"?12, ?13, ?14, lower(hex(randomblob(16))), "
		"MAX(?15, COALESCE((SELECT MAX(hlc) FROM events), 0) + 1), "
		"(SELECT value FROM meta WHERE key = 'device'))",
	[SQL_ITEM_SET_STATUS] = "UPDATE items SET status = ?2, status_day = ?3 "
				"WHERE id = ?1",
	[SQL_ITEM_ADD_MINUTES] = "UPDATE items SET minutes = minutes + ?2 "
				 "WHERE id = ?1",
	[SQL_ITEM_SET_NOTE] = "UPDATE items SET note = ?2 WHERE id = ?1",
	[SQL_ITEM_SET_RATING] = "UPDATE items SET rating = ?2 WHERE id = ?1",
	[SQL_ANCESTORS_ADD] =
		"WITH RECURSIVE anc(id) AS ("
		"  SELECT parent_id FROM items WHERE id = ?1"
		"  UNION ALL"
		"  SELECT i.parent_id FROM items i JOIN anc ON i.id = anc.id"
		"  WHERE i.parent_id IS NOT NULL) "
		"UPDATE items SET n_total = n_total + ?2, n_done = n_done + ?3 "
		"WHERE id IN (SELECT id FROM anc)",
	[SQL_SCHED_ADD] = "UPDATE items SET s_total = s_total + ?2, "
			  "s_done = s_done + ?3 WHERE id = ?1",
	[SQL_PLAN_ADD] = "UPDATE plans SET total = total + ?2, done = done + ?3 "
			 "WHERE id = ?1",
	[SQL_LAST_BATCH] = "SELECT e.batch FROM events e WHERE " CHANGE " AND "
			   NOT_UNDONE " ORDER BY " LATEST " LIMIT 1",
	[SQL_BATCH_EVENTS] = "SELECT " EVENT_COLS " FROM events e WHERE "
			     "e.batch = ?1 AND " CHANGE " AND " NOT_UNDONE
			     " ORDER BY " LATEST,
	[SQL_ACTIVITY] =
		"SELECT e.day, SUM(CASE WHEN e.type = 2 THEN e.minutes ELSE 0 END) "
		"FROM events e WHERE e.plan_id = ?1 AND e.day BETWEEN ?2 AND ?3 "
		"AND " ACTIVITY " AND " NOT_UNDONE " GROUP BY e.day ORDER BY e.day",
	[SQL_DONE_DAYS] =
		/* the planner would take items_seq, and read every row */
		"SELECT status_day, COUNT(*) FROM items INDEXED BY items_done WHERE plan_id = ?1 "
		"AND seq BETWEEN ?2 AND ?3 AND status = 2 AND kind BETWEEN 3 AND 5 "
		"AND NOT optional AND NOT archived AND status_day IS NOT NULL "
		"GROUP BY status_day ORDER BY status_day",
	[SQL_TIME_SUMS] =
		"SELECT COALESCE(SUM(estimate), 0), COALESCE(SUM(minutes), 0) FROM items "
		"WHERE plan_id = ?1 AND seq BETWEEN ?2 AND ?3 AND NOT archived "
		"AND (estimate > 0 OR minutes > 0)",
	[SQL_EVENTS] = "SELECT " EVENT_COLS " FROM events e WHERE e.plan_id = ?1 "
		       "AND " ACTIVITY " AND " NOT_UNDONE " ORDER BY " EARLIEST,
	[SQL_EVENTS_BETWEEN] =
		"SELECT " EVENT_COLS " FROM events e WHERE e.plan_id = ?1 AND "
		"e.day BETWEEN ?2 AND ?3 AND " ACTIVITY " AND " NOT_UNDONE
		" ORDER BY " EARLIEST,
	[SQL_REFLECTION_LATEST] = "SELECT id, saved_at FROM reflections "
				  "WHERE plan_id = ?1 AND week = ?2 "
				  "ORDER BY saved_at DESC, id DESC LIMIT 1",
	[SQL_REFLECTION_COUNT] = "SELECT count(*) FROM reflections "
				 "WHERE plan_id = ?1 AND week = ?2",
	[SQL_REFLECTION_WEEKS] = "SELECT DISTINCT week FROM reflections "
				 "WHERE plan_id = ?1 AND week BETWEEN ?2 AND ?3 "
				 "ORDER BY week",
	[SQL_REFLECTION_INSERT] = "INSERT INTO reflections (plan_id, week, saved_at) "
				  "VALUES (?1, ?2, ?3)",
	[SQL_ANSWERS] = "SELECT prompt, answer FROM answers "
			"WHERE reflection_id = ?1 ORDER BY pos",
	[SQL_ANSWER_INSERT] = "INSERT INTO answers (reflection_id, pos, prompt, "
			      "answer) VALUES (?1, ?2, ?3, ?4)",
	[SQL_RATINGS] = "SELECT week, skill, rating, saved_at FROM ratings "
			"WHERE plan_id = ?1 AND week BETWEEN ?2 AND ?3 "
			"ORDER BY week, saved_at, id",
	[SQL_SKILLS] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
		       "AND kind = 7 AND archived = 0 ORDER BY seq",
	[SQL_RATING_INSERT] = "INSERT INTO ratings (plan_id, week, skill, rating, "
			      "saved_at) VALUES (?1, ?2, ?3, ?4, ?5)",
	/* the library: plan-wide resources (at the top), then inline ones,
	 * each in plan order */
	[SQL_RESOURCES] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
			  "AND kind = 6 ORDER BY archived, parent_id IS NOT NULL, seq",
	[SQL_RESOURCES_LIVE] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
			       "AND kind = 6 AND archived = 0 "
			       "ORDER BY parent_id IS NOT NULL, seq",
	[SQL_USERS] = "SELECT " ITEM_COLS " FROM items WHERE plan_id = ?1 "
		      "AND archived = 0 AND uses IS NOT NULL ORDER BY seq",
};

/* The columns of an item (bind_item), and the rows that one statement
 * inserts at once in a bulk insert: fewer statements run, with the same
 * work in each row. */
enum { ITEM_NCOLS = 45, INSERT_BATCH = 32 };

struct store {
	sqlite3 *db;
	char *path;
	bool readonly;
	bool full; /* read-only because the disk holding it is full */
	bool in_tx;
	bool fresh;	/* created by this command: in WAL mode from close on */
	char **dirs;	/* the directories its open made for it (store_discard) */
	size_t ndirs;
	long long tx_first, tx_last; /* the events store_begin's transaction recorded */
	sqlite3_stmt *insert_batch; /* INSERT_BATCH items at once */
	sqlite3_stmt *stmts[SQL_COUNT];
	/* store_cached's: statements of the store's other files, by text */
	struct {
		char *sql;
		sqlite3_stmt *q;
	} cached[STORE_CACHED];
};

sqlite3 *store_handle(struct store *s)
{
	return s->db;
}

/* ---- errors ------------------------------------------------------------------ */

int store_set_err(struct store_error *err, enum store_errcode code, const char *fmt, ...)
{
	if (!err)
		return -1;
	err->code = code;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

/* The last guard of the rule for text coming in (text.h): what the front
 * ends let through is refused here too, so the store holds only text. */
static int check_text(const char *what, const char *text, struct store_error *err)
{
	struct text_fault f;
	if (!text || text_valid(text, strlen(text), &f))
		return 0;
	char buf[64];
	return store_set_err(err, STORE_ERR_INVALID,
		       "%s holds %s (line %u, character %u): stride keeps UTF-8 "
		       "text without control characters but tab and newline; "
		       "nothing was recorded",
		       what, text_fault_what(&f, buf, sizeof(buf)), f.line, f.col);
}

/* Turns a failed SQLite call into a message a person can act on. */
int store_db_err(const struct store *s, struct store_error *err, int rc)
{
	const char *path = s->path;
	const char *detail = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
	/* a full disk can surface as any I/O error (growing the -shm file,
	 * say): the system's own error says what it was */
	if (s->db && (rc & 0xff) == SQLITE_IOERR &&
	    (sqlite3_system_errno(s->db) == ENOSPC ||
	     sqlite3_system_errno(s->db) == EDQUOT || sqlite3_system_errno(s->db) == EFBIG))
		rc = SQLITE_FULL;
	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		return store_set_err(err, STORE_ERR_FOREIGN,
			       "%s is not a stride store (it is not a SQLite "
			       "database): give another path with --db, or move "
			       "the file away",
			       path);
	case SQLITE_CORRUPT:
		return store_set_err(err, STORE_ERR_CORRUPT,
			       "the store %s is damaged (%s): move it away and "
			       "import your plans again, or restore a backup of it",
			       path, detail);
	case SQLITE_FULL:
		return store_set_err(err, STORE_ERR_FULL,
			       "the disk holding %s is full: nothing was "
			       "recorded; free some space and try again",
			       path);
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return store_set_err(err, STORE_ERR_BUSY,
			       "the store %s stayed busy (another stride is "
			       "writing to it): nothing was recorded; try again",
			       path);
	case SQLITE_READONLY:
		return store_set_err(err, STORE_ERR_READONLY,
			       "the store %s is read-only: nothing was recorded; "
			       "check the permissions of the file and its directory",
			       path);
	case SQLITE_CANTOPEN:
		return store_set_err(err, STORE_ERR_IO,
			       "cannot open the store %s (%s): check that its "
			       "directory exists and can be written",
			       path, detail);
	case SQLITE_IOERR:
		if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC)
			return store_set_err(err, STORE_ERR_FULL,
				       "cannot write the store %s (%s): nothing "
				       "was recorded; is the disk full?",
				       path, detail);
		return store_set_err(err, STORE_ERR_IO,
			       "cannot read or write the store %s (%s)", path,
			       detail);
	default:
		return store_set_err(err, STORE_ERR_IO, "the store %s: %s", path, detail);
	}
}

static sqlite3_stmt *stmt(struct store *s, enum sql which,
			  struct store_error *err)
{
	if (!s->stmts[which]) {
		int rc = sqlite3_prepare_v3(s->db, sql_text[which], -1,
					    SQLITE_PREPARE_PERSISTENT,
					    &s->stmts[which], NULL);
		if (rc != SQLITE_OK) {
			store_db_err(s, err, rc);
			return NULL;
		}
	}
	return s->stmts[which];
}

sqlite3_stmt *store_cached(struct store *s, const char *sql, struct store_error *err)
{
	size_t i = 0;
	for (; i < STORE_CACHED && s->cached[i].sql; i++) {
		if (!strcmp(s->cached[i].sql, sql)) {
			sqlite3_reset(s->cached[i].q);
			sqlite3_clear_bindings(s->cached[i].q);
			return s->cached[i].q;
		}
	}
	if (i == STORE_CACHED) {
		/* full: the oldest not running now makes room */
		size_t k = 0;
		while (k < STORE_CACHED && sqlite3_stmt_busy(s->cached[k].q))
			k++;
		if (k == STORE_CACHED) {
			store_set_err(err, STORE_ERR_IO, "more than %d statements at once: a bug "
							 "in stride, please report it",
				      STORE_CACHED);
			return NULL;
		}
		free(s->cached[k].sql);
		sqlite3_finalize(s->cached[k].q);
		memmove(&s->cached[k], &s->cached[k + 1],
			(STORE_CACHED - 1 - k) * sizeof(s->cached[0]));
		i = STORE_CACHED - 1;
		s->cached[i].sql = NULL;
	}
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &q, NULL);
	if (rc != SQLITE_OK) {
		store_db_err(s, err, rc);
		return NULL;
	}
	s->cached[i].sql = xstrdup(sql);
	s->cached[i].q = q;
	return q;
}

static void done_stmt(sqlite3_stmt *q)
{
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
}

/* Runs q to its end (a write); resets it either way. */
static int run(struct store *s, sqlite3_stmt *q, struct store_error *err)
{
	int rc = sqlite3_step(q);
	done_stmt(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_db_err(s, err, rc);
	return 0;
}

static int exec(struct store *s, const char *sql, struct store_error *err)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : store_db_err(s, err, rc);
}

/* ---- binding and reading ------------------------------------------------------ */

/* Every statement's parameters are NULL when it is handed out (done_stmt
 * clears them after each use), so a NULL needs no call: the three binders
 * below bind only a value. */
static void bind_text(sqlite3_stmt *q, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(q, i, s, -1, SQLITE_STATIC);
}

static void bind_date(sqlite3_stmt *q, int i, int date)
{
	if (date != CALENDAR_NONE)
		sqlite3_bind_int(q, i, date);
}

static void bind_id(sqlite3_stmt *q, int i, long long id)
{
	if (id)
		sqlite3_bind_int64(q, i, id);
}

static const char *col_text(sqlite3_stmt *q, int i)
{
	return (const char *)sqlite3_column_text(q, i);
}

static char *col_dup(sqlite3_stmt *q, int i)
{
	const char *t = col_text(q, i);
	return t ? xstrdup(t) : NULL;
}

static int col_date(sqlite3_stmt *q, int i)
{
	return sqlite3_column_type(q, i) == SQLITE_NULL ? CALENDAR_NONE
							: sqlite3_column_int(q, i);
}

/* Fills it from a row of ITEM_COLS; strings borrowed from q. */
static void row_item(sqlite3_stmt *q, struct store_item *it)
{
	int c = 0;
	*it = (struct store_item){ 0 };
	it->id = sqlite3_column_int64(q, c++);
	it->plan_id = sqlite3_column_int64(q, c++);
	it->parent_id = sqlite3_column_int64(q, c++);
	it->ref = sqlite3_column_int(q, c++);
	it->key = col_text(q, c++);
	it->title = col_text(q, c++);
	it->kind = (enum store_kind)sqlite3_column_int(q, c++);
	it->seq = sqlite3_column_int(q, c++);
	it->last = sqlite3_column_int(q, c++);
	it->depth = sqlite3_column_int(q, c++);
	it->explicit_id = sqlite3_column_int(q, c++);
	it->start = col_date(q, c++);
	it->end = col_date(q, c++);
	it->optional = sqlite3_column_int(q, c++);
	it->estimate = sqlite3_column_int(q, c++);
	it->goal = col_text(q, c++);
	it->summary = col_text(q, c++);
	it->notes = col_text(q, c++);
	it->milestone = col_text(q, c++);
	it->url = col_text(q, c++);
	it->by = col_text(q, c++);
	it->tags = col_text(q, c++);
	it->tech = col_text(q, c++);
	it->res_kind = sqlite3_column_int(q, c++);
	it->days_kind = sqlite3_column_int(q, c++);
	it->days_from = sqlite3_column_int(q, c++);
	it->days_to = sqlite3_column_int(q, c++);
	it->due = col_date(q, c++);
	it->priority = sqlite3_column_int(q, c++);
	it->week_from = sqlite3_column_int(q, c++);
	it->week_to = sqlite3_column_int(q, c++);
	it->level = sqlite3_column_int(q, c++);
	it->sched_id = sqlite3_column_int64(q, c++);
	it->fp = sqlite3_column_int64(q, c++);
	it->archived = sqlite3_column_int(q, c++);
	it->status = (enum store_status)sqlite3_column_int(q, c++);
	it->status_day = col_date(q, c++);
	it->minutes = sqlite3_column_int64(q, c++);
	it->note = col_text(q, c++);
	it->n_total = sqlite3_column_int(q, c++);
	it->n_done = sqlite3_column_int(q, c++);
	it->s_total = sqlite3_column_int(q, c++);
	it->s_done = sqlite3_column_int(q, c++);
	it->uses = col_text(q, c++);
	it->rating = sqlite3_column_int(q, c++);
}

/* Binds it's columns as ?1 (its id) .. ?45. */
/* Binds the 45 columns of an item from parameter c on. */
static void bind_item_at(sqlite3_stmt *q, const struct store_item *it, int c)
{
	sqlite3_bind_int64(q, c++, it->id);
	sqlite3_bind_int64(q, c++, it->plan_id);
	bind_id(q, c++, it->parent_id);
	sqlite3_bind_int(q, c++, it->ref);
	bind_text(q, c++, it->key);
	bind_text(q, c++, it->title);
	sqlite3_bind_int(q, c++, it->kind);
	sqlite3_bind_int(q, c++, it->seq);
	sqlite3_bind_int(q, c++, it->last);
	sqlite3_bind_int(q, c++, it->depth);
	sqlite3_bind_int(q, c++, it->explicit_id);
	bind_date(q, c++, it->start);
	bind_date(q, c++, it->end);
	sqlite3_bind_int(q, c++, it->optional);
	bind_id(q, c++, it->estimate);
	bind_text(q, c++, it->goal);
	bind_text(q, c++, it->summary);
	bind_text(q, c++, it->notes);
	bind_text(q, c++, it->milestone);
	bind_text(q, c++, it->url);
	bind_text(q, c++, it->by);
	bind_text(q, c++, it->tags);
	bind_text(q, c++, it->tech);
	bind_id(q, c++, it->res_kind);
	bind_id(q, c++, it->days_kind);
	bind_id(q, c++, it->days_from);
	bind_id(q, c++, it->days_to);
	bind_date(q, c++, it->due);
	bind_id(q, c++, it->priority);
	bind_id(q, c++, it->week_from);
	bind_id(q, c++, it->week_to);
	bind_id(q, c++, it->level);
	bind_id(q, c++, it->sched_id);
	sqlite3_bind_int64(q, c++, it->fp);
	sqlite3_bind_int(q, c++, it->archived);
	sqlite3_bind_int(q, c++, it->status);
	bind_date(q, c++, it->status_day);
	sqlite3_bind_int64(q, c++, it->minutes);
	bind_text(q, c++, it->note);
	sqlite3_bind_int(q, c++, it->n_total);
	sqlite3_bind_int(q, c++, it->n_done);
	sqlite3_bind_int(q, c++, it->s_total);
	sqlite3_bind_int(q, c++, it->s_done);
	bind_text(q, c++, it->uses);
	bind_id(q, c++, it->rating);
}

static void bind_item(sqlite3_stmt *q, const struct store_item *it)
{
	bind_item_at(q, it, 1);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void store_item_copy(struct store_item *dst, const struct store_item *it)
{
	*dst = *it;
	dst->owned = true;
	dst->key = dup_or_null(it->key);
	dst->title = dup_or_null(it->title);
	dst->goal = dup_or_null(it->goal);
	dst->summary = dup_or_null(it->summary);
	dst->notes = dup_or_null(it->notes);
	dst->milestone = dup_or_null(it->milestone);
	dst->url = dup_or_null(it->url);
	dst->by = dup_or_null(it->by);
	dst->tags = dup_or_null(it->tags);
	dst->tech = dup_or_null(it->tech);
	dst->note = dup_or_null(it->note);
	dst->uses = dup_or_null(it->uses);
}

void store_item_done(struct store_item *it)
{
	if (!it || !it->owned)
		return;
	free((char *)it->key);
	free((char *)it->title);
	free((char *)it->goal);
	free((char *)it->summary);
	free((char *)it->notes);
	free((char *)it->milestone);
	free((char *)it->url);
	free((char *)it->by);
	free((char *)it->tags);
	free((char *)it->tech);
	free((char *)it->note);
	free((char *)it->uses);
	*it = (struct store_item){ 0 };
}

bool store_checkable(enum store_kind kind)
{
	return kind == STORE_TASK || kind == STORE_CRITERION ||
	       kind == STORE_DELIVERABLE;
}

bool store_countable(const struct store_item *it)
{
	return store_checkable(it->kind) && !it->optional && !it->archived &&
	       it->status != STORE_SKIPPED;
}

static const char *const status_names[] = { "todo", "doing", "done", "skipped" };

const char *store_status_name(enum store_status st)
{
	return (unsigned)st < ARRAY_SIZE(status_names) ? status_names[st] : "?";
}

bool store_status_parse(const char *s, enum store_status *st)
{
	for (size_t i = 0; i < ARRAY_SIZE(status_names); i++) {
		if (!strcmp(s, status_names[i])) {
			*st = (enum store_status)i;
			return true;
		}
	}
	return false;
}

const char *store_kind_name(enum store_kind kind)
{
	static const char *const names[] = { NULL,	    "phase",	"week",
					     "task",	    "criterion", "deliverable",
					     "resource",    "skill",	"habit" };
	return (unsigned)kind < ARRAY_SIZE(names) && names[kind] ? names[kind] : "?";
}

const char *store_kind_label(enum store_kind kind)
{
	return kind == STORE_CRITERION	   ? "criterion: "
	       : kind == STORE_DELIVERABLE ? "deliverable: "
	       : kind == STORE_RESOURCE	   ? "resource: "
					   : "";
}

/* ---- opening ------------------------------------------------------------------- */

char *store_default_path(struct store_error *err)
{
	const char *env = getenv("STRIDE_DB");
	if (env && *env)
		return xstrdup(env);
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/')
		return xasprintf("%s/stride/stride.db", xdg);
	const char *home = getenv("HOME");
	if (home && *home)
		return xasprintf("%s/.local/share/stride/stride.db", home);
	store_set_err(err, STORE_ERR_IO,
		"no place for the store: set HOME, XDG_DATA_HOME or STRIDE_DB, "
		"or give --db PATH");
	return NULL;
}

/* What store_open created, to be removed again when it fails: the file,
 * the SQLite files beside it that were not there before, and the
 * directories it made (innermost last). */
struct made {
	char *file;
	bool side[3]; /* -journal, -wal, -shm made by this open */
	char **dirs;
	size_t ndirs, cap;
};

static const char *const side_suffix[3] = { "-journal", "-wal", "-shm" };

static void made_undo(struct made *m)
{
	if (m->file) {
		unlink(m->file);
		for (int i = 0; i < 3; i++) {
			if (!m->side[i])
				continue;
			char *side = xasprintf("%s%s", m->file, side_suffix[i]);
			unlink(side);
			free(side);
		}
	}
	for (size_t i = m->ndirs; i > 0; i--)
		rmdir(m->dirs[i - 1]);
}

static void made_done(struct made *m)
{
	free(m->file);
	for (size_t i = 0; i < m->ndirs; i++)
		free(m->dirs[i]);
	free(m->dirs);
	*m = (struct made){ 0 };
}

static bool no_room(int e)
{
	return e == ENOSPC || e == EDQUOT || e == EFBIG;
}

/* mkdir -p for the directory that holds path, new directories 0700. */
static int make_parent(const char *path, struct made *m, struct store_error *err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (!slash || slash == dir) {
		free(dir);
		return 0;
	}
	*slash = '\0';
	for (char *p = dir + 1;; p++) {
		bool end = *p == '\0';
		if (*p == '/' || end) {
			*p = '\0';
			if (mkdir(dir, 0700) == 0) {
				m->dirs = xgrow(m->dirs, &m->cap, m->ndirs + 1, sizeof(*m->dirs));
				m->dirs[m->ndirs++] = xstrdup(dir);
			} else if (errno != EEXIST) {
				int e = errno;
				store_set_err(err,
					no_room(e)		   ? STORE_ERR_FULL
					: e == EACCES || e == EROFS ? STORE_ERR_READONLY
								    : STORE_ERR_IO,
					"cannot create the directory %s for the store: %s",
					dir, strerror(e));
				free(dir);
				return -1;
			}
			if (end)
				break;
			*p = '/';
		}
	}
	free(dir);
	return 0;
}

/* Creates the store's file at path (0600), and the directories above it;
 * what it made goes in m. A file that appeared meanwhile is used as it
 * is. */
static int make_file(const char *path, const char *shown, struct made *m,
		     struct store_error *err)
{
	if (make_parent(path, m, err) < 0)
		return -1;
	bool side[3];
	for (int i = 0; i < 3; i++) {
		char *name = xasprintf("%s%s", path, side_suffix[i]);
		side[i] = access(name, F_OK) != 0;
		free(name);
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST) {
		int e = errno;
		if (no_room(e))
			return store_set_err(err, STORE_ERR_FULL,
				       "the disk holding %s is full: nothing was "
				       "recorded; free some space and try again",
				       shown);
		return store_set_err(err, e == EACCES || e == EROFS ? STORE_ERR_READONLY
							      : STORE_ERR_IO,
			       "cannot create the store %s: %s", shown, strerror(e));
	}
	if (fd >= 0) {
		close(fd);
		m->file = xstrdup(path);
		memcpy(m->side, side, sizeof(side));
	}
	return 0;
}

/* When path is a symbolic link, or a chain of them, that ends at a name
 * that does not exist: that name (malloc'd), a relative link read from
 * the link's directory. NULL otherwise. */
static char *dangling_target(const char *path)
{
	char *p = xstrdup(path);
	for (int hops = 0; hops < 40; hops++) {
		struct stat st;
		if (lstat(p, &st) < 0) {
			if (hops > 0 && errno == ENOENT)
				return p;
			break;
		}
		if (!S_ISLNK(st.st_mode))
			break;
		char link[PATH_MAX];
		ssize_t n = readlink(p, link, sizeof(link) - 1);
		if (n < 0)
			break;
		link[n] = '\0';
		char *slash = strrchr(p, '/');
		char *next = link[0] == '/' || !slash
				     ? xstrdup(link)
				     : xasprintf("%.*s/%s", (int)(slash - p), p, link);
		free(p);
		p = next;
	}
	free(p);
	return NULL;
}

static bool dir_writable(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	bool ok;
	if (!slash)
		ok = access(".", W_OK) == 0;
	else if (slash == dir)
		ok = access("/", W_OK) == 0;
	else {
		*slash = '\0';
		ok = access(dir, W_OK) == 0;
	}
	free(dir);
	return ok;
}

/* A URI for sqlite3_open_v2 that reads the file as immutable: the way to
 * read a WAL store in a directory that cannot be written. */
static char *immutable_uri(const char *path)
{
	size_t n = strlen(path);
	char *uri = xmalloc(n * 3 + 32);
	char *o = uri;
	o += sprintf(o, "file:");
	for (const char *p = path; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f)
			o += sprintf(o, "%%%02X", c);
		else
			*o++ = (char)c;
	}
	strcpy(o, "?immutable=1");
	return uri;
}

static int pragma_int(struct store *s, const char *sql, int *out,
		      struct store_error *err)
{
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &q, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int(q, 0);
			rc = SQLITE_OK;
		}
		sqlite3_finalize(q);
	}
	return rc == SQLITE_OK || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

static int migrate(struct store *s, int from, struct store_error *err)
{
	for (int v = from; v < STORE_SCHEMA_VERSION; v++) {
		if (store_begin(s, err) < 0)
			return -1;
		char pragmas[96];
		snprintf(pragmas, sizeof(pragmas),
			 "PRAGMA application_id = %d; PRAGMA user_version = %d;",
			 STORE_APP_ID, v + 1);
		if (exec(s, migrations[v], err) < 0 || exec(s, pragmas, err) < 0 ||
		    store_commit(s, err) < 0) {
			store_rollback(s);
			if (v > 0 || err->code == STORE_ERR_IO) {
				char why[sizeof(err->msg)];
				snprintf(why, sizeof(why), "%s", err->msg);
				store_set_err(err, err->code,
					"cannot bring the store %s to schema %d, so it "
					"is left as it was (%s)",
					s->path, v + 1, why);
			}
			return -1;
		}
	}
	return 0;
}

static int open_db(struct store *s, const char *name, int flags,
		   struct store_error *err)
{
	/* stride is one thread: SQLite need not lock anything, nor count
	 * its memory (both cost mutexes on every call); this must come
	 * before SQLite's first use */
	static bool configured;
	if (!configured) {
		sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = true;
	}
	int rc = sqlite3_open_v2(name, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		store_db_err(s, err, rc);
		sqlite3_close(s->db);
		s->db = NULL;
		return -1;
	}
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	sqlite3_extended_result_codes(s->db, 1);
	return 0;
}

/* Reads the store's identity; refuses what is not ours. *version is 0 for
 * a new, empty file. */
static int check_identity(struct store *s, int *version, struct store_error *err)
{
	int app = 0, tables = 0;
	*version = 0;
	if (pragma_int(s, "PRAGMA application_id", &app, err) < 0 ||
	    pragma_int(s, "PRAGMA user_version", version, err) < 0 ||
	    pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables, err) < 0)
		return -1;
	if (app == 0 && *version == 0 && tables == 0)
		return 0; /* empty: ours to make */
	if (app != STORE_APP_ID)
		return store_set_err(err, STORE_ERR_FOREIGN,
			       "%s is a SQLite database, but not a stride store: "
			       "give another path with --db, or move the file away",
			       s->path);
	if (*version > STORE_SCHEMA_VERSION)
		return store_set_err(err, STORE_ERR_NEWER,
			       "the store %s was written by a newer stride "
			       "(schema %d; this stride knows %d): upgrade stride "
			       "to use it",
			       s->path, *version, STORE_SCHEMA_VERSION);
	return 0;
}

/* A store on a disk with no room left, for reading: SQLite cannot make
 * or grow the -shm file that WAL mode shares among processes, so this
 * connection keeps that index in its own memory (exclusive locking mode,
 * which holds the file while it is open) and writes nothing (query_only).
 * Closing it may still fold the -wal back into the file, as any last
 * close does. */
static int open_full(struct store *s, int *version, struct store_error *err)
{
	sqlite3_close(s->db);
	s->db = NULL;
	if (open_db(s, s->path, SQLITE_OPEN_READWRITE, err) < 0 ||
	    exec(s, "PRAGMA locking_mode = EXCLUSIVE; PRAGMA query_only = 1;"
		    "PRAGMA temp_store = MEMORY;",
		 err) < 0 ||
	    check_identity(s, version, err) < 0)
		return -1;
	s->readonly = s->full = true;
	return 0;
}

/* The error of a write to a store opened read-only: why it cannot be
 * written. */
static int not_writable(const struct store *s, struct store_error *err)
{
	if (s->full)
		return store_set_err(err, STORE_ERR_FULL,
			       "the disk holding %s is full: nothing was recorded; "
			       "free some space and try again",
			       s->path);
	return store_set_err(err, STORE_ERR_READONLY,
		       "the store %s is read-only: nothing was recorded; check "
		       "the permissions of the file and its directory",
		       s->path);
}

/* store_open, or (strict) store_open_readonly. */
static int open_store(const char *path, bool write, bool strict, struct store **out,
		      struct store_error *err)
{
	*out = NULL;
	struct store *s = xcalloc(1, sizeof(*s));
	s->path = xstrdup(path);
	struct made made = { 0 };
	char *real = NULL;
	int version;

	struct stat st;
	if (stat(path, &st) < 0) {
		if (errno != ENOENT) {
			store_set_err(err, STORE_ERR_IO, "cannot open the store %s: %s",
				path, strerror(errno));
			goto fail;
		}
		char *target = dangling_target(path);
		if (!write) {
			if (target)
				store_set_err(err, STORE_ERR_EMPTY,
					"the store %s is a symbolic link to %s, which "
					"does not exist: 'stride import FILE' creates "
					"it, or fix the link",
					path, target);
			else
				store_set_err(err, STORE_ERR_ABSENT,
					"there is no store at %s yet", path);
			free(target);
			goto fail;
		}
		/* through a link, the store goes where it points */
		int rc = make_file(target ? target : path, path, &made, err);
		free(target);
		if (rc < 0)
			goto fail;
	} else if (S_ISDIR(st.st_mode)) {
		store_set_err(err, STORE_ERR_FOREIGN,
			"%s is a directory, not a stride store: give the path of "
			"a file with --db",
			path);
		goto fail;
	} else if (st.st_size > 0) {
		/* never hand SQLite a file that is not a database at all */
		char head[16] = { 0 };
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		ssize_t n = fd >= 0 ? read(fd, head, sizeof(head)) : -1;
		if (fd >= 0)
			close(fd);
		if (n < 0) {
			store_set_err(err, STORE_ERR_IO, "cannot read the store %s: %s",
				path, strerror(errno));
			goto fail;
		}
		if (n < 16 || memcmp(head, "SQLite format 3", 16) != 0) {
			store_db_err(s, err, SQLITE_NOTADB);
			goto fail;
		}
	} else if (!write) {
		/* a store is made by the command that writes one, never by
		 * reading */
		store_set_err(err, STORE_ERR_EMPTY,
			"the store %s is empty (0 bytes): 'stride import FILE' "
			"fills it, or remove the file",
			path);
		goto fail;
	}

	/* SQLite puts the -wal and -shm files beside the file a link points
	 * to: that directory is the one to write */
	real = realpath(path, NULL);
	s->readonly = strict || access(path, W_OK) != 0 || !dir_writable(real ? real : path);
	bool empty = made.file || (stat(path, &st) == 0 && st.st_size == 0);
	if (s->readonly && empty) {
		not_writable(s, err);
		goto fail;
	}
	/* strictly read-only: with no -wal file beside it (no writer is at
	 * work, and everything is in the file), read it as immutable, so
	 * that SQLite does not leave a -wal and a -shm file of its own
	 * behind; a writer that starts meanwhile may make this read fail,
	 * never the store */
	char *wal = strict ? xasprintf("%s-wal", real ? real : path) : NULL;
	bool immutable = wal && access(wal, F_OK) != 0;
	free(wal);
	char *iuri = immutable ? immutable_uri(path) : NULL;
	int opened = open_db(s, iuri ? iuri : path,
			     iuri		 ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
			     : s->readonly ? SQLITE_OPEN_READONLY
					   : SQLITE_OPEN_READWRITE,
			     err);
	free(iuri);
	if (opened < 0)
		goto fail;
	if (!s->readonly) {
		/* a new store: pages of 8 KiB (set before WAL, which fixes it)
		 * make a big import's B-trees shallower than the default 4; and
		 * a rollback journal for this first command (see above) */
		if (check_identity(s, &version, err) < 0 ||
		    (version == 0 && exec(s, "PRAGMA page_size = 8192;", err) < 0) ||
		    exec(s, version == 0 ? "PRAGMA journal_mode = DELETE;"
					 : "PRAGMA journal_mode = WAL;",
			 err) < 0 ||
		    exec(s, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
			    "PRAGMA temp_store = MEMORY;",
			 err) < 0 ||
		    migrate(s, version, err) < 0) {
			/* a store that is there, on a disk with no room: read it */
			if (err->code != STORE_ERR_FULL || empty)
				goto fail;
			struct store_error why = *err;
			if (open_full(s, &version, err) < 0) {
				if (err->code != STORE_ERR_FOREIGN &&
				    err->code != STORE_ERR_NEWER)
					*err = why;
				goto fail;
			}
		}
		s->fresh = version == 0;
	} else if (check_identity(s, &version, err) < 0) {
		if (err->code != STORE_ERR_IO && err->code != STORE_ERR_READONLY &&
		    err->code != STORE_ERR_FULL)
			goto fail;
		/* a WAL store in a directory we cannot write: read it as
		 * immutable */
		sqlite3_close(s->db);
		s->db = NULL;
		char *uri = immutable_uri(path);
		int rc = open_db(s, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, err);
		free(uri);
		if (rc < 0 || check_identity(s, &version, err) < 0)
			goto fail;
	}
	if (s->readonly) {
		if (version == 0) {
			store_set_err(err, STORE_ERR_EMPTY,
				"the store %s is empty: 'stride import FILE' fills "
				"it, or remove the file",
				path);
			goto fail;
		}
		if (version < STORE_SCHEMA_VERSION && strict) {
			store_set_err(err, STORE_ERR_READONLY,
				"the store %s needs upgrading to this stride's schema, "
				"which this command does not do (it only reads): run "
				"'stride status' once",
				path);
			goto fail;
		}
		if (version < STORE_SCHEMA_VERSION) {
			store_set_err(err, s->full ? STORE_ERR_FULL : STORE_ERR_READONLY,
				"the store %s needs upgrading to this stride's "
				"schema, but %s",
				path,
				s->full ? "the disk holding it is full: free some "
					  "space and try again"
					: "it is read-only");
			goto fail;
		}
	}
	free(real);
	if (s->fresh) {
		/* store_discard takes them away with the file */
		s->dirs = made.dirs;
		s->ndirs = made.ndirs;
		made.dirs = NULL;
		made.ndirs = 0;
	}
	made_done(&made);
	*out = s;
	return 0;
fail:
	free(real);
	s->fresh = false;
	store_close(s);
	made_undo(&made);
	made_done(&made);
	return -1;
}

int store_open(const char *path, bool write, struct store **out,
	       struct store_error *err)
{
	return open_store(path, write, false, out, err);
}

int store_open_readonly(const char *path, struct store **out, struct store_error *err)
{
	return open_store(path, false, true, out, err);
}

void store_close(struct store *s)
{
	if (!s)
		return;
	for (int i = 0; i < SQL_COUNT; i++)
		sqlite3_finalize(s->stmts[i]);
	for (size_t i = 0; i < STORE_CACHED && s->cached[i].sql; i++) {
		free(s->cached[i].sql);
		sqlite3_finalize(s->cached[i].q);
	}
	sqlite3_finalize(s->insert_batch);
	/* best effort: a failure here leaves a valid store in rollback mode,
	 * which the next open turns to WAL */
	if (s->db && s->fresh)
		sqlite3_exec(s->db, "PRAGMA journal_mode = WAL;", NULL, NULL, NULL);
	if (s->db)
		sqlite3_close(s->db);
	for (size_t i = 0; i < s->ndirs; i++)
		free(s->dirs[i]);
	free(s->dirs);
	free(s->path);
	free(s);
}

void store_discard(struct store *s)
{
	if (!s)
		return;
	char *path = s->fresh ? xstrdup(s->path) : NULL;
	char **dirs = s->dirs;
	size_t ndirs = s->ndirs;
	s->dirs = NULL;
	s->ndirs = 0;
	s->fresh = false;
	store_close(s);
	if (path) {
		unlink(path);
		for (size_t i = 0; i < ARRAY_SIZE(side_suffix); i++) {
			char *side = xasprintf("%s%s", path, side_suffix[i]);
			unlink(side);
			free(side);
		}
		/* and the directories made for it, deepest first (left when
		 * something else went into one meanwhile) */
		for (size_t i = ndirs; i > 0; i--)
			rmdir(dirs[i - 1]);
	}
	for (size_t i = 0; i < ndirs; i++)
		free(dirs[i]);
	free(dirs);
	free(path);
}

const char *store_path(const struct store *s)
{
	return s->path;
}

bool store_readonly(const struct store *s)
{
	return s->readonly;
}

bool store_full(const struct store *s)
{
	return s->full;
}

int store_begin(struct store *s, struct store_error *err)
{
	if (s->readonly)
		return not_writable(s, err);
	if (exec(s, "BEGIN IMMEDIATE", err) < 0)
		return -1;
	s->in_tx = true;
	s->tx_first = s->tx_last = 0;
	return 0;
}

void store_tx_events(const struct store *s, long long *first, long long *last)
{
	*first = s->tx_first;
	*last = s->tx_last;
}

int store_begin_read(struct store *s, struct store_error *err)
{
	if (exec(s, "BEGIN", err) < 0)
		return -1;
	/* the snapshot is taken at the first read, not at BEGIN */
	int n;
	if (pragma_int(s, "SELECT count(*) FROM sqlite_master", &n, err) < 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	s->in_tx = true;
	return 0;
}

void store_bulk(struct store *s, bool on)
{
	/* a big transaction that does not fit the page cache spills pages
	 * into the WAL before its commit, and writes them twice; 64 MiB holds
	 * a 100,000-task plan (the cache only grows as pages are used). A new
	 * store has a rollback journal, which writes a new page once anyway:
	 * the small cache does, and saves a fifth of the import's memory */
	if (s->fresh)
		return;
	sqlite3_exec(s->db, on ? "PRAGMA cache_size = -65536" : "PRAGMA cache_size = -2000",
		     NULL, NULL, NULL);
}

int store_commit(struct store *s, struct store_error *err)
{
	if (exec(s, "COMMIT", err) < 0)
		return -1;
	s->in_tx = false;
	return 0;
}

int store_plan_version(struct store *s, const char *slug,
		       struct store_version *v, struct store_error *err)
{
	*v = (struct store_version){ 0 };
	sqlite3_stmt *q = stmt(s, SQL_PLAN_VERSION, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, slug, -1, SQLITE_STATIC);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		v->plan_id = sqlite3_column_int64(q, 0);
		v->synced = sqlite3_column_int64(q, 1);
		v->last_event = sqlite3_column_int64(q, 2);
	}
	done_stmt(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

/* The plan's imported_at (the `synced` of its version); 0 when it has
 * gone. */
static int plan_synced(struct store *s, long long plan_id, long long *synced,
		       struct store_error *err)
{
	*synced = 0;
	sqlite3_stmt *q = stmt(s, SQL_PLAN_SYNCED, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*synced = sqlite3_column_int64(q, 0);
	done_stmt(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

/* Runs q, bound to id and one or two numbers (b < 0: none). */
static int set_place(struct store *s, enum sql which, long long id, long long a,
		     long long b, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, which, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int64(q, 2, a);
	if (b >= 0)
		sqlite3_bind_int64(q, 3, b);
	return run(s, q, err);
}

struct place {
	long long id;
	int seq, last;
};

/* Numbers from the top down, so many of them to a transaction. */
enum { SPREAD_CHUNK = 16384 };

int store_plan_spread(struct store *s, long long plan_id, int gap,
		      struct store_error *err)
{
	struct place *v = NULL;
	size_t n = 0, cap = 0;
	long long synced, top = -1;
	if (store_begin_read(s, err) < 0)
		return -1;
	int ret = plan_synced(s, plan_id, &synced, err);
	sqlite3_stmt *q = ret == 0 ? stmt(s, SQL_PLACES, err) : NULL;
	if (q) {
		sqlite3_bind_int64(q, 1, plan_id);
		int rc;
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			v = xgrow(v, &cap, n + 1, sizeof(*v));
			v[n] = (struct place){ sqlite3_column_int64(q, 0),
					       sqlite3_column_int(q, 1),
					       sqlite3_column_int(q, 2) };
			top = v[n].seq > top ? v[n].seq : top;
			top = v[n].last > top ? v[n].last : top;
			n++;
		}
		done_stmt(q);
		ret = rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
	} else {
		ret = -1;
	}
	store_rollback(s);
	if (ret < 0 || top < 0 || (top + 1) * gap > INT_MAX)
		goto out;

	/* after each transaction the numbers from lo up are spread and those
	 * below are not: all of these are below all of those, so every
	 * order and every subtree (seq to last) reads as before */
	for (long long hi = top + 1; hi > 0;) {
		long long lo = hi > SPREAD_CHUNK ? hi - SPREAD_CHUNK : 0;
		long long now;
		if (store_begin(s, err) < 0 || plan_synced(s, plan_id, &now, err) < 0) {
			store_rollback(s);
			ret = -1;
			break;
		}
		if (now != synced) {
			/* synced by another process meanwhile: its numbers
			 * are its own */
			store_rollback(s);
			break;
		}
		for (size_t i = 0; i < n && ret == 0; i++) {
			bool sq = v[i].seq >= lo && v[i].seq < hi;
			bool ls = v[i].last >= lo && v[i].last < hi;
			long long nseq = ((long long)v[i].seq + 1) * gap;
			long long nlast = ((long long)v[i].last + 1) * gap;
			if (sq && ls)
				ret = set_place(s, SQL_SET_PLACE, v[i].id, nseq, nlast, err);
			else if (sq)
				ret = set_place(s, SQL_SET_SEQ, v[i].id, nseq, -1, err);
			else if (ls)
				ret = set_place(s, SQL_SET_LAST, v[i].id, nlast, -1, err);
		}
		sqlite3_stmt *b = ret == 0 ? stmt(s, SQL_PLAN_BUMP, err) : NULL;
		if (b)
			sqlite3_bind_int64(b, 1, plan_id);
		if (!b || run(s, b, err) < 0 || store_commit(s, err) < 0) {
			store_rollback(s);
			ret = -1;
			break;
		}
		synced++;
		hi = lo;
	}
out:
	free(v);
	return ret;
}

void store_rollback(struct store *s)
{
	if (s->in_tx && !sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->in_tx = false;
}

/* ---- plans -------------------------------------------------------------------- */

/* Milliseconds since the epoch: a plan's last use. */
static long long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void store_plan_done(struct store_plan *p)
{
	if (!p)
		return;
	free(p->slug);
	free(p->title);
	free(p->summary);
	free(p->source);
	free(p->source_hash);
	free(p->prompts);
	free(p->rate);
	for (int d = 0; d < 7; d++)
		free((char *)p->schedule[d].focus);
	*p = (struct store_plan){ 0 };
}

static int load_schedule(struct store *s, struct store_plan *p,
			 struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_SCHEDULE, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, p->id);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int d = sqlite3_column_int(q, 0);
		if (d < 0 || d > 6)
			continue;
		p->schedule[d].minutes = sqlite3_column_int(q, 1);
		free((char *)p->schedule[d].focus);
		p->schedule[d].focus = col_dup(q, 2);
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

/* Fills p from a row of PLAN_COLS (owned strings), schedule not yet. */
static void row_plan(sqlite3_stmt *q, struct store_plan *p)
{
	*p = (struct store_plan){ 0 };
	p->id = sqlite3_column_int64(q, 0);
	p->slug = col_dup(q, 1);
	p->title = col_dup(q, 2);
	p->summary = col_dup(q, 3);
	p->start = col_date(q, 4);
	p->end = col_date(q, 5);
	p->source = col_dup(q, 6);
	p->source_size = sqlite3_column_int64(q, 7);
	p->source_mtime = sqlite3_column_int64(q, 8);
	p->source_hash = col_dup(q, 9);
	p->next_ref = sqlite3_column_int(q, 10);
	p->total = sqlite3_column_int(q, 11);
	p->done = sqlite3_column_int(q, 12);
	p->used_at = sqlite3_column_int64(q, 13);
	p->has_schedule = sqlite3_column_int(q, 14);
	p->prompts = col_dup(q, 15);
	p->rate = col_dup(q, 16);
	p->moved = sqlite3_column_int(q, 17);
	p->file_start = col_date(q, 18);
	p->file_end = col_date(q, 19);
	p->anchor = col_date(q, 20);
	p->layable = sqlite3_column_int(q, 21);
}

/* Runs a plan query that binds ?1 (slug or id) and reads one row. */
static int plan_one(struct store *s, enum sql which, const char *slug,
		    long long id, struct store_plan *out, struct store_error *err)
{
	*out = (struct store_plan){ 0 };
	sqlite3_stmt *q = stmt(s, which, err);
	if (!q)
		return -1;
	if (slug)
		sqlite3_bind_text(q, 1, slug, -1, SQLITE_STATIC);
	else if (which == SQL_PLAN_BY_ID)
		sqlite3_bind_int64(q, 1, id);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		row_plan(q, out);
	done_stmt(q);
	if (rc == SQLITE_DONE)
		return store_set_err(err, STORE_ERR_NOTFOUND, "no such plan");
	if (rc != SQLITE_ROW)
		return store_db_err(s, err, rc);
	if (load_schedule(s, out, err) < 0) {
		store_plan_done(out);
		return -1;
	}
	return 0;
}

int store_plan_get(struct store *s, const char *slug, struct store_plan *out,
		   struct store_error *err)
{
	return plan_one(s, SQL_PLAN_BY_SLUG, slug, 0, out, err);
}

int store_plan_by_id(struct store *s, long long id, struct store_plan *out,
		     struct store_error *err)
{
	return plan_one(s, SQL_PLAN_BY_ID, NULL, id, out, err);
}

int store_plan_current(struct store *s, struct store_plan *out,
		       struct store_error *err)
{
	return plan_one(s, SQL_PLAN_CURRENT, NULL, 0, out, err);
}

int store_plans(struct store *s,
		int (*fn)(const struct store_plan *p, void *ctx), void *ctx,
		struct store_error *err)
{
	/* read the rows first: fn may run queries of its own */
	sqlite3_stmt *q = stmt(s, SQL_PLANS, err);
	if (!q)
		return -1;
	struct store_plan *plans = NULL;
	size_t n = 0, cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		plans = xgrow(plans, &cap, n + 1, sizeof(*plans));
		row_plan(q, &plans[n++]);
	}
	done_stmt(q);
	int ret = rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
	for (size_t i = 0; i < n; i++) {
		if (ret == 0 && load_schedule(s, &plans[i], err) < 0)
			ret = -1;
		if (ret == 0 && fn(&plans[i], ctx))
			ret = 1;
	}
	for (size_t i = 0; i < n; i++)
		store_plan_done(&plans[i]);
	free(plans);
	return ret < 0 ? -1 : 0;
}

int store_plan_save(struct store *s, struct store_plan *p,
		    struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, p->id ? SQL_PLAN_UPDATE : SQL_PLAN_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, p->slug);
	bind_text(q, 2, p->title);
	bind_text(q, 3, p->summary);
	bind_date(q, 4, p->start);
	bind_date(q, 5, p->end);
	bind_text(q, 6, p->source);
	sqlite3_bind_int64(q, 7, p->source_size);
	sqlite3_bind_int64(q, 8, p->source_mtime);
	bind_text(q, 9, p->source_hash);
	sqlite3_bind_int(q, 10, p->next_ref);
	sqlite3_bind_int(q, 11, p->total);
	sqlite3_bind_int(q, 12, p->done);
	sqlite3_bind_int(q, 13, p->has_schedule);
	bind_text(q, 14, p->prompts);
	sqlite3_bind_int64(q, 15, now_ms());
	if (p->id)
		sqlite3_bind_int64(q, 16, p->id);
	bind_text(q, 17, p->rate);
	bind_date(q, 18, p->file_start);
	bind_date(q, 19, p->file_end);
	sqlite3_bind_int(q, 20, p->moved);
	bind_date(q, 21, p->anchor);
	sqlite3_bind_int(q, 22, p->layable);
	if (run(s, q, err) < 0)
		return -1;
	if (!p->id)
		p->id = sqlite3_last_insert_rowid(s->db);

	q = stmt(s, SQL_SCHEDULE_CLEAR, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, p->id);
	if (run(s, q, err) < 0)
		return -1;
	for (int d = 0; d < 7; d++) {
		if (!p->schedule[d].minutes)
			continue;
		q = stmt(s, SQL_SCHEDULE_ADD, err);
		if (!q)
			return -1;
		sqlite3_bind_int64(q, 1, p->id);
		sqlite3_bind_int(q, 2, d);
		sqlite3_bind_int(q, 3, p->schedule[d].minutes);
		bind_text(q, 4, p->schedule[d].focus);
		if (run(s, q, err) < 0)
			return -1;
	}
	return 0;
}

int store_plan_touch_source(struct store *s, long long plan_id, long long size,
			    long long mtime, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_PLAN_TOUCH, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int64(q, 2, size);
	sqlite3_bind_int64(q, 3, mtime);
	return run(s, q, err);
}

int store_plan_use(struct store *s, long long plan_id, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_PLAN_USE, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int64(q, 2, now_ms());
	return run(s, q, err);
}

int store_data_version(struct store *s, long long *version,
		       struct store_error *err)
{
	int v = 0;
	int rc = pragma_int(s, "PRAGMA data_version", &v, err);
	*version = v;
	return rc;
}

/* Runs one statement with the plan's id as ?1; *count (when not NULL)
 * gets its first column. Not cached: for what is done rarely. */
static int plan_statement(struct store *s, const char *sql, long long plan_id,
			  long long *count, struct store_error *err)
{
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &q, NULL);
	if (rc != SQLITE_OK)
		return store_db_err(s, err, rc);
	sqlite3_bind_int64(q, 1, plan_id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && count)
		*count = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_plan_history(struct store *s, long long plan_id,
		       struct store_plan_history *out, struct store_error *err)
{
	*out = (struct store_plan_history){ 0 };
	if (plan_statement(s, "SELECT count(*) FROM events WHERE plan_id = ?1", plan_id,
			   &out->events, err) < 0)
		return -1;
	return plan_statement(s, "SELECT count(*) FROM reflections WHERE plan_id = ?1",
			      plan_id, &out->reflections, err);
}

int store_plan_drop(struct store *s, long long plan_id, struct store_error *err)
{
	/* what refers to a row goes before it */
	static const char *const sql[] = {
		("DELETE FROM item_moves WHERE item_id IN "
		 "(SELECT id FROM items WHERE plan_id = ?1)"),
		("DELETE FROM move_undo WHERE event_id IN "
		 "(SELECT id FROM events WHERE plan_id = ?1)"),
		"DELETE FROM pauses WHERE plan_id = ?1",
		"DELETE FROM clock WHERE plan_id = ?1",
		("DELETE FROM answers WHERE reflection_id IN "
		 "(SELECT id FROM reflections WHERE plan_id = ?1)"),
		"DELETE FROM reflections WHERE plan_id = ?1",
		"DELETE FROM ratings WHERE plan_id = ?1",
		"DELETE FROM events WHERE plan_id = ?1",
		"DELETE FROM items WHERE plan_id = ?1",
		"DELETE FROM schedule WHERE plan_id = ?1",
		"DELETE FROM plans WHERE id = ?1",
	};
	for (size_t i = 0; i < ARRAY_SIZE(sql); i++)
		if (plan_statement(s, sql[i], plan_id, NULL, err) < 0)
			return -1;
	return 0;
}

int store_plan_release_source(struct store *s, const char *source,
			      long long keep_id, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_PLAN_RELEASE, err);
	if (!q)
		return -1;
	bind_text(q, 1, source);
	sqlite3_bind_int64(q, 2, keep_id);
	return run(s, q, err);
}

/* ---- items ----------------------------------------------------------------------- */

/* Steps q (bound already), calling fn with each row as an item. */
static int each_item(struct store *s, sqlite3_stmt *q,
		     int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		     struct store_error *err)
{
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_item it;
		row_item(q, &it);
		if (fn(&it, ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_items(struct store *s, long long plan_id,
		int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEMS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	return each_item(s, q, fn, ctx, err);
}

int store_walk(struct store *s, long long plan_id, int seq, int last,
	       bool with_archived,
	       int (*fn)(const struct store_item *it, void *ctx), void *ctx,
	       struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, with_archived ? SQL_WALK : SQL_WALK_LIVE, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, seq);
	sqlite3_bind_int(q, 3, last);
	return each_item(s, q, fn, ctx, err);
}

_Static_assert(PLAN_PRIO_HIGH == 1 && PLAN_PRIO_LOW == 3, "store_late orders by these");

int store_late(struct store *s, long long plan_id, int today,
	       int (*fn)(const struct store_item *it, int late_from, void *ctx),
	       void *ctx, struct store_error *err)
{
	_Static_assert(STORE_TASK == 3 && STORE_DELIVERABLE == 5 && STORE_DOING == 1,
		       "SQL_LATE's kinds and statuses");
	sqlite3_stmt *q = stmt(s, SQL_LATE, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, today);
	int rc, last = sqlite3_column_count(q) - 1;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_item it;
		row_item(q, &it);
		if (fn(&it, sqlite3_column_int(q, last), ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_late_count(struct store *s, long long plan_id, int today, int *n,
		     struct store_error *err)
{
	*n = 0;
	sqlite3_stmt *q = store_cached(s, "SELECT count(*) FROM (" LATE_IDS ")", err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, today);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int(q, 0);
	done_stmt(q);
	return rc == SQLITE_ROW ? 0 : store_db_err(s, err, rc);
}

static int item_one(struct store *s, sqlite3_stmt *q, struct store_item *out,
		    struct store_error *err)
{
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		struct store_item it;
		row_item(q, &it);
		store_item_copy(out, &it);
	}
	done_stmt(q);
	if (rc == SQLITE_DONE)
		return store_set_err(err, STORE_ERR_NOTFOUND, "no such item");
	return rc == SQLITE_ROW ? 0 : store_db_err(s, err, rc);
}

int store_item_by_ref(struct store *s, long long plan_id, int ref,
		      struct store_item *out, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_BY_REF, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, store_item_id(plan_id, ref));
	return item_one(s, q, out, err);
}

int store_item_by_key(struct store *s, long long plan_id, const char *key,
		      struct store_item *out, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_BY_KEY, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_text(q, 2, key, -1, SQLITE_STATIC);
	int rc = item_one(s, q, out, err);
	if (rc == 0 || err->code != STORE_ERR_NOTFOUND)
		return rc;
	/* a key it had before it was retitled in place */
	long long id = 0;
	q = stmt(s, SQL_ITEM_ALIAS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_text(q, 2, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(q, 0);
	done_stmt(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_err(s, err, rc);
	if (!id)
		return store_set_err(err, STORE_ERR_NOTFOUND, "no such item");
	return store_item_get(s, id, out, err);
}

int store_item_get(struct store *s, long long id, struct store_item *out,
		   struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_BY_ID, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, id);
	return item_one(s, q, out, err);
}

int store_item_search(struct store *s, long long plan_id, const char *fragment,
		      int limit,
		      int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		      struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_SEARCH, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_text(q, 2, fragment, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 3, limit);
	return each_item(s, q, fn, ctx, err);
}

int store_containers(struct store *s, long long plan_id,
		     int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		     struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_CONTAINERS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_item it = { .due = CALENDAR_NONE, .status_day = CALENDAR_NONE };
		int c = 0;
		it.id = sqlite3_column_int64(q, c++);
		it.plan_id = sqlite3_column_int64(q, c++);
		it.parent_id = sqlite3_column_int64(q, c++);
		it.ref = sqlite3_column_int(q, c++);
		it.key = col_text(q, c++);
		it.title = col_text(q, c++);
		it.kind = (enum store_kind)sqlite3_column_int(q, c++);
		it.seq = sqlite3_column_int(q, c++);
		it.last = sqlite3_column_int(q, c++);
		it.depth = sqlite3_column_int(q, c++);
		it.start = col_date(q, c++);
		it.end = col_date(q, c++);
		it.goal = col_text(q, c++);
		it.milestone = col_text(q, c++);
		it.n_total = sqlite3_column_int(q, c++);
		it.n_done = sqlite3_column_int(q, c++);
		it.s_total = sqlite3_column_int(q, c++);
		it.s_done = sqlite3_column_int(q, c++);
		if (fn(&it, ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_item_insert(struct store *s, struct store_item *it,
		      struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_INSERT, err);
	if (!q)
		return -1;
	it->id = store_item_id(it->plan_id, it->ref);
	bind_item(q, it);
	return run(s, q, err);
}

int store_items_insert(struct store *s, struct store_item *const *its,
		       size_t n, struct store_error *err)
{
	size_t i = 0;
	if (n >= INSERT_BATCH && !s->insert_batch) {
		/* the statement of one row, with INSERT_BATCH rows of values */
		const char *one = sql_text[SQL_ITEM_INSERT];
		const char *values = strstr(one, " VALUES ");
		size_t head = (size_t)(values - one) + 8;
		size_t cap = head + INSERT_BATCH * (ITEM_NCOLS * 7 + 4);
		char *sql = xmalloc(cap), *o = sql;
		memcpy(o, one, head);
		o += head;
		for (int r = 0; r < INSERT_BATCH; r++) {
			*o++ = r ? ',' : '(';
			if (r)
				*o++ = '(';
			for (int c = 0; c < ITEM_NCOLS; c++)
				o += sprintf(o, "%s?%d", c ? "," : "", r * ITEM_NCOLS + c + 1);
			*o++ = ')';
		}
		*o = '\0';
		int rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
					    &s->insert_batch, NULL);
		free(sql);
		if (rc != SQLITE_OK)
			return store_db_err(s, err, rc);
	}
	for (; n - i >= INSERT_BATCH; i += INSERT_BATCH) {
		for (int r = 0; r < INSERT_BATCH; r++) {
			struct store_item *it = its[i + (size_t)r];
			it->id = store_item_id(it->plan_id, it->ref);
			bind_item_at(s->insert_batch, it, r * ITEM_NCOLS + 1);
		}
		if (run(s, s->insert_batch, err) < 0)
			return -1;
	}
	for (; i < n; i++)
		if (store_item_insert(s, its[i], err) < 0)
			return -1;
	return 0;
}

int store_item_update(struct store *s, const struct store_item *it,
		      struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_UPDATE, err);
	if (!q)
		return -1;
	bind_item(q, it);
	return run(s, q, err);
}

long long store_item_id(long long plan_id, int ref)
{
	return (plan_id << 32) | (long long)(unsigned)ref;
}

/* ---- progress ------------------------------------------------------------------ */

int store_next_batch(struct store *s, long long *batch, struct store_error *err)
{
	if (*batch)
		return 0;
	sqlite3_stmt *q = stmt(s, SQL_NEXT_EVENT, err);
	if (!q)
		return -1;
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*batch = sqlite3_column_int64(q, 0);
	done_stmt(q);
	return rc == SQLITE_ROW ? 0 : store_db_err(s, err, rc);
}

int store_add_event(struct store *s, const struct store_event *ev, long long undoes,
		    struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_EVENT_INSERT, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, ev->plan_id);
	bind_id(q, 2, ev->item_id);
	sqlite3_bind_int64(q, 3, (long long)time(NULL));
	sqlite3_bind_int(q, 4, ev->day);
	sqlite3_bind_int(q, 5, ev->type);
	if (ev->type == STORE_EV_STATUS || ev->type == STORE_EV_ADOPT) {
		sqlite3_bind_int(q, 6, ev->old_status);
		if (!ev->same_status)
			sqlite3_bind_int(q, 7, ev->new_status);
	}
	if (ev->type == STORE_EV_TICK)
		sqlite3_bind_int(q, 7, ev->new_status);
	if (ev->type == STORE_EV_LOG || ev->type == STORE_EV_MOVE ||
	    ev->type == STORE_EV_PAUSE || ev->type == STORE_EV_ADOPT ||
	    ev->type == STORE_EV_UNLOG)
		sqlite3_bind_int(q, 8, ev->minutes);
	bind_text(q, 9, ev->text);
	bind_text(q, 10, ev->old_text);
	bind_id(q, 11, undoes);
	sqlite3_bind_int64(q, 12, ev->batch);
	if (ev->type == STORE_EV_RATING || ev->type == STORE_EV_ADOPT) {
		bind_id(q, 13, ev->old_rating);
		bind_id(q, 14, ev->new_rating);
	}
	sqlite3_bind_int64(q, 15, now_ms() << 16);
	if (run(s, q, err) < 0)
		return -1;
	s->tx_last = sqlite3_last_insert_rowid(s->db);
	if (!s->tx_first)
		s->tx_first = s->tx_last;
	return 0;
}

/* Adds to the counts of it's ancestors, of its dated container and of its
 * plan. */
static int add_counts(struct store *s, const struct store_item *it, int dtotal,
		      int ddone, struct store_error *err)
{
	if (!dtotal && !ddone)
		return 0;
	sqlite3_stmt *q = stmt(s, SQL_ANCESTORS_ADD, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, it->id);
	sqlite3_bind_int(q, 2, dtotal);
	sqlite3_bind_int(q, 3, ddone);
	if (run(s, q, err) < 0)
		return -1;
	if (it->sched_id) {
		q = stmt(s, SQL_SCHED_ADD, err);
		if (!q)
			return -1;
		sqlite3_bind_int64(q, 1, it->sched_id);
		sqlite3_bind_int(q, 2, dtotal);
		sqlite3_bind_int(q, 3, ddone);
		if (run(s, q, err) < 0)
			return -1;
	}
	q = stmt(s, SQL_PLAN_ADD, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, it->plan_id);
	sqlite3_bind_int(q, 2, dtotal);
	sqlite3_bind_int(q, 3, ddone);
	return run(s, q, err);
}

/* Sets it's status to st and keeps the counts in step. */
int store_apply_status(struct store *s, const struct store_item *it,
			enum store_status st, int day, struct store_error *err)
{
	struct store_item after = *it;
	after.status = st;
	bool was = store_countable(it), is = store_countable(&after);
	int dtotal = (int)is - (int)was;
	int ddone = (int)(is && st == STORE_DONE) -
		    (int)(was && it->status == STORE_DONE);
	sqlite3_stmt *q = stmt(s, SQL_ITEM_SET_STATUS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, it->id);
	sqlite3_bind_int(q, 2, st);
	bind_date(q, 3, day);
	if (run(s, q, err) < 0)
		return -1;
	return add_counts(s, it, dtotal, ddone, err);
}

int store_set_status(struct store *s, const struct store_item *it,
		     enum store_status st, int day, long long *batch,
		     struct store_error *err)
{
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = {
		.plan_id = it->plan_id, .item_id = it->id, .day = day,
		.type = STORE_EV_STATUS, .old_status = it->status,
		.new_status = st, .batch = *batch,
	};
	if (store_add_event(s, &ev, 0, err) < 0)
		return -1;
	return store_apply_status(s, it, st, day, err);
}

int store_add_minutes(struct store *s, long long item_id, int minutes,
		       struct store_error *err)
{
	if (!item_id)
		return 0;
	sqlite3_stmt *q = stmt(s, SQL_ITEM_ADD_MINUTES, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	sqlite3_bind_int(q, 2, minutes);
	return run(s, q, err);
}

int store_log(struct store *s, long long plan_id, long long item_id,
	      int minutes, int day, const char *text, long long *batch,
	      struct store_error *err)
{
	if (check_text("the log note", text, err) < 0 ||
	    store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = {
		.plan_id = plan_id, .item_id = item_id, .day = day,
		.type = STORE_EV_LOG, .minutes = minutes, .text = text,
		.batch = *batch,
	};
	if (store_add_event(s, &ev, 0, err) < 0)
		return -1;
	return store_add_minutes(s, item_id, minutes, err);
}

int store_put_note(struct store *s, long long item_id, const char *text,
		    struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_SET_NOTE, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	bind_text(q, 2, text);
	return run(s, q, err);
}

int store_set_note(struct store *s, const struct store_item *it,
		   const char *text, int day, long long *batch,
		   struct store_error *err)
{
	if (check_text("the note", text, err) < 0 || store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = {
		.plan_id = it->plan_id, .item_id = it->id, .day = day,
		.type = STORE_EV_NOTE, .text = text, .old_text = it->note,
		.batch = *batch,
	};
	if (store_add_event(s, &ev, 0, err) < 0)
		return -1;
	return store_put_note(s, it->id, text, err);
}

int store_put_rating(struct store *s, long long item_id, int rating,
		      struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_ITEM_SET_RATING, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, item_id);
	bind_id(q, 2, rating);
	return run(s, q, err);
}

int store_set_rating(struct store *s, const struct store_item *it, int rating,
		     int day, long long *batch, struct store_error *err)
{
	if (rating < 0 || rating > 5)
		return store_set_err(err, STORE_ERR_IO,
			       "a rating is a whole number from 1 to 5 (0: none), "
			       "not %d",
			       rating);
	if (store_next_batch(s, batch, err) < 0)
		return -1;
	struct store_event ev = {
		.plan_id = it->plan_id, .item_id = it->id, .day = day,
		.type = STORE_EV_RATING, .old_rating = it->rating,
		.new_rating = rating, .batch = *batch,
	};
	if (store_add_event(s, &ev, 0, err) < 0)
		return -1;
	return store_put_rating(s, it->id, rating, err);
}

/* Fills ev from a row of EVENT_COLS; strings borrowed from q. */
static void row_event(sqlite3_stmt *q, struct store_event *ev)
{
	*ev = (struct store_event){ 0 };
	ev->id = sqlite3_column_int64(q, 0);
	ev->plan_id = sqlite3_column_int64(q, 1);
	ev->item_id = sqlite3_column_int64(q, 2);
	ev->at = sqlite3_column_int64(q, 3);
	ev->day = sqlite3_column_int(q, 4);
	ev->type = (enum store_event_type)sqlite3_column_int(q, 5);
	ev->old_status = (enum store_status)sqlite3_column_int(q, 6);
	ev->new_status = (enum store_status)sqlite3_column_int(q, 7);
	ev->minutes = sqlite3_column_int(q, 8);
	ev->text = col_text(q, 9);
	ev->old_text = col_text(q, 10);
	ev->batch = sqlite3_column_int64(q, 11);
	ev->old_rating = sqlite3_column_int(q, 12);
	ev->new_rating = sqlite3_column_int(q, 13);
	ev->same_status = ev->type == STORE_EV_ADOPT &&
			  sqlite3_column_type(q, 7) == SQLITE_NULL;
}

int store_undo(struct store *s, int day,
	       int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
	       struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_LAST_BATCH, err);
	if (!q)
		return -1;
	long long batch = 0;
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		batch = sqlite3_column_int64(q, 0);
	done_stmt(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_err(s, err, rc);
	if (!batch)
		return store_set_err(err, STORE_ERR_NOTFOUND, "nothing to undo");

	/* read the batch whole first: reverting runs statements of its own */
	q = stmt(s, SQL_BATCH_EVENTS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, batch);
	struct store_event *evs = NULL;
	size_t n = 0, cap = 0;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		evs = xgrow(evs, &cap, n + 1, sizeof(*evs));
		row_event(q, &evs[n]);
		evs[n].text = dup_or_null(evs[n].text);
		evs[n].old_text = dup_or_null(evs[n].old_text);
		n++;
	}
	done_stmt(q);
	int ret = rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);

	long long undo_batch = 0;
	for (size_t i = 0; ret == 0 && i < n; i++) {
		const struct store_event *ev = &evs[i];
		if (fn)
			fn(ev, ctx);
		if (store_next_batch(s, &undo_batch, err) < 0) {
			ret = -1;
			break;
		}
		struct store_event u = { .plan_id = ev->plan_id,
					 .item_id = ev->item_id, .day = day,
					 .type = STORE_EV_UNDO, .batch = undo_batch };
		if (store_add_event(s, &u, ev->id, err) < 0 ||
		    store_keep_for_redo(s, ev, sqlite3_last_insert_rowid(s->db), err) < 0) {
			ret = -1;
			break;
		}
		switch (ev->type) {
		case STORE_EV_STATUS:
		case STORE_EV_LOG:
		case STORE_EV_NOTE:
		case STORE_EV_RATING:
		case STORE_EV_ADOPT:
		case STORE_EV_UNLOG:
			/* the item as its events not undone say (as a restore puts
			 * it), not as ev found it: the change undone may be another
			 * store's, made beside a change of this one */
			ret = ev->item_id ? store_replay_item(s, ev->item_id, err) : 0;
			break;
		case STORE_EV_TICK:
			ret = store_replay_ticks(s, ev->item_id, err);
			break;
		case STORE_EV_MOVE:
			ret = store_undo_move(s, ev, err);
			break;
		case STORE_EV_PAUSE:
			ret = store_undo_pause(s, ev, err);
			break;
		case STORE_EV_DELIVER: /* read from its events (store_delivered) */
		case STORE_EV_UNDO:
		case STORE_EV_REKEY: /* not a change: CHANGE leaves both out */
			break;
		}
	}
	for (size_t i = 0; i < n; i++) {
		free((char *)evs[i].text);
		free((char *)evs[i].old_text);
	}
	free(evs);
	return ret;
}

/* Runs statement `which` on plan_id and two numbers, and hands each row's
 * two numbers to fn (a nonzero return stops). */
static int each_pair(struct store *s, enum sql which, long long plan_id, int a, int b,
		     int (*fn)(int x, long long y, void *ctx), void *ctx,
		     struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, which, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, a);
	sqlite3_bind_int(q, 3, b);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (fn(sqlite3_column_int(q, 0), sqlite3_column_int64(q, 1), ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_activity(struct store *s, long long plan_id, int from, int to,
		   int (*fn)(int day, long long minutes, void *ctx), void *ctx,
		   struct store_error *err)
{
	return each_pair(s, SQL_ACTIVITY, plan_id, from, to, fn, ctx, err);
}

struct count_fn {
	int (*fn)(int day, int count, void *ctx);
	void *ctx;
};

static int pass_count(int day, long long count, void *ctx)
{
	const struct count_fn *c = ctx;
	return c->fn(day, (int)count, c->ctx);
}

int store_done_days(struct store *s, long long plan_id, int seq, int last,
		    int (*fn)(int day, int count, void *ctx), void *ctx,
		    struct store_error *err)
{
	struct count_fn c = { fn, ctx };
	return each_pair(s, SQL_DONE_DAYS, plan_id, seq, last, pass_count, &c, err);
}

int store_time_sums(struct store *s, long long plan_id, int seq, int last,
		    long long *estimate, long long *minutes, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_TIME_SUMS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, seq);
	sqlite3_bind_int(q, 3, last);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*estimate = sqlite3_column_int64(q, 0);
		*minutes = sqlite3_column_int64(q, 1);
		rc = SQLITE_DONE;
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

/* Steps q (bound already), calling fn with each row as an event. */
static int each_event(struct store *s, sqlite3_stmt *q,
		      int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
		      struct store_error *err)
{
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_event ev;
		row_event(q, &ev);
		if (fn(&ev, ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_events(struct store *s, long long plan_id,
		 int (*fn)(const struct store_event *ev, void *ctx), void *ctx,
		 struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_EVENTS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	return each_event(s, q, fn, ctx, err);
}

int store_events_between(struct store *s, long long plan_id, int from, int to,
			 int (*fn)(const struct store_event *ev, void *ctx),
			 void *ctx, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_EVENTS_BETWEEN, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	return each_event(s, q, fn, ctx, err);
}

/* ---- reflections and ratings ----------------------------------------------- */

void store_reflection_done(struct store_reflection *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].prompt);
		free(r->v[i].answer);
	}
	free(r->v);
	*r = (struct store_reflection){ 0 };
}

int store_reflection_get(struct store *s, long long plan_id, int week,
			 struct store_reflection *out, struct store_error *err)
{
	*out = (struct store_reflection){ .week = week };
	sqlite3_stmt *q = stmt(s, SQL_REFLECTION_COUNT, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, week);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		out->versions = sqlite3_column_int(q, 0);
	done_stmt(q);
	if (rc != SQLITE_ROW)
		return store_db_err(s, err, rc);
	if (!out->versions)
		return store_set_err(err, STORE_ERR_NOTFOUND, "no reflection for that week");

	q = stmt(s, SQL_REFLECTION_LATEST, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, week);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(q, 0);
		out->saved_at = sqlite3_column_int64(q, 1);
	}
	done_stmt(q);
	if (rc != SQLITE_ROW)
		return store_db_err(s, err, rc);

	q = stmt(s, SQL_ANSWERS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, out->id);
	size_t cap = 0;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		out->v = xgrow(out->v, &cap, out->n + 1, sizeof(*out->v));
		out->v[out->n].prompt = col_dup(q, 0);
		out->v[out->n].answer = col_dup(q, 1);
		out->n++;
	}
	done_stmt(q);
	if (rc != SQLITE_DONE) {
		store_reflection_done(out);
		return store_db_err(s, err, rc);
	}
	return 0;
}

int store_reflection_save(struct store *s, long long plan_id, int week,
			  const struct store_answer *v, size_t n,
			  struct store_error *err)
{
	return store_reflection_save_at(s, plan_id, week, now_ms(), v, n, err);
}

int store_reflection_save_at(struct store *s, long long plan_id, int week, long long saved_at,
			     const struct store_answer *v, size_t n, struct store_error *err)
{
	for (size_t i = 0; i < n; i++)
		if (check_text("a prompt of the reflection", v[i].prompt, err) < 0 ||
		    check_text("an answer of the reflection", v[i].answer, err) < 0)
			return -1;
	sqlite3_stmt *q = stmt(s, SQL_REFLECTION_INSERT, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, week);
	sqlite3_bind_int64(q, 3, saved_at);
	if (run(s, q, err) < 0)
		return -1;
	long long id = sqlite3_last_insert_rowid(s->db);
	for (size_t i = 0; i < n; i++) {
		q = stmt(s, SQL_ANSWER_INSERT, err);
		if (!q)
			return -1;
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int(q, 2, (int)i);
		bind_text(q, 3, v[i].prompt);
		bind_text(q, 4, v[i].answer);
		if (run(s, q, err) < 0)
			return -1;
	}
	return 0;
}

int store_reflection_weeks(struct store *s, long long plan_id, int from, int to,
			   int (*fn)(int week, void *ctx), void *ctx,
			   struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_REFLECTION_WEEKS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (fn(sqlite3_column_int(q, 0), ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_ratings(struct store *s, long long plan_id, int from, int to,
		  int (*fn)(const struct store_rating *r, void *ctx), void *ctx,
		  struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_RATINGS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, from);
	sqlite3_bind_int(q, 3, to);
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct store_rating r = {
			.week = sqlite3_column_int(q, 0),
			.skill = col_text(q, 1),
			.rating = sqlite3_column_int(q, 2),
			.saved_at = sqlite3_column_int64(q, 3),
		};
		if (fn(&r, ctx)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	done_stmt(q);
	return rc == SQLITE_DONE ? 0 : store_db_err(s, err, rc);
}

int store_rating_add(struct store *s, long long plan_id, int week,
		     const char *skill, int rating, struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_RATING_INSERT, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	sqlite3_bind_int(q, 2, week);
	bind_text(q, 3, skill);
	sqlite3_bind_int(q, 4, rating);
	sqlite3_bind_int64(q, 5, now_ms());
	return run(s, q, err);
}

int store_skills(struct store *s, long long plan_id,
		 int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		 struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_SKILLS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	return each_item(s, q, fn, ctx, err);
}

int store_resources(struct store *s, long long plan_id, bool with_archived,
		    int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		    struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, with_archived ? SQL_RESOURCES : SQL_RESOURCES_LIVE, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	return each_item(s, q, fn, ctx, err);
}

int store_users(struct store *s, long long plan_id,
		int (*fn)(const struct store_item *it, void *ctx), void *ctx,
		struct store_error *err)
{
	sqlite3_stmt *q = stmt(s, SQL_USERS, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, plan_id);
	return each_item(s, q, fn, ctx, err);
}
