#!/usr/bin/env bash
# No byte from the store reaches the terminal as a control sequence. The
# loader refuses control characters, so they are put into the store
# directly (tests/e2e/tui/sqlexec.c): an SGR sequence in a title (item 2:
# red, then ALERT), an OSC sequence that would retitle the terminal and a
# BEL (item 9, on Today), a C1 CSI (U+009B) and bytes that are not UTF-8
# (item 3), a blink in the plan's title (the status bar), a clear-screen
# and a CR in the day's focus, and an SGR and a BEL in a note (the details
# pane). Each shows as harmless text ('?' for the control character), the
# screen takes no colour or attribute from them, the pane's title does not
# change and no bell rings.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
sql "UPDATE items SET title = 'red' || char(27) || '[31mALERT' WHERE ref = 2;
     UPDATE items SET note = 'note' || char(27) || '[41mBG' || char(10) ||
	'second' || char(7) || 'line' WHERE ref = 2;
     UPDATE items SET title = 'bad' || CAST(X'FF9B' AS TEXT) || '33mbytes' ||
	char(155) || '32mC1' WHERE ref = 3;
     UPDATE items SET title = 'osc' || char(27) || ']2;HACKED' || char(7) ||
	'title' WHERE ref = 9;
     UPDATE plans SET title = 'Plan' || char(27) || '[5mBLINK';
     UPDATE schedule SET focus = 'focus' || char(27) || '[2J' || char(13) || 'cr';" ||
	fail "cannot change the store"
# phase 1's items have no dated phase here, so that nothing is late: the
# warning colour of what is late (31) would hide a red from the store
sql "UPDATE items SET sched_id = NULL WHERE sched_id = (SELECT id FROM items WHERE ref = 1)" ||
	fail "cannot change the store"

start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
wait_for '^  9 \[ \] osc\?\]2;HACKED\?title$'
wait_for '^ Today: focus\?\[2J\?cr · 30 min$'
wait_for '^ Plan\?\[5mBLINK · phase 2 of 9'
expect_screen escape-today
title=$(_tmux display-message -p -t tui '#{pane_title}')
[[ $title == *HACKED* ]] && soft_fail "the terminal's title was set from the store: '$title'"
bell=$(_tmux display-message -p -t tui '#{window_bell_flag}')
[ "$bell" = 0 ] || soft_fail "a bell rang (a BEL from the store reached the terminal)"
sgr_attrs | grep -qx 5 && soft_fail "blinking text on Today"
colour_codes | grep -qx 41 && soft_fail "a red background on Today"

keys 3
wait_for '^  2     \[ \] red\?\[31mALERT$'
wait_for '^  3     \[ \] bad(\?|�){1,2}33mbytes\?32mC1$'
expect_screen escape-checklist
codes=$(colour_codes | sort -u | tr '\n' ' ')
case " $codes " in
*" 31 "* | *" 32 "* | *" 33 "* | *" 41 "*)
	soft_fail "the Checklist has colours it never uses itself: $codes"
	;;
esac

# the note, in the details pane
keys j Enter
wait_for '^ Your note \(e edits it\)$'
wait_for '^   note\?\[41mBG$'
wait_for '^   second\?line$'
colour_codes | grep -qx 41 && soft_fail "a red background in the details pane"
bell=$(_tmux display-message -p -t tui '#{window_bell_flag}')
[ "$bell" = 0 ] || soft_fail "a bell rang (a BEL from a note reached the terminal)"
title=$(_tmux display-message -p -t tui '#{pane_title}')
[[ $title == *HACKED* ]] && soft_fail "the terminal's title was set from the store: '$title'"
quit_tui

# bidi controls (a plan may hold them) cannot reorder a line: an override
# (U+202E) and an isolate (U+2066) in titles show as '?', in the Checklist
# and in the status bar
sql "UPDATE items SET title = 'x' || char(8238) || 'gnp.exe' WHERE ref = 4;
     UPDATE plans SET title = 'Plan ' || char(8294) || 'iso' || char(8297);" ||
	fail "cannot change the store"
start_tui 100x30 stride
wait_for '^ Plan \?iso\? · phase 2 of 9'
keys 3
wait_for '^  4     \[ \] x\?gnp\.exe$'
screen | grep -q $'\u202e\|\u2066\|\u2069' &&
	soft_fail "a bidi control reached the screen"
quit_tui
