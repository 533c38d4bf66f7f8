#!/usr/bin/env bash
# An open TUI follows the store: a change made from another shell (stride
# done, undo, a note) shows without a key, within a tick (400 ms; the
# waits here allow two seconds), the cursor staying on its row, the
# folds as they were; the Today view's figures follow too.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
keys z j j
wait_selected '^  9     \[ \] Index & query tuning'

# from outside: tick 10 and start 9; the screen follows, no key pressed
stride done 10 >/dev/null || fail "stride done 10"
wait_for '^ 10     \[x\] Implement Prisma migrations' 2
stride start 9 >/dev/null || fail "stride start 9"
wait_for '^  9     \[~\] Index & query tuning' 2
wait_selected '^  9     \[~\] Index & query tuning'
screen | grep -q '^  1 ▸ Language & Runtime Mastery' ||
	soft_fail "the fold was lost on the reload: $(screen | head -n 4)"
# undo from outside, too
stride undo >/dev/null || fail "stride undo"
wait_for '^  9     \[ \] Index & query tuning' 2

# the Today view and the status bar: the percentage done
keys 1
wait_for '· 1% done ·'
stride done 11 12 >/dev/null || fail "stride done 11 12"
wait_for '· 5% done ·' 2
quit_tui
