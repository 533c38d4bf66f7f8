#!/usr/bin/env bash
# Habits in the TUI (issue 16), with tests/data/good/habits.yaml on Tuesday
# 2026-11-10 (its schedule rests on Sunday): Today lists the habits due or
# ticked today, each with its key (a, b, ...), and the key ticks today's
# occurrence and unticks it again; u undoes; the Week view shows each
# habit's week as a row of days; Stats a small heatmap and the streak of
# each habit.
source "$(dirname "$0")/lib.sh"
export STRIDE_TODAY=2026-11-10

stride import "$ROOT/tests/data/good/habits.yaml" >/dev/null || fail "import"
# Practice every day of last week but the Sunday rest day, and Monday
for d in 02 03 04 05 06 07 09; do
	stride done 10 --date 2026-11-$d >/dev/null || fail "tick 10 on $d"
done
# LeetCode three times last week, once this week; the gym on Monday
for d in 02 04 06 09; do stride done 3 --date 2026-11-$d >/dev/null || fail "tick 3 on $d"; done
stride done 5 --date 2026-11-09 >/dev/null || fail "tick 5"

start_tui 100x30 stride
wait_for '^ Tuesday 10 November 2026$'
wait_for '^ Habits today$'
expect_screen habits-today
# b: Practice (the second habit due today) ticked
keys b
wait_for '^ b \[x\] Practice'
wait_for 'streak 8 days'
[ "$(sql "SELECT count(*) FROM ticks WHERE day = (SELECT day FROM ticks ORDER BY day DESC LIMIT 1)")" = 1 ] ||
	fail "ticks today: $(sql "SELECT item_id, day FROM ticks")"
stride habits --json | json_compact | grep -q '"ref":10,[^}]*"done_today":true' ||
	fail "stride habits after b: $(stride habits)"
# b again unticks it; u takes that back
keys b
wait_for '^ b \[ \] Practice'
keys u
wait_for '^ b \[x\] Practice'
# a key with no habit says so
keys y
wait_for 'No habit has the key y today'

# the Week view: a row of days for each habit
keys 4
wait_for '^ Habits'
expect_screen habits-week
# Stats: the heatmap and streak of each habit
keys 5
wait_for '^ Habits'
expect_screen habits-stats
quit_tui
