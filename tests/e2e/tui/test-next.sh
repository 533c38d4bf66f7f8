#!/usr/bin/env bash
# What is next is one list (progress_next): the Today view shows the same
# items in the same order as `stride today`, with an optional task last and
# marked, under a header that counts it apart. The plan: the reflection
# tests' (tests/data/reflect/weekly.yaml), whose first phase holds five
# tasks (one optional) and a criterion; one task started, one skipped, one
# done.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/tests/data/reflect/weekly.yaml" >/dev/null || fail "import"
stride start 3 >/dev/null && stride skip 4 >/dev/null && stride done 2 >/dev/null ||
	fail "cannot tick"

# the refs `stride today` lists, in order
cli=$(stride today | sed -n 's/^ *\([0-9][0-9]*\) \[.\] .*/\1/p' | tr '\n' ' ')
[ -n "$cli" ] || fail "stride today lists nothing: $(stride today)"
stride today | grep -q '(optional)$' || soft_fail "stride today: no optional item marked"

start_tui 100x30 stride
wait_for '^ Next in Basics \(3 open, 1 optional\)$'
expect_screen next-today
tui=$(screen | sed -n '/^ Next in /,$p' | sed -n 's/^ *\([0-9][0-9]*\) \[.\] .*/\1/p' | tr '\n' ' ')
[ "$tui" = "$cli" ] ||
	soft_fail "the Today view lists '$tui', stride today '$cli'"
screen | grep -q '(optional)$' || soft_fail "the Today view: no optional item marked"
quit_tui

# what is late first (tests/data/sync/late.yaml, as tests/e2e/cli/late.t
# has it): carried over, oldest first, each with its days late in the
# warning colour; then the week's, what is due soon first, marked
late=$T/late.db
stride --db "$late" import "$ROOT/tests/data/sync/late.yaml" >/dev/null || fail "import late.yaml"
stride --db "$late" skip a3 >/dev/null && stride --db "$late" done a4 >/dev/null &&
	stride --db "$late" start b1 >/dev/null || fail "cannot tick in late.yaml"
cli=$(stride --db "$late" today --json | tr -d '\n\t' | grep -o '"ref":[0-9]*,"key"' |
	sed 's/[^0-9]//g' | tail -n +3 | tr '\n' ' ')
start_tui 100x30 STRIDE_DB="$late" stride
wait_for '^ Carried over \(4\), then next in Week 2 \(7 open\)$'
expect_screen next-late
tui=$(screen | sed -n '/^ Carried over /,$p' | sed -n 's/^ *\([0-9][0-9]*\) \[.\] .*/\1/p' | tr '\n' ' ')
[ "$tui" = "$cli" ] ||
	soft_fail "the Today view lists '$tui', stride today --json '$cli'"
screen | grep -q '^  2 \[ \] A1  *(8 days late)$' || soft_fail "A1 is not marked late"
screen | grep -q '^ 15 \[ \] C6  *(due today)$' || soft_fail "C6 is not marked due today"
colour_codes | grep -qx 31 || soft_fail "no warning colour for what is late"
# the Checklist marks them too, and f f shows only what is late
keys 3
wait_for '^  2     \[ \] A1 +8 days late$'
wait_for '^ 15       \[ \] C6 +due today$'
keys f f
wait_for '^ showing what is late \(f: everything\)$'
[ "$(screen | grep -c 'days\? late$')" = 4 ] ||
	soft_fail "the late filter: $(printf '\n%s' "$(screen)")"
screen | grep -q 'C6' && soft_fail "the late filter shows C6, which is due today, not late"
keys f
wait_for '^ showing everything \(f: what is left to do\)$'
# and the Week view
keys 4
wait_for '^   14 \[ \] C5  \(4 days late\)$'
quit_tui

# a plan that has ended says so on Today and in the status bar
start_tui 100x30 STRIDE_DB="$late" STRIDE_TODAY=2025-09-01 stride
wait_for '^ This plan ended on 2025-07-27: 7% done, 12 open$'
wait_for '^ Carried over \(12\)$'
wait_for '^ Catching up · ended on 2025-07-27'
screen | grep -q 'Phase 1 of' && soft_fail "an ended plan shows a phase"
quit_tui
