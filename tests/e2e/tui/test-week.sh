#!/usr/bin/env bash
# The Week view (4) and the weekly reflection in the TUI, on Monday
# 2025-07-14 with tests/data/tui/week.yaml: Today reminds of last week's
# unwritten reflection and w opens that week; the week's facts, bars and
# done list; w writes the reflection through a scripted $EDITOR and the
# answers show at once; r, a skill, a digit rates in place; [ ] t move
# between weeks; Space ticks a task of the week's block; an editor that
# fails, an unchanged file and a malformed rating save nothing (the last
# keeps the file); on Sunday the reminder is about this week.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/tests/data/tui/week.yaml" >/dev/null || fail "import"
# last week (2025-W28): item 3 done on Thursday, 45 min on Tuesday
STRIDE_TODAY=2025-07-10 stride done 3 >/dev/null || fail "done 3"
stride log 45m --date 2025-07-08 >/dev/null || fail "log"

# the editor: answers under the first two prompts and a rating of C
cat >"$T/editor" <<'EOS'
#!/bin/sh
cp "$1" "$HOME/editor.in"
awk '
	/^## What did I learn\?$/ { print; print "Pointer arithmetic, and why"; print "arrays decay."; next }
	/^## What was hard\?$/ { print; print "Unions."; next }
	/^- c:/ { print "- c: 3"; next }
	{ print }
' "$HOME/editor.in" >"$1"
EOS
cat >"$T/fails" <<'EOS'
#!/bin/sh
echo "text that must not be saved" >>"$1"
exit 3
EOS
cat >"$T/unchanged" <<'EOS'
#!/bin/sh
exit 0
EOS
cat >"$T/bad-rating" <<'EOS'
#!/bin/sh
sed 's/^- sql:.*/- sql: seven/' "$1" >"$1.new" && mv "$1.new" "$1"
EOS
chmod +x "$T/editor" "$T/fails" "$T/unchanged" "$T/bad-rating"
export EDITOR=$T/editor

start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
wait_for '^ Reflect on last week \(2025-W28\): press w$'

# w: the Week view on last week
keys w
wait_for '^ Week 2025-W28 · 2025-07-07 to 2025-07-13$'
expect_screen week-last
screen | grep -q '^   Install the toolchain' && fail "the done task is not in Setup's list"
wait_for '^ Logged 45m of 3h30m · done 1, started 0, skipped 0 · streak 0$'
wait_for '^ Done this week \(1\)$'

# e: the reflection in $EDITOR, its answers on the screen at once
keys w
wait_for '^ the reflection is saved$'
wait_for '^ Reflection \(version 1; w edits it\)$'
wait_for '^     Pointer arithmetic, and why$'
wait_for '^     arrays decay\.$'
wait_for '^     Unions\.$'
wait_for '^     \(left blank\)$'
wait_for '^   C +★★★☆☆ 3/5'
grep -q '^## Ratings$' "$HOME/editor.in" || fail "the template has no '## Ratings': $(cat "$HOME/editor.in")"
grep -q 'hours\|logged\|45' "$HOME/editor.in" || fail "the template does not give the week's facts"
stride review 2025-W28 --json | json_compact | grep -qF '"answer":"Pointer arithmetic, and why\narrays decay."' ||
	fail "stride review has not the answer: $(stride review 2025-W28 --json)"
[ "$(sql "SELECT count(*) FROM reflections")" = 1 ] || fail "reflections: $(sql "SELECT count(*) FROM reflections")"

# the current week: Core's tasks to tick; a rating in place
keys t
wait_for '^ Week 2025-W29 · 2025-07-14 to 2025-07-20 \(this week\)$'
wait_for '^ Core · \[0/3\]$'
wait_selected '^ +6 \[ \] Pointers and arrays$'
keys j Space
wait_for '^ Core · \[1/3\]$'
wait_selected '^ +7 \[x\] Structs and unions$'
list_item 7 | grep -q '"status":"done"' || fail "item 7 after Space: $(list_item 7)"
wait_for '^ Done this week \(1\)$'
keys r
wait_for 'Rate which skill\?  1 C  2 SQL$'
keys 2
wait_for 'Rate SQL from 1 to 5 \(now none\):'
keys 4
wait_for '^ SQL: 4/5$'
wait_for '^   SQL +★★★★☆ 4/5'
wait_for '^   C +☆☆☆☆☆ not rated, was 3/5'
stride review --json | json_compact | grep -q '"skill":"sql"[^}]*"rating":4' ||
	fail "the rating in stride review: $(stride review --json)"
# r then anything else rates nothing
keys r
wait_for 'Rate which skill\?'
keys Escape
wait_for '^ no rating$'
expect_screen week-this

# [ and ] and t: a week ahead, a week before the plan
keys ']'
wait_for '^ Week 2025-W30 · 2025-07-21 to 2025-07-27$'
wait_for '^ Polish · \[0/1\]$'
wait_for '^ Nothing done yet: the week is ahead\.$|^ Polish'
keys '[' '[' '['
wait_for '^ Week 2025-W27 · 2025-06-30 to 2025-07-06$'
wait_for '^ The plan had not started yet\.$'
keys t
wait_for '^ Week 2025-W29 · 2025-07-14 to 2025-07-20 \(this week\)$'
# the week shown and the cursor survive a change that reloads the views
keys '['
wait_for '^ Week 2025-W28'
keys u
wait_for '^ Week 2025-W28'
wait_for '^ undid'
quit_tui

# an editor that fails, one that leaves the file as it was, and a
# malformed rating: nothing saved; the last keeps the file
for case in fails unchanged bad-rating; do
	export EDITOR=$T/$case
	start_tui 100x30 stride
	wait_for '^ Monday 14 July 2025$'
	screen | grep -q 'Reflect on last week' &&
		fail "the reminder is still there after the reflection was written"
	keys 4
	wait_for '^ Week 2025-W29 · 2025-07-14 to 2025-07-20 \(this week\)$'
	keys w
	case $case in
	fails) wait_for '^ the editor failed \(exit status 3\): nothing saved$' ;;
	unchanged) wait_for '^ the reflection is unchanged: nothing saved$' ;;
	bad-rating)
		wait_for "^ line [0-9]+: the rating of 'sql' must be a whole number from 1 to 5, got 'seven'$"
		wait_for '^ e edits it again; any other key saves nothing and keeps your text in a file$'
		keys Escape
		wait_for "^ nothing saved; your text is kept in $T/stride-reflection-[A-Za-z0-9]+\.md$"
		kept=$(ls "$T"/stride-reflection-*.md 2>/dev/null)
		[ -n "$kept" ] || fail "the malformed reflection was not kept"
		grep -q '^- sql: seven$' $kept || fail "the kept file: $(cat $kept)"
		;;
	esac
	wait_for '^ Reflection: not written yet \(w writes it\)$'
	quit_tui
done
[ "$(sql "SELECT count(*) FROM reflections")" = 1 ] ||
	fail "a failed edit saved a reflection: $(sql "SELECT count(*) FROM reflections")"
rm -f "$T"/stride-reflection-*.md

# a malformed rating mended in the editor: w, then e again, and it is saved
cat >"$T/mends" <<'EOS'
#!/bin/sh
if [ -e "$HOME/tried" ]; then
	sed 's/^- sql:.*/- sql: 2/' "$1" >"$1.new" && mv "$1.new" "$1"
else
	touch "$HOME/tried"
	sed 's/^- sql:.*/- sql: seven/; s/^## What was hard?$/&\nThe preprocessor./' "$1" >"$1.new" &&
		mv "$1.new" "$1"
fi
EOS
chmod +x "$T/mends"
export EDITOR=$T/mends
start_tui 100x30 stride
keys 4
wait_for '^ Week 2025-W29 · 2025-07-14 to 2025-07-20 \(this week\)$'
keys w
wait_for '^ e edits it again; any other key'
keys e
wait_for '^ the reflection is saved$'
wait_for '^     The preprocessor\.$'
wait_for '^   SQL +★★☆☆☆ 2/5$'
ls "$T"/stride-reflection-*.md >/dev/null 2>&1 && fail "the mended reflection's file was left behind"
quit_tui
[ "$(sql "SELECT count(*) FROM reflections")" = 2 ] ||
	fail "the mended reflection was not saved: $(sql "SELECT count(*) FROM reflections")"

# on Sunday, the reminder is about the week ending: this one
export STRIDE_TODAY=2025-07-27 EDITOR=$T/editor
start_tui 100x30 stride
wait_for '^ Sunday 27 July 2025$'
wait_for '^ Reflect on this week \(2025-W30\): press w$'
keys w
wait_for '^ Week 2025-W30 · 2025-07-21 to 2025-07-27 \(this week\)$'
keys w
wait_for '^ the reflection is saved$'
keys 1
wait_for '^ Sunday 27 July 2025$'
wait_gone 'Reflect on'
quit_tui
# and on a Tuesday, none
export STRIDE_TODAY=2025-07-29
start_tui 100x30 stride
wait_for '^ Tuesday 29 July 2025$'
screen | grep -q 'Reflect on' && fail "a reminder on a Tuesday: $(screen | grep 'Reflect on')"
quit_tui
