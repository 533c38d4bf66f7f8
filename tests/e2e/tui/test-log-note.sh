#!/usr/bin/env bash
# The Checklist's l (log time on the item) and e (its note in $EDITOR):
# the editor runs on a terminal given back in its normal mode, the note is
# saved and shows in the details pane and in stride list --json; an editor
# that fails saves nothing and says so. Today's l logs on its task too.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"

# the editor: notes the terminal's mode, writes a note
cat >"$T/editor" <<EOS
#!/bin/sh
stty -a >"$T/editor.stty" 2>&1
echo "\$#:\$1" >"$T/editor.args"
printf 'Tried EXPLAIN ANALYZE on the slow query.\nNext: a partial index.\n' >"\$1"
EOS
cat >"$T/bad-editor" <<EOS
#!/bin/sh
echo "a note that must not be saved" >"\$1"
exit 1
EOS
chmod +x "$T/editor" "$T/bad-editor"

export EDITOR=$T/editor
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
for _ in 1 2 3 4 5 6 7 8; do keys j; done
wait_selected '^  9     \[ \] Index & query tuning'
keys Enter
wait_for '^ task #9 · key phase-2/index-query-tuning-in-postgres · todo$'

# l: 1h15m on item 9; the prompt says what to type
keys l
wait_for '^ ?Log time on 9 Index & query tuning'
bottom_line | grep -q 'Log time on 9 Index & query tuning in Postgres (e\.g\. 30m, 1h15m):' ||
	soft_fail "l: the prompt is cut short, its example lost: '$(bottom_line)'"
type_text 1h15m
keys Enter
wait_for '^ logged 75 min on 9 Index & query tuning in Postgres$'
wait_for '^ Time: 1h15m logged$'
list_item 9 | grep -q '"minutes":75,' || fail "item 9 in the store: $(list_item 9)"
# Esc logs nothing; nor does a bad duration
keys l
wait_for 'Log time on 9'
type_text 10m
keys Escape
wait_for '^ nothing logged$'
keys l
wait_for 'Log time on 9'
type_text 25h
keys Enter
wait_for "^ '25h' is not a duration like 30m, 1h15m or 1.5h \(at most 24h\): nothing logged$"
list_item 9 | grep -q '"minutes":75,' || fail "item 9 after Esc: $(list_item 9)"

# e: the note, through $EDITOR
keys e
wait_for '^ note saved on 9$'
expect_screen log-note-details
[ -s "$T/editor.args" ] || fail "the editor did not run"
grep -q '^1:.*\.md$' "$T/editor.args" || fail "the editor's arguments: $(cat "$T/editor.args")"
grep -Eq '(^|[ ;])-icanon' "$T/editor.stty" &&
	fail "the editor ran with the terminal still in curses' raw mode: $(cat "$T/editor.stty")"
grep -Eq '(^|[ ;])-echo([ ;]|$)' "$T/editor.stty" &&
	fail "the editor ran with echo off: $(cat "$T/editor.stty")"
list_item 9 | grep -qF '"note":"Tried EXPLAIN ANALYZE on the slow query.\nNext: a partial index."' ||
	fail "the note in stride list --json: $(list_item 9)"
quit_tui

# an editor that fails: nothing saved, a message
export EDITOR=$T/bad-editor
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  9     \[ \] Index & query tuning'
keys g
for _ in 1 2 3 4 5 6 7 8; do keys j; done
wait_selected '^  9     \[ \] Index & query tuning'
keys e
wait_for '^ the editor failed \(exit status 1\): nothing saved$'
wait_for '^  9     \[ \] Index & query tuning'
list_item 9 | grep -qF '"note":"Tried EXPLAIN ANALYZE on the slow query.\nNext: a partial index."' ||
	fail "the failed edit changed the note: $(list_item 9)"

# an editor that is not there: the bottom line says so (the screen hides
# whatever is written to stderr)
export EDITOR=$T/no-such-editor
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys e
wait_for '^ .*editor'
bottom_line | grep -Eq "(cannot|could not|can't) (start|run|find) the editor" ||
	soft_fail "an editor that does not exist: the message does not say so: '$(bottom_line)'"
wait_for '^ Monday 14 July 2025$'
# l on Today logs on the selected task
keys j l
wait_for 'Log time on 3 \(e\.g\. 30m, 1h15m\):'
type_text 20m
keys Enter
wait_for '^ logged 20 min on 3$'
list_item 3 | grep -q '"minutes":20,' || fail "item 3 in the store: $(list_item 3)"
keys q
wait_exit
[ "$TUI_STATUS" = 0 ] || fail "stride ended with status $TUI_STATUS after q"
if [ -s "$TUI_STDERR" ]; then
	soft_fail "the reason the editor did not start went to stderr, under the screen: $(cat "$TUI_STDERR")"
	tui_stderr | grep -v "cannot start the editor" | grep -q . && expect_clean_stderr
fi

# a request means one thing in every view: l logs time on the Timeline's
# row too (it scrolled the Timeline once), and e edits the selected task's
# note in the Week view (it wrote the reflection, which is w)
export EDITOR=$T/editor
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 2
wait_for 'Language & Runtime Mastery'
keys l
wait_for '^ ?Log time on 1 Language & Runtime Mastery'
type_text 30m
keys Enter
wait_for '^ logged 30 min on 1 Language & Runtime Mastery$'
list_item 1 | grep -q '"minutes":30,' || fail "phase 1 in the store: $(list_item 1)"
quit_tui
# (a plan with week blocks, for tasks in the Week view)
stride import "$ROOT/tests/data/tui/week.yaml" >/dev/null || fail "import week.yaml"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 4
wait_for '^ Week 2025-W29'
keys e
wait_for '^ note saved on [0-9]+$'
[ "$(sql "SELECT count(*) FROM reflections")" = 0 ] ||
	fail "e in the Week view wrote a reflection"
quit_tui
