The dates of phases and week blocks (PLAN_FORMAT.md, "Dates of phases and
weeks"), each rule on a small plan of its own. Every date below was worked
out by hand from the rules; `end` is inclusive.

`spans` prints "key start end" for each phase and week block from `stride
lint --json`, in document order (a phase, its sub-phases, then its week
blocks); null is unscheduled.

  $ set -o pipefail
  $ spans() {
  >   stride lint --json "$@" | tr -d '\n\t' |
  >   grep -oE '"key":"[^"]*","title":(null|"[^"]*"),"start":(null|"[^"]*"),"end":(null|"[^"]*")' |
  >   sed -E 's/^"key":"([^"]*)",.*"start":"?([^",]*)"?,"end":"?([^",]*)"?$/\1 \2 \3/'
  > }

All of these plans are valid, without a warning:

  $ stride lint data/good/start-end.yaml data/good/start-duration.yaml \
  >   data/good/end-duration.yaml data/good/all-three.yaml \
  >   data/good/duration-after-sibling.yaml data/good/duration-from-parent.yaml \
  >   data/good/end-after-sibling.yaml data/good/start-with-children.yaml \
  >   data/good/span-of-children.yaml data/good/unscheduled.yaml \
  >   data/good/month-clamp.yaml data/good/leap-day.yaml \
  >   data/good/week-blocks.yaml data/good/counts.yaml \
  >   data/good/weeks-without-phase-dates.yaml data/good/last-day.yaml

Start and end
=============

Exactly that span; one day when they are the same day:

  $ spans data/good/start-end.yaml
  spring 2025-03-01 2025-03-31
  one-day 2025-04-01 2025-04-01

Start and duration: the day before start + duration (2026-11-15 + 4m is
2027-03-15):

  $ spans data/good/start-duration.yaml
  ten-days 2025-03-01 2025-03-10
  two-weeks 2025-04-01 2025-04-14
  one-month 2025-05-15 2025-06-14
  one-day 2025-12-31 2025-12-31
  across-a-year 2026-11-15 2027-03-14

End and duration: duration before the day after end (2025-07-31 - 1m is
June 31st, clamped to 2025-06-30; 2026-01-11 - 3w is 2025-12-21):

  $ spans data/good/end-duration.yaml
  ten-days 2025-03-22 2025-03-31
  one-month 2025-05-01 2025-05-31
  a-month-to-a-clamped-day 2025-06-30 2025-07-30
  two-weeks 2025-09-17 2025-09-30
  back-across-a-year 2025-12-21 2026-01-10

All three, when they agree (in any order in the file):

  $ spans data/good/all-three.yaml
  a-clamped-month 2025-01-31 2025-02-27
  two-weeks 2025-03-01 2025-03-14
  ten-days 2025-04-01 2025-04-10

All three that disagree are an error (2025-03-01 + 2w ends 2025-03-14):

  $ stride lint data/bad/dates-disagree.yaml
  data/bad/dates-disagree.yaml:8:15: error: 'start', 'end' and 'duration' disagree: 2025-03-01 + 2w ends 2025-03-14, not 2025-03-31
  [65]

And an end before the start:

  $ stride lint data/bad/end-before-start.yaml
  data/bad/end-before-start.yaml:7:10: error: 'end' 2025-03-01 is before 'start' 2025-03-10
  [65]

  $ stride lint data/bad/plan-end-before-start.yaml
  data/bad/plan-end-before-start.yaml:5:6: error: 'end' 2025-05-01 is before 'start' 2025-06-01
  [65]

A duration of nothing would end the day before it starts. "0d" is a number
and a unit, so the message must say what is wrong with it (that it must be
positive, at least 1, not zero):

  $ stride lint data/bad/zero-duration.yaml
  data/bad/zero-duration.yaml:7:15: error: 'duration' must be more than 0, got "0d"
  [65]

A leading zero is a slip of the pen, not a date out of range: the message
says how to write it, with or without a start. A number of days (or weeks,
or months) larger than all the days from 0001-01-01 to 9999-12-31 fits
nowhere, wherever it starts:

  $ stride lint data/bad/duration-written-wrong.yaml
  data/bad/duration-written-wrong.yaml:7:15: error: 'duration' is written without a leading zero: 1d, not "01d"
  data/bad/duration-written-wrong.yaml:9:15: error: 'duration' is written without a leading zero: 7w, not "007w"
  data/bad/duration-written-wrong.yaml:12:15: error: 'duration' 4294967297d is longer than all the dates a plan can have (0001-01-01 to 9999-12-31)
  [65]

Duration alone, end alone
=========================

A duration alone starts the day after the previous scheduled sibling ends
(an unscheduled sibling in between does not count):

  $ spans data/good/duration-after-sibling.yaml
  dated 2025-03-01 2025-03-10
  a-week-after 2025-03-11 2025-03-17
  not-dated null null
  two-days-after-the-week 2025-03-18 2025-03-19
  a-month-after 2025-03-20 2025-04-19

or at its parent's start, the plan's start for a top-level phase:

  $ spans data/good/duration-from-parent.yaml
  three-weeks-from-the-plan-start 2025-06-12 2025-07-02
  outer 2025-08-01 2025-08-31
  outer/first-inner-week 2025-08-01 2025-08-07
  outer/second-inner-week 2025-08-08 2025-08-14

An end alone likewise:

  $ spans data/good/end-after-sibling.yaml
  from-the-plan-start 2025-06-01 2025-06-30
  right-after 2025-07-01 2025-07-20
  outer 2025-08-01 2025-08-31
  outer/from-the-outer-start 2025-08-01 2025-08-10
  outer/after-the-first-inner 2025-08-11 2025-08-31

When neither is known, a duration alone is unscheduled (and so are the week
blocks of an unscheduled phase, and a week block without `week`):

  $ spans data/good/unscheduled.yaml
  someday null null
  someday/week-1 null null
  someday/reading null null
  only-a-duration null null
  another-duration null null
  another-duration/week-1 null null

and an end alone is an error, at the end:

  $ stride lint data/bad/end-alone-no-anchor.yaml
  data/bad/end-alone-no-anchor.yaml:6:10: error: a phase with 'end' alone needs a start: give 'start' or 'duration', or put a dated phase before it
  [65]

An end alone before the day its phase would start (the day after its
sibling ends) is an end before the start:

  $ stride lint data/bad/end-alone-before-sibling.yaml
  data/bad/end-alone-before-sibling.yaml:9:10: error: 'end' 2025-03-15 is before the day this phase starts (2025-04-01, after the phase before it)
  [65]

Start alone, and none
=====================

A start alone ends where its children's dates end (sub-phases that take
their start from it, or week blocks counted from it):

  $ spans data/good/start-with-children.yaml
  sub-phases 2025-03-01 2025-03-21
  sub-phases/first-week 2025-03-01 2025-03-07
  sub-phases/then-two-weeks 2025-03-08 2025-03-21
  week-blocks 2025-04-01 2025-04-21
  week-blocks/week-1 2025-04-01 2025-04-07
  week-blocks/week-2-3 2025-04-08 2025-04-21

with no dated children it is an error, at the start (tasks have no dates;
an undated sub-phase neither):

  $ stride lint data/bad/start-alone-no-children.yaml
  data/bad/start-alone-no-children.yaml:6:12: error: a phase with 'start' alone needs 'end' or 'duration' (or dated sub-phases or week blocks)
  data/bad/start-alone-no-children.yaml:10:12: error: a phase with 'start' alone needs 'end' or 'duration' (or dated sub-phases or week blocks)
  [65]

None of them: the span of the children's dates, at every level, and the
next sibling follows it:

  $ spans data/good/span-of-children.yaml
  outer 2025-03-03 2025-03-31
  outer/middle 2025-03-03 2025-03-14
  outer/middle/inner-first 2025-03-03 2025-03-09
  outer/middle/inner-second 2025-03-10 2025-03-14
  outer/middle-second 2025-03-20 2025-03-31
  after-the-outer 2025-04-01 2025-04-07

A phase with none of them spans its children's dates, and its children
count from where the phase would start: the day after the sibling before it
(docs/plan-format.md, "Rules stride chose", 5). So Bonus's week 1 is the
week after April, and Later's first sub-phase, with a duration alone, starts
after Bonus; Later spans from it to its fixed child.

  $ stride lint data/good/weeks-without-phase-dates.yaml
  $ spans data/good/weeks-without-phase-dates.yaml
  april 2025-04-01 2025-04-30
  bonus 2025-05-01 2025-05-07
  bonus/week-1 2025-05-01 2025-05-07
  later 2025-05-08 2025-08-10
  later/a-week-some-day 2025-05-08 2025-05-14
  later/fixed 2025-08-01 2025-08-10

Calendar months
===============

Months add calendar months, counted from the start, and clamp to the last
day of the month: 2025-01-31 + 1m = 2025-02-28, so that phase ends
2025-02-27; 2024 is a leap year; 2025-10-31 + 3m = 2026-01-31 (not clamped
on the way through November); 2026-10-31 + 4m = 2027-02-28.

  $ spans data/good/month-clamp.yaml
  january-2023 2023-01-31 2023-02-27
  january-2024 2024-01-31 2024-02-28
  january-2025 2025-01-31 2025-02-27
  the-next-month 2025-02-28 2025-03-27
  march 2025-03-31 2025-04-29
  may 2025-05-31 2025-06-29
  three-months-from-october 2025-10-31 2026-01-30
  four-months-from-october 2026-10-31 2027-02-27

From a leap day: 2024-02-29 + 12m = 2025-02-28 (clamped), + 1m = 2024-03-29,
2028-02-29 + 48m = 2032-02-29 (a leap year again); 2000-02-29 exists:

  $ spans data/good/leap-day.yaml
  a-year-from-a-leap-day 2024-02-29 2025-02-27
  a-year-from-a-leap-day/a-month-from-a-leap-day 2024-02-29 2024-03-28
  four-years-from-a-leap-day 2028-02-29 2032-02-28
  a-leap-day-in-2000 2000-02-29 2000-03-01

The last date there is
======================

A span may end on 9999-12-31, however its end is found: start and end,
start and duration (The last day: 9999-12-31 + 1d), end and duration, all
three, a duration after a sibling, a week block:

  $ spans data/good/last-day.yaml
  december-9999 9999-12-04 9999-12-31
  december-9999/three-weeks 9999-12-04 9999-12-24
  december-9999/the-last-week 9999-12-25 9999-12-31
  december-9999/the-last-week/six-days 9999-12-25 9999-12-30
  december-9999/the-last-week/the-last-day 9999-12-31 9999-12-31
  december-9999/week-4 9999-12-25 9999-12-31

One that would end after it is an error that says from when, and so is one
that would start before 0001-01-01 (the week block's phase ends on
9999-12-26; its week 2 would end on 10000-01-02):

  $ stride lint data/bad/past-last-day.yaml
  data/bad/past-last-day.yaml:7:15: error: 'duration' 2d from 9999-12-31 would end after 9999-12-31, the last date a plan can have
  data/bad/past-last-day.yaml:10:15: error: 'duration' 1m from 9999-12-15 would end after 9999-12-31, the last date a plan can have
  data/bad/past-last-day.yaml:14:15: error: 'duration' 1m from 9999-12-15 would end after 9999-12-31, the last date a plan can have
  data/bad/past-last-day.yaml:17:15: error: 'duration' 1m up to 0001-01-10 would start before 0001-01-01, the first date a plan can have
  data/bad/past-last-day.yaml:22:15: error: 'week' 2 of a phase that starts 9999-12-20 would end after 9999-12-31, the last date a plan can have
  [65]

Week blocks
===========

`week: N` and `week: N-M` span those weeks of the phase, counted from the
phase start (2025-03-03 is a Monday, 2025-04-01 a Tuesday: weeks are the
phase's, not the calendar's); a block without `week` has no dates.

  $ spans data/good/week-blocks.yaml
  march 2025-03-03 2025-03-30
  march/week-1 2025-03-03 2025-03-09
  march/week-2-3 2025-03-10 2025-03-23
  march/week-4 2025-03-24 2025-03-30
  march/reading-list null null
  april 2025-04-01 2025-04-14
  april/week-1-2 2025-04-01 2025-04-14
  later 2025-04-15 2025-05-05
  later/week-2 2025-04-22 2025-04-28

The --summary outline gives the same dates:

  $ stride lint --summary data/good/week-blocks.yaml
  data/good/week-blocks.yaml: Week blocks span weeks of their phase (week-blocks)
    2025-03-03 to 2025-05-05: 3 phases, 6 week blocks, 0 tasks, 0 criteria, 0 deliverables, 0 resources
    2025-03-03  2025-03-30  March
    2025-03-03  2025-03-09    week 1: First week
    2025-03-10  2025-03-23    weeks 2-3: Second and third weeks
    2025-03-24  2025-03-30    week 4: Fourth week
    unscheduled               Reading list
    2025-04-01  2025-04-14  April
    2025-04-01  2025-04-14    weeks 1-2: Both weeks
    2025-04-15  2025-05-05  Later
    2025-04-22  2025-04-28    week 2: The middle week

Warnings
========

A child that runs past its parent's end (a sub-phase, a week block) and
siblings that overlap are warnings: the plan is still valid, exit 0.

  $ stride lint data/good/warnings.yaml
  data/good/warnings.yaml:9:9: warning: phase 'Runs past the parent' ends 2025-03-15, after its parent phase ends (2025-03-10)
  data/good/warnings.yaml:15:5: warning: phase 'Overlapping sibling' (2025-04-05 to 2025-04-15) overlaps 'First sibling' (2025-04-01 to 2025-04-10)
  data/good/warnings.yaml:22:9: warning: week block 'Past the phase end' ends 2025-05-14, after its phase ends (2025-05-07)

Siblings overlap whether or not they stand side by side (Mid-March again
overlaps March, not Early April between them), and whether or not they
have a title (two untitled blocks for week 2):

  $ stride lint data/good/overlaps.yaml
  data/good/overlaps.yaml:11:5: warning: phase 'Mid-March again' (2025-03-15 to 2025-03-20) overlaps 'March' (2025-03-01 to 2025-03-31)
  data/good/overlaps.yaml:20:9: warning: week block .*overlaps.* (re)

The dates stay as written:

  $ spans data/good/warnings.yaml
  parent 2025-03-01 2025-03-10
  parent/runs-past-the-parent 2025-03-05 2025-03-15
  first-sibling 2025-04-01 2025-04-10
  overlapping-sibling 2025-04-05 2025-04-15
  short-phase 2025-05-01 2025-05-07
  short-phase/week-2 2025-05-08 2025-05-14
