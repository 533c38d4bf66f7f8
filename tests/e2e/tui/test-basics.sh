#!/usr/bin/env bash
# Open the bundled plan at 100x30: Today and the Checklist as expected;
# move with j/k and the arrows, tick with Space, quit with q; the ticks
# are in the store (stride list --json), and the CLI carries on from
# there (undo, done).
source "$(dirname "$0")/lib.sh"

start_tui 100x30 stride "$ROOT/plans/backend-roadmap.yaml"
wait_for '^ Monday 14 July 2025$'
expect_screen today-100x30
# first what is carried over from phase 1, which ended on 07-09
wait_selected '^ +2 \[ \] Read ES 2025.*\(5 days late\)$'
keys j j j j j j
wait_selected '^ +9 \[ \] Index & query tuning'

# Today: j j k Down Up Down -> the third open task, 11
keys j
wait_selected '^ *10 \[ \]'
keys j
wait_selected '^ *11 \[ \]'
keys k
wait_selected '^ *10 \[ \]'
keys Down Down
wait_selected '^ *12 \[ \]'
keys Up
wait_selected '^ *11 \[ \]'
keys Space
wait_for '^ 11 is done \(u undoes it\)$'
wait_for '^ Carried over \(6\), then next in Data & Persistence \(6 open\)$'
wait_gone 'Add Redis cache'

# the Checklist, with the tick
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
expect_screen basics-checklist
wait_selected '^  1 ▾ Language & Runtime Mastery'
keys j
wait_selected '^  2     \[ \] Read ES 2025'
keys Down j
wait_selected '^  4     \[ \] Build CLI scraper'
keys k
wait_selected '^  3     \[ \] Diagram Node'
keys Space
wait_for '^ 3 is done \(u undoes it\)$'
wait_for '^  3     \[x\] Diagram Node event-loop vs libuv thread-pool$'
wait_for '^  1 ▾ Language & Runtime Mastery +\[1/6\]'
# the cursor stays on the row it ticked
wait_selected '^  3     \[x\] Diagram Node'
# s starts, x skips, again goes back to todo; u undoes, one change at a time
keys j
wait_selected '^  4     \[ \] Build CLI scraper'
keys s
wait_for '^ 4 is doing \(u undoes it\)$'
wait_for '^  4     \[~\] Build CLI scraper'
keys x
wait_for '^ 4 is skipped \(u undoes it\)$'
wait_for '^  4     \[-\] Build CLI scraper'
keys x
wait_for '^ 4 is todo \(u undoes it\)$'
wait_for '^  4     \[ \] Build CLI scraper'
keys u
wait_for '^ undid a status change \(U redoes it\)$'
wait_for '^  4     \[-\] Build CLI scraper'
keys u
wait_for '^  4     \[~\] Build CLI scraper'
keys u
wait_for '^  4     \[ \] Build CLI scraper'
wait_selected '^  4     \[ \] Build CLI scraper'
# redo: U and C-r take the undos back, one at a time; u again undoes the redo
keys U
wait_for '^ redid a status change$'
wait_for '^  4     \[~\] Build CLI scraper'
keys C-r
wait_for '^  4     \[-\] Build CLI scraper'
keys u
wait_for '^  4     \[~\] Build CLI scraper'
keys u
wait_for '^  4     \[ \] Build CLI scraper'
# a phase is not ticked
keys g
wait_selected '^  1 ▾ Language'
keys Space
wait_for 'a phase is done when its items are: tick those'
keys G
wait_selected 'Saturday mini-project'
quit_tui

# the store has both ticks
list_item 3 | grep -q '"status":"done"' || fail "3 is not done: $(list_item 3)"
list_item 11 | grep -q '"status":"done"' || fail "11 is not done: $(list_item 11)"
list_item 2 | grep -q '"status":"todo"' || fail "2 changed: $(list_item 2)"
stride status --json | json_compact | grep -q '"done":2,"total":60' ||
	fail "stride status does not count 2 done: $(stride status --json)"

# the CLI carries on: undo takes back the last tick, done makes another
out=$(stride undo 2>&1) || fail "stride undo failed: $out"
list_item 3 | grep -q '"status":"todo"' || fail "undo did not take back 3: $(list_item 3)"
list_item 11 | grep -q '"status":"done"' || fail "undo took back 11 too: $(list_item 11)"
out=$(stride done 4 2>&1) || fail "stride done 4 failed: $out"

# and the TUI shows what the CLI did
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  3     \[ \] Diagram Node'
wait_for '^  4     \[x\] Build CLI scraper'
wait_for '^ 11     \[x\] Add Redis cache'
quit_tui
