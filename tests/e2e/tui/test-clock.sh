#!/usr/bin/env bash
# The running clock in the TUI: the status bar shows a clock started from
# the shell (stride clock in) with its minutes; I on an item clocks in on
# it (the clock before stopped and logged), I again clocks out and logs;
# a clock left running past midnight shows so, and I asks how much of it
# to keep before anything is logged. The clock's time is pinned with
# STRIDE_NOW; at the end it is the real one, and the bar's minutes go up
# as the clock runs.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
STRIDE_NOW=2025-07-14T09:00 stride clock in 3 >/dev/null || fail "clock in 3"

export STRIDE_NOW=2025-07-14T09:25
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
status_bar | grep -q 'clock 25m · 2025-07-14' ||
	fail "the status bar does not show the clock: '$(status_bar)'"

# I on item 9 of the Checklist: item 3's 25 minutes logged, 9's clock runs
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
for _ in 1 2 3 4 5 6 7 8; do keys j; done
wait_selected '^  9     \[ \] Index & query tuning'
keys I
wait_for '^ clocked in on 9 Index & query tuning in Postgres \(the clock before: 25 min logged\)$'
wait_for 'clock 0m · 2025-07-14'
list_item 3 | grep -q '"minutes":25,' || fail "item 3 in the store: $(list_item 3)"
stride clock --json | json_compact | grep -q '"ref":9,' ||
	fail "stride clock after I: $(stride clock --json | json_compact)"
# I again on 9: clocked out (no time has passed: 0 min), no clock left
keys I
wait_for '^ clocked out of 9 Index & query tuning in Postgres: 0 min logged \(u undoes it\)$'
wait_gone 'clock 0m'
stride clock | grep -q '^no clock is running' || fail "a clock still runs: $(stride clock)"
quit_tui

# past midnight: the bar says so; I asks how much to keep, and logs that
STRIDE_NOW=2025-07-14T21:00 stride clock in 9 >/dev/null 2>&1 || fail "clock in 9 at 21:00"
export STRIDE_TODAY=2025-07-15 STRIDE_NOW=2025-07-15T08:00
start_tui 100x30 stride
wait_for '^ Tuesday 15 July 2025$'
status_bar | grep -q 'clock: past midnight · 2025-07-15' ||
	fail "past midnight, the status bar: '$(status_bar)'"
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
for _ in 1 2 3 4 5 6 7 8; do keys j; done
wait_selected '^  9     \[ \] Index & query tuning'
# Esc keeps it running, nothing logged
keys I
wait_for 'ran past midnight: how much of it to log'
keys Escape
wait_for '^ the clock runs on: nothing logged$'
list_item 9 | grep -q '"minutes":0,' || fail "item 9 after Esc: $(list_item 9)"
keys I
wait_for 'ran past midnight: how much of it to log'
type_text 1h30m
keys Enter
wait_for '^ clocked out: 90 min logged \(u undoes it\)$'
wait_gone 'clock: past midnight'
list_item 9 | grep -q '"minutes":90,' || fail "item 9 after keeping 1h30m: $(list_item 9)"
# the 90 minutes count for the day the clock started, not today
[ "$(logged_today)" = 0 ] || fail "logged today: $(logged_today)"
quit_tui

# the status bar follows the clock as it runs (no key pressed): a clock
# started 25 s ago shows 0m, then 1m once it has run half a minute (the
# real time of day here, on STRIDE_TODAY's day; not tried within a minute
# of midnight, where the day would turn under it)
unset STRIDE_NOW
export STRIDE_TODAY=2025-07-14
secs=$(( $(date +%s) % 86400 ))
if [ $secs -gt 60 ] && [ $secs -lt 86340 ]; then
	STRIDE_NOW=2025-07-14T$(date -d @$(( $(date +%s) - 25 )) +%H:%M:%S) stride clock in 4 \
		>/dev/null || fail "clock in 4, 25 s ago"
	start_tui 100x30 stride
	wait_for '^ Monday 14 July 2025$'
	# (a slow build may come up past the half minute: then 1m at once)
	poll_for 'clock 0m · 2025-07-14' 3 || note "the TUI came up after the half minute"
	wait_for 'clock 1m · 2025-07-14' 15
	quit_tui
else
	note "near midnight: the running clock's minutes not tried"
fi
expect_clean_stderr
