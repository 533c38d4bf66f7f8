/*
 * gitsync: progress shared between machines through a git repository
 * (stride sync), on top of export and restore (stride/backup.h).
 *
 * The repository holds a directory per device, and each device writes
 * only its own, so that two machines that sync at the same time never
 * make a git conflict:
 *
 *   devices/DEVICE/events.jsonl      one event a line (the export's event
 *                                    objects), by the clock
 *   devices/DEVICE/plans/PLAN.json   a plan as the export has it: its text,
 *                                    its start, shifts and pauses
 *   devices/DEVICE/reflections.jsonl one version of a reflection a line
 *   devices/DEVICE/ratings.jsonl     one skill rating a line
 *
 * A sync fetches and merges what the others pushed, builds one export
 * document of what the other devices' files hold that the store lacks
 * (their plan files only where needed: a plan the store lacks, or events
 * coming in that move its dates) and restores it (backup_restore: by
 * event id, so applying it again adds nothing), then writes this device's
 * files: the events new since the last sync appended (the whole file
 * written again when it is not as this device left it, or the store lost
 * events), the other files written where what they hold changed (a plan
 * file: when store_xplan_print says its entry may have). An unchanged
 * store commits nothing. Then it commits and pushes, fetching and merging
 * again when another machine pushed first. A device's file holds the
 * events this device made, and those it has from elsewhere that no other
 * device's file held when they were written (brought in by a restore).
 *
 * git is run as a program (no shell), with the person's own
 * configuration, keys and credential helpers; its messages come back in
 * the errors. Nothing here prints.
 */
#ifndef STRIDE_GITSYNC_H
#define STRIDE_GITSYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "stride/backup.h"
#include "stride/store.h"

/* A line (or file) of another device that could not be taken in. */
struct gitsync_fault {
	char *file; /* its path */
	long line;  /* 0: the whole file */
	char *why;
};

/* What a sync did. */
struct gitsync_report {
	char *dir, *remote;	   /* the sync repository, and its origin */
	bool cloned;		   /* --init: cloned the remote */
	bool fetched;		   /* reached the remote to fetch */
	bool committed;		   /* this device's files changed: a commit */
	bool pushed;		   /* the remote has everything */
	int retries;		   /* pushes refused because another pushed first */
	char *offline;		   /* why the remote could not be reached (git's words) */
	size_t devices;		   /* other devices whose files were read */
	struct backup_report applied; /* what their files added here */
	struct gitsync_fault *faults;
	size_t nfaults;
};

void gitsync_report_done(struct gitsync_report *r);

/* Where the sync repository goes when --dir is not given: beside the
 * store, its file name less ".db" and with "-sync" (stride.db:
 * stride-sync/). Malloc'd. */
char *gitsync_default_dir(struct store *s);

/*
 * stride sync --init: clones remote (a URL, or the path of a repository)
 * into dir (NULL: gitsync_default_dir), or, when dir is that clone
 * already, keeps it; remembers dir in the store, then syncs (gitsync_run:
 * into an empty remote, that is the first commit). Returns 0, or -1 with
 * err (git's message where git failed; dir is left as git left it).
 */
int gitsync_init(struct store *s, const char *remote, const char *dir,
		 struct gitsync_report *rep, struct store_error *err);

/*
 * stride sync: fetch and merge, take in the other devices' files, write
 * this device's, commit, push (again up to a few times when another
 * machine pushed first). Offline, the commit stays here (rep->offline
 * says why) and the next sync pushes it: that is still 0. A line of
 * another device's files that is not valid is left out and reported
 * (rep->faults), the rest taken in. Returns 0, or -1 with err: no sync
 * repository yet (--init), or git or the store failed.
 */
int gitsync_run(struct store *s, struct gitsync_report *rep, struct store_error *err);

/* stride sync --status. */
struct gitsync_status {
	char *dir, *remote;	 /* NULL: no sync repository yet */
	long long last;		 /* when the last sync reached the remote (Unix
				    time), 0: never */
	long long waiting;	 /* events made since the last sync */
	long unpushed;		 /* commits the remote lacks; -1: unknown */
};

void gitsync_status_done(struct gitsync_status *st);
/* Fills st; -1 with err when the store cannot be read. Does not reach the
 * remote. */
int gitsync_status(struct store *s, struct gitsync_status *st, struct store_error *err);

/* How many changes of this store are not synced yet (*n), or -1 when it
 * has no sync repository: what the TUI's status bar shows. The store
 * alone is read (no git). */
int gitsync_unsynced(struct store *s, long long *n, struct store_error *err);

#endif
