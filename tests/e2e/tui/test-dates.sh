#!/usr/bin/env bash
# Plans that move (issue 12). A plan whose dates are all past, with
# nothing done, is a template: the TUI offers in one line to start it
# today; n leaves it where it was (and the offer is not made again in this
# run), y moves every date so that it starts today, u takes that back.
# After a shift, the Timeline shows where a phase was planned before,
# faintly, beyond its bar, and the selected row's line says so.
source "$(dirname "$0")/lib.sh"

export STRIDE_TODAY=2026-12-04 # a Friday, after every date of the plan

# n: not moved, said how to choose a day
start_tui 100x30 stride "$ROOT/plans/backend-roadmap.yaml"
wait_for '^ This plan ran 2025-06-12 to 2025-12-31\. Start it today\? \(y/n\)$'
expect_screen dates-offer
keys n
wait_for "^ Not moved: 'stride start backend-2025 DATE' runs it from a day you choose$"
wait_for '^ This plan ended on 2025-12-31: 0% done, 60 open$'
keys 2
settle
screen | grep -q 'Start it today' && fail "the offer came back in the same run"
quit_tui
stride status | grep -q '^Dates:' && fail "n moved the plan: $(stride status)"

# y: it starts today; the file is untouched
start_tui 100x30 stride
wait_for '^ This plan ran 2025-06-12 to 2025-12-31\. Start it today\? \(y/n\)$'
keys y
wait_for '^ started 2026-12-04; the file says 2025-06-12 \(u undoes it\)$'
wait_for '^ Phase 1 of 9: Language & Runtime Mastery · 2026-12-04 to 2026-12-31 · 0/6 done$'
wait_for '^ 0% done \(0 of 60\), on schedule$'
git -C "$ROOT" diff --quiet -- plans/backend-roadmap.yaml || fail "the plan file was changed"
stride status | grep -qx 'Dates: started 2026-12-04; the file says 2025-06-12' ||
	fail "stride status after y: $(stride status 2>&1)"
# u takes it back: the plan has ended again
keys u
wait_for '^ This plan ended on 2025-12-31: 0% done, 60 open$'
stride status | grep -q '^Dates:' && fail "u left the plan moved: $(stride status)"
quit_tui

# a plan started four weeks ago, its first phase half done, then a shift
# of two weeks from today: the phases after it show where they were
stride start backend-2025 2026-11-06 >/dev/null || fail "stride start"
stride done 2 3 4 >/dev/null || fail "stride done"
stride shift backend-2025 2w >/dev/null || fail "stride shift"
start_tui 100x30 stride
wait_for '^ Friday 4 December 2026$'
keys 2
wait_for '^   Design & Architecture '
expect_screen dates-timeline-shifted
keys j j
wait_selected 'Design & Architecture'
# 2025-08-02 to 08-29 in the file, 512 days later from the start, 14 more
wait_for '^ 2027-01-10 to 02-06 \(planned 2026-12-27 to 2027-01-23\) · 0 of 7 done'
quit_tui

# behind: the Today view says how to catch up, and C does it, asked
# first; u takes it back
export STRIDE_TODAY=2025-08-20
stride --db "$T/behind.db" import "$ROOT/plans/backend-roadmap.yaml" >/dev/null 2>&1 ||
	fail "import into behind.db"
stride --db "$T/behind.db" done 2 3 >/dev/null || fail "stride done"
start_tui 100x30 stride --db "$T/behind.db"
wait_for '^ 3% done \(2 of 60\), 59 days behind schedule$'
wait_for '^ To carry on from today: press C \(stride shift backend-2025 59d --from 2025-06-12\)$'
keys C
wait_for '^ Move what is left 59 days later, from 2025-06-12 on\? \(y/n\)$'
keys n
wait_for '^ 3% done \(2 of 60\), 59 days behind schedule$'
keys C
wait_for '^ Move what is left 59 days later'
keys y
wait_for '^ Moved what is left 59 days later, from 2025-06-12 on \(u undoes it\)$'
wait_for '^ Phase 1 of 9: Language & Runtime Mastery · 2025-08-10 to 2025-09-06 · 2/6 done$'
wait_for '^ 3% done \(2 of 60\), on schedule$'
keys u
wait_for '^ 3% done \(2 of 60\), 59 days behind schedule$'
quit_tui

# P: a pause, its days asked (today, then its last day), then whether to
# move what is left; today becomes a rest day; u takes it back
start_tui 100x30 stride --db "$T/behind.db"
wait_for '^ Today: Official docs/article deep-dive · 30 min$'
keys P
wait_for '^ Pause from \(YYYY-MM-DD, today, tomorrow, \+N, monday\): +today$'
keys Enter
wait_for '^ Last day of the pause: +2025-08-20$'
keys C-u '+2' Enter
wait_for '^ Move what is left 3 days later too\? \(y/n\)$'
keys n
wait_for '^ Paused 2025-08-20 to 2025-08-22 \(u undoes it\)$'
wait_for '^ Today: paused to 2025-08-22, a rest day$'
stride --db "$T/behind.db" pause --list | grep -qx '2025-08-20 to 2025-08-22  (3 days)' ||
	fail "stride pause --list: $(stride --db "$T/behind.db" pause --list 2>&1)"
keys u
wait_for '^ Today: Official docs/article deep-dive · 30 min$'
quit_tui

# a plan with no dates at all (the six-week sprint gives only durations):
# the Today view says C lays it out from today; C does, the Timeline
# shows it dated; u takes it back to no dates
export STRIDE_TODAY=2026-12-04
cp "$ROOT/plans/six-week-sprint.yaml" "$T/undated.yaml"
start_tui 100x30 stride --db "$T/undated.db" "$T/undated.yaml"
wait_for '^ Phase 1 of 3: Six-Week Learning Plan · no dates · 0/70 done$'
wait_for '^ To lay its dates out from today: press C \(stride start six-week-infra\)$'
keys C
wait_for '^ started 2026-12-04; the file gives no dates \(u undoes it\)$'
wait_for '^ Phase 1 of 3: Six-Week Learning Plan · 2026-12-04 to 2027-01-14 · 0/70 done$'
wait_for '^ 0% done \(0 of 100\), on schedule$'
screen | grep -q 'To lay its dates out' && fail "the hint stayed after C"
stride --db "$T/undated.db" status | grep -qx 'Dates: started 2026-12-04; the file gives no dates' ||
	fail "stride status after C: $(stride --db "$T/undated.db" status 2>&1)"
keys u
wait_for '^ Phase 1 of 3: Six-Week Learning Plan · no dates · 0/70 done$'
quit_tui
stride --db "$T/undated.db" status | grep -q '^Dates:' &&
	fail "u left the plan laid out: $(stride --db "$T/undated.db" status)"
cmp -s "$T/undated.yaml" "$ROOT/plans/six-week-sprint.yaml" || fail "the plan file was changed"

# a plan started on a day to come: the Today view and the status bar say
# when it begins, not that it is on schedule
stride --db "$T/later.db" import "$ROOT/plans/backend-roadmap.yaml" >/dev/null 2>&1 ||
	fail "import for a later start"
stride --db "$T/later.db" start 2026-12-07 >/dev/null || fail "stride start 2026-12-07"
start_tui 100x30 stride --db "$T/later.db"
wait_for '^ This plan starts on Monday 2026-12-07, in 3 days$'
wait_for '^ 0% done \(0 of 60\), not begun yet$'
wait_for '^ Mid-Level Backend Roadmap \(2025\) · starts in 3 days +2026-12-04 · 0% done · streak 0$'
quit_tui
