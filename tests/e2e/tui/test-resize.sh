#!/usr/bin/env bash
# Resizing while open: 100x30 -> 60x20 -> 30x8 (terminal too small, still
# running, keys do nothing) -> 100x30, in both views, each screen as
# expected: back at 100x30 it is the very screen it was, with no garbage
# left from the smaller sizes. A prompt open during a resize stays usable.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
expect_screen today-100x30
keys j
wait_selected '^  3 \[ \] Diagram Node'

resize 60x20
expect_screen resize-today-60x20
screen | grep -q 'Streak: …$' &&
	soft_fail "at 60x20 the streak is cut down to a bare '…': '$(screen | sed -n 4p)'"
resize 30x8
expect_screen resize-small-30x8
tui_pid >/dev/null || fail "stride ended when the terminal became too small"
# keys do nothing while it is too small (but the screen stays)
keys Space j x
expect_screen resize-small-30x8
resize 100x30
expect_screen today-100x30
wait_selected '^  3 \[ \] Diagram Node'
list_item 3 | grep -q '"status":"todo"' || fail "a key pressed while too small changed 3: $(list_item 3)"

# the Checklist with its details pane
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
for _ in 1 2 3 4 5 6 7; do keys j; done
wait_selected '^  8 ▾ Data & Persistence'
keys Enter
wait_for '^ Design schemas|^   Design schemas'
expect_screen resize-checklist-100x30
resize 60x20
expect_screen resize-checklist-60x20
resize 30x8
expect_screen resize-small-30x8
resize 100x30
expect_screen resize-checklist-100x30
# the smallest size that is not too small: the pane gives way to the list
resize 40x10
expect_screen resize-checklist-40x10
# (the list scrolled to keep the cursor's row in view, and stays so)
resize 100x30
expect_screen resize-checklist-100x30-scrolled

# C-l redraws the same screen
keys C-l
expect_screen resize-checklist-100x30-scrolled

# a prompt open across a resize: still on the bottom line, and Esc leaves
# a clean screen
keys Escape 1
wait_for '^ Monday 14 July 2025$'
keys c
wait_for 'Check in: minutes studied today'
resize 60x20
poll_for '^ ?Check in: ' 2 ||
	soft_fail "after a resize the check-in prompt is no longer on the screen: $(printf '\n%s' "$(screen)")"
keys Escape
wait_for '^ no check-in$'
expect_screen resize-today-60x20-no-checkin
quit_tui
