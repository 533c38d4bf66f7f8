#!/usr/bin/env bash
# Killing the TUI (kill -9) right after a change loses nothing: each change
# is in the store as soon as the screen shows it. A tick on Today, a tick
# in the Checklist, a check-in, each followed at once by kill -9; a kill
# with a prompt open changes nothing; the store is sound afterwards and
# the TUI opens on all of it.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"

kill9()
{
	local pid
	pid=$(tui_pid) || fail "stride is not running"
	kill -9 "$pid"
	wait_exit
	[ "$TUI_STATUS" = 137 ] || fail "stride ended with status $TUI_STATUS, not 137 (killed)"
}

# a tick on Today (its first item: phase 1's, carried over)
start_tui 100x30 stride
wait_for '^  2 \[ \] Read ES 2025'
keys Space
wait_for '^ 2 is done \(u undoes it\)$'
kill9
list_item 2 | grep -q '"status":"done"' || fail "the tick on Today was lost: $(list_item 2)"

# a tick in the Checklist
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 3 j j
wait_selected '^  3     \[ \] Diagram Node'
keys Space
wait_for '^  3     \[x\] Diagram Node'
kill9
list_item 3 | grep -q '"status":"done"' || fail "the tick in the Checklist was lost: $(list_item 3)"

# a check-in
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys c
wait_for 'Check in: minutes studied today'
keys C-u
type_text 25m
keys Enter
wait_for 'A note \(Enter to skip\):'
keys Enter
wait_for '^ checked in: 25 min today$'
kill9
[ "$(logged_today)" = 25 ] || fail "the check-in was lost: $(logged_today) min today"

# killed with a prompt open: nothing changes
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys c
wait_for 'Check in: minutes studied today'
keys C-u
type_text 99m
wait_for 'Check in: .* 99m$'
kill9
[ "$(logged_today)" = 25 ] || fail "a kill at the prompt logged something: $(logged_today) min today"

# the store is sound, and the TUI opens on everything
out=$(stride status 2>&1) || fail "stride status after the kills: $out"
start_tui 100x30 stride
wait_for '^ Logged today: 25 of 30 min'
wait_gone '^  2 \[ \]'
keys 3
wait_for '^  2     \[x\] Read ES 2025'
wait_for '^  3     \[x\] Diagram Node'
quit_tui
