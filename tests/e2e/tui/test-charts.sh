#!/usr/bin/env bash
# The Timeline (2) and Stats (5) views, on Monday 2025-07-14, at 100x30
# and 200x60, for four plans with a history built through the CLI:
#   behind   tests/data/tui/chart.yaml with Basics done (its milestone
#            reached on Friday 06-13) and 2 of Core's 7 done: behind
#   ahead    the same plan with Basics, Core and 2 of Project's 4 done
#   nodates  tests/data/tui/undated.yaml: everything in the backlog
#   oneday   tests/data/tui/oneday.yaml: a plan of a single day, today
# Then, on the behind plan: opening rows (Enter, Z), zooming, scrolling
# and t, the details line, the milestone gone after an undo, the '!' mark
# of a phase behind its dates, ASCII, and 80x24.
source "$(dirname "$0")/lib.sh"

# stride for one store: store NAME ARGS...
store()
{
	local name=$1
	shift
	STRIDE_DB=$T/$name.db stride "$@" >/dev/null || fail "stride $* (store $name)"
}

# on DAY NAME ARGS...: a command as if run on DAY
on()
{
	local day=$1
	shift
	STRIDE_TODAY=$day store "$@"
}

build_basics()
{
	local db=$1
	store "$db" import "$ROOT/tests/data/tui/chart.yaml"
	on 2025-06-03 "$db" done 'basics/week-1/tour-of-go'
	on 2025-06-04 "$db" done 'basics/week-1/types-and-structs'
	on 2025-06-06 "$db" done 'basics/week-1/slices-and-maps'
	on 2025-06-10 "$db" done 'basics/week-2/interfaces'
	on 2025-06-11 "$db" done 'basics/week-2/errors'
	on 2025-06-13 "$db" done 'basics/week-2/generics'
	on 2025-06-13 "$db" log 2h30m 'basics/week-1/tour-of-go' --date 2025-06-03
	on 2025-06-13 "$db" log 45m --date 2025-06-04
	on 2025-06-13 "$db" log 30m --date 2025-06-06
	on 2025-06-13 "$db" log 40m --date 2025-06-10
	on 2025-06-13 "$db" log 1h --date 2025-06-13
	on 2025-06-13 "$db" rate go 2 --week 2025-06-09
}

# behind: Core half started, then nothing for two weeks
build_basics behind
on 2025-06-18 behind done 'core/concurrency/goroutines'
on 2025-06-20 behind done 'core/concurrency/channels'
on 2025-06-20 behind log 50m --date 2025-06-18
on 2025-06-20 behind log 25m --date 2025-06-20
on 2025-06-27 behind rate go 3 --week 2025-06-23
on 2025-06-27 behind rate sql 2 --week 2025-06-23

# ahead: everything of Basics and Core, and two of Project's already
build_basics ahead
for k in concurrency/goroutines concurrency/channels concurrency/select \
	concurrency/context stdlib/net-http stdlib/encoding-json stdlib/testing; do
	on 2025-07-01 ahead done "core/$k"
done
on 2025-07-10 ahead done project/design-the-api project/write-the-handlers
for d in 2025-07-01 2025-07-02 2025-07-03 2025-07-07 2025-07-08 2025-07-09 2025-07-10 2025-07-11; do
	on "$d" ahead log 35m --date "$d"
done
on 2025-07-11 ahead rate go 4 --week 2025-07-07
on 2025-07-11 ahead rate sql 3 --week 2025-07-07

store nodates import "$ROOT/tests/data/tui/undated.yaml"
on 2025-07-09 nodates done books/sicp
on 2025-07-09 nodates log 1h --date 2025-07-09

store oneday import "$ROOT/tests/data/tui/oneday.yaml"
on 2025-07-14 oneday done day/pick-a-team
on 2025-07-14 oneday log 1h

# the goldens: each plan, each size, each view
for plan in behind ahead nodates oneday; do
	for size in 100x30 200x60; do
		STRIDE_DB=$T/$plan.db start_tui "$size" stride
		wait_for '^ stride  1 Today  2 Timeline'
		keys 2
		wait_for '^ stride .* 2 Timeline '
		settle
		expect_screen "timeline-$plan-$size"
		keys 5
		wait_for '^ (Streak|No streak)'
		expect_screen "stats-$plan-$size"
		quit_tui
	done
done

# what the goldens show, said in words (a golden can be wrong as written)
export STRIDE_DB=$T/behind.db
start_tui 100x30 stride
keys 2
wait_for '^ ▸!Core +'
# Basics: done, so not behind; its milestone on Friday 06-13
wait_for '^ ▸ Basics +█+◆'
wait_selected '^ ▸ Basics'
wait_for '^ 2025-06-02 to 06-15 · 6 of 6 done \(100%\) · milestone basics-done on 2025-06-13$'
# Core: 2 of 7 by 07-13, its last day: behind, in words too
keys j
wait_for '^ 2025-06-16 to 07-13 · 2 of 7 done \(28%\) · 100% expected · [0-9]+ days behind'
# the undated phase waits in the backlog, under the chart
wait_for '^ Backlog: phases without dates$'
wait_for '^   Later, maybe +0 of 2 done$'
# Enter opens Core: its sub-phases under it, indented; Z opens all
keys Enter
wait_for '^    !Concurrency +'
wait_for '^    !Standard library +'
keys Z
wait_for '^     Syntax +█'
keys Z
wait_gone 'Concurrency'
# a click selects a row (Project, on the screen's 6th line)
type_text $'\e[<0;5;6M'
type_text $'\e[<0;5;6m'
wait_selected 'Project'
# the Project's deliverable in its details
wait_for 'deliverable: A URL sho'
# zoom in: a column a week, then a day (today's week in view), out again
keys +
wait_for '^ zoom: a column a week$'
keys +
wait_for '^ zoom: a column a day$'
screen | sed -n 3p | grep -q '▼' || fail "today's mark is not on the axis: $(screen | sed -n 3p)"
keys + +
wait_for '^ zoomed in all the way \(two columns a day\)$'
keys - - -
wait_for '^ zoom: the whole plan$'
keys -
wait_for '^ the whole plan is in view$'
# scrolling leaves the fitted view; t brings today back
keys L L L
settle
screen | sed -n 3p | grep -q '▼' && fail "today is still in view after scrolling three screens right"
keys t
wait_for '▼'
quit_tui

# undo takes the milestone back: Generics (the last of Basics) todo again
stride reset basics/week-2/generics >/dev/null || fail "reset"
start_tui 100x30 stride
keys 2
wait_for '^ ▸!Basics'
screen | grep '^ ▸!Basics' | grep -q '◆' && fail "the milestone stayed after Basics was reopened"
wait_for 'milestone basics-done$|milestone basics-done ·'
quit_tui
stride undo >/dev/null || fail "undo"
start_tui 100x30 stride
keys 2
wait_for '^ ▸ Basics +█+◆'
quit_tui

# ASCII and 80x24: the same, in plain characters
start_tui 80x24 LANG=C LC_ALL=C stride
keys 2
wait_for '^ >!Core +'
screen | grep -q '[^ -~]' && fail "a character that is not ASCII in the C locale: $(screen | grep '[^ -~]' | head -3)"
expect_screen timeline-behind-80x24-ascii
keys 5
wait_for '^ Streak|^ No streak'
screen | grep -q '[^ -~]' && fail "Stats: a character that is not ASCII in the C locale"
expect_screen stats-behind-80x24-ascii
keys j j j j j j j j j j j j j j j j j j j j
wait_for '^ Time by phase'
quit_tui
