#!/usr/bin/env bash
# Sync from the TUI (issue 13): the status bar says how many changes are
# not synced yet once the store has a sync repository; S syncs, as
# `stride sync` does, and says what it did; with no sync repository, S
# says how to make one. The remote is a local bare repository.
source "$(dirname "$0")/lib.sh"

git config --global user.name "Test" && git config --global user.email test@example.org ||
	fail "cannot configure git"
cp "$ROOT/plans/backend-roadmap.yaml" "$T/plan.yaml"
stride import "$T/plan.yaml" >/dev/null 2>&1 || fail "import"

# no sync repository: S says what to type; no count on the status bar
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
screen | grep -q 'to sync' && fail "a count to sync with no sync repository"
keys S
wait_for "^ No sync repository yet: 'stride sync --init REPO' in a shell"
quit_tui

git init -q --bare "$T/remote.git" || fail "git init --bare"
stride sync --init "$T/remote.git" >/dev/null 2>&1 || fail "stride sync --init"
stride done 2 3 >/dev/null || fail "stride done"

# two changes since the sync: counted; S pushes them, and the count goes
start_tui 100x30 stride
wait_for ' 2 to sync · 2025-07-14 · '
keys S
wait_for '^ synced: 0 changes from 0 other devices, yours pushed$'
screen | grep -q 'to sync' && fail "the count stayed after S: $(screen | tail -n 2)"
quit_tui
git --git-dir="$T/remote.git" log --oneline | grep -q . || fail "nothing reached the remote"
stride sync --status | grep -q '^waiting: *0 events' ||
	fail "stride sync --status after S: $(stride sync --status 2>&1)"
