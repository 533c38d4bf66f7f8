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
