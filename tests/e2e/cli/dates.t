Plans that move: `stride start [PLAN] [DATE] [--file-dates]` runs a plan
from a day, every date moved by the same number of days, and `stride shift
[PLAN] DURATION [--from DATE]` moves what is left after a slip. Both live in
the store only: the plan file is untouched. Every command here names its
day with STRIDE_TODAY=...

The plans: the bundled backend roadmap (id backend-2025, its file says
2025-06-12 to 2025-12-31, nine phases, no week blocks), and a copy of the
bundled six-week sprint (id six-week-infra: six week blocks whose tasks
have `days:` ranges) given the `start:` its header suggests, a Monday in
January 2025. The bundled backend file is copied first, to show at the end
that nothing wrote to it.

  $ cp plans/backend-roadmap.yaml before.yaml
  $ sed 's/^title: "15 Year Guide.*/&\nstart: 2025-01-06/' plans/six-week-sprint.yaml > six.yaml
  $ grep -H '^start:' plans/backend-roadmap.yaml six.yaml
  plans/backend-roadmap.yaml:start: 2025-06-12
  six.yaml:start: 2025-01-06

A helper for the dates of a few items, from `stride list --json`: number,
status, start..end, due:

  $ dates() { for r in "$@"; do stride list --json | tr -d '\t' | grep "^{\"ref\":$r," |
  > sed 's/^{"ref":\([0-9]*\),.*"status":\([^,]*\),.*"start":\([^,]*\),"end":\([^,]*\),.*"due":\([^,]*\),.*/\1 \2 \3..\4 due \5/'; done; }


A template: its dates are past
------------------------------

On Monday 2026-03-02 the backend roadmap's dates are all past, and nothing
of it is done: a template. The import says how to run it from today, on
stderr:

  $ STRIDE_TODAY=2026-03-02 stride import plans/backend-roadmap.yaml 2>&1
  imported backend-2025: 9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0 resources, 3 habits
  stride: backend-2025 ran 2025-06-12 to 2025-12-31; to run it from today: stride start backend-2025
  $ STRIDE_TODAY=2026-03-02 stride import plans/backend-roadmap.yaml 2>/dev/null
  backend-2025: up to date
  $ STRIDE_TODAY=2026-03-02 stride status
  Mid-Level Backend Roadmap (2025) (backend-2025)
  The plan ended on 2025-12-31: 0% done, 60 open
  Next: 2 Read ES 2025 & TypeScript 5.x advanced chapters (236 days late); and 59 more ('stride today')
  To run it from today: stride start backend-2025
  Today, Mon 2026-03-02: Theory - docs or video (30 min, 0 min logged)
  Streak: none yet
  This week: 0 of 180 min
  $ STRIDE_TODAY=2026-03-02 stride status --json | tr -d '\t' | grep -e '"start"' -e '"end"' -e '"file_' -e '"template"' | head -n 5
  "start":"2025-06-12",
  "end":"2025-12-31",
  "file_start":"2025-06-12",
  "file_end":"2025-12-31",
  "template":true,
  $ STRIDE_TODAY=2026-03-02 stride plans --json | tr -d '\t' | grep -e '"file_start"' -e '"template"'
  "file_start":"2025-06-12",
  "template":true,


Started on a Monday
-------------------

With no word, the current plan runs from today: every date moves by the
same 263 days, so phase 1 begins on Monday 2026-03-02 and the plan ends
202 days later, as in the file:

  $ STRIDE_TODAY=2026-03-02 stride start
  backend-2025 now runs 2026-03-02 to 2026-09-20, from a Monday: every date moved 263 days later
  (the file says 2025-06-12 to 2025-12-31, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)

status says where the dates come from, and the plan is on schedule on
its first day; the template hint is gone:

  $ STRIDE_TODAY=2026-03-02 stride status
  Mid-Level Backend Roadmap (2025) (backend-2025)
  Dates: started 2026-03-02; the file says 2025-06-12
  Phase 1 of 9: Language & Runtime Mastery, 2026-03-02 to 2026-03-29
    Goal: Deep JS/TS knowledge, Node internals, async patterns.
  Done: 0% (0 of 60); on schedule (0% of the dated items expected by today)
  Next: 2 Read ES 2025 & TypeScript 5.x advanced chapters; and 5 more ('stride today')
  Today, Mon 2026-03-02: Theory - docs or video (30 min, 0 min logged)
  Streak: none yet
  This week: 0 of 180 min
  $ STRIDE_TODAY=2026-03-02 stride status --json | tr -d '\t' | grep -e '"start"' -e '"end"' -e '"file_' -e '"template"' | head -n 5
  "start":"2026-03-02",
  "end":"2026-09-20",
  "file_start":"2025-06-12",
  "file_end":"2025-12-31",
  "template":false,
  $ STRIDE_TODAY=2026-03-02 stride today
  Mon 2026-03-02: Theory - docs or video (30 min, 0 min logged)
  Language & Runtime Mastery
        2 [ ] Read ES 2025 & TypeScript 5.x advanced chapters
        3 [ ] Diagram Node event-loop vs libuv thread-pool
        4 [ ] Build CLI scraper with streaming & progress bar
        5 [ ] criterion: CLI handles 10 k requests without blocking
        6 [ ] criterion: Progress updates every 500 ms
    ... and 1 more ('stride list 1')
  Habits today ('stride done REF' ticks one)
       70 [ ] Daily study (30 minutes)  (every day; streak 0 days)
  $ STRIDE_TODAY=2026-03-02 stride list | grep '\.\.'
   1  Language & Runtime Mastery  2026-03-02..2026-03-29  [0/6]
   8  Data & Persistence  2026-03-30..2026-04-21  [0/7]
  16  Design & Architecture  2026-04-22..2026-05-19  [0/7]
  24  Quality, Testing & Security  2026-05-20..2026-06-07  [0/7]
  32  Performance & System Design  2026-06-08..2026-06-30  [0/7]
  40  Cloud & DevOps  2026-07-01..2026-07-28  [0/7]
  48  AI & LLMOps  2026-07-29..2026-08-30  [0/7]
  56  Polyglot Sprint  2026-08-31..2026-09-13  [0/5]
  62  Soft Skills & Wrap-up  2026-09-14..2026-09-20  [0/7]
  $ STRIDE_TODAY=2026-03-02 dates 1 8 62
  1 null "2026-03-02".."2026-03-29" due null
  8 null "2026-03-30".."2026-04-21" due null
  62 null "2026-09-14".."2026-09-20" due null
  $ STRIDE_TODAY=2026-03-02 stride plans
  * backend-2025: Mid-Level Backend Roadmap (2025)
      0% done (0 of 60), phase 1 of 9: Language & Runtime Mastery

A start is one step for undo, which puts the file's dates back, and the
template hint with them:

  $ STRIDE_TODAY=2026-03-02 stride undo
  undid   stride start: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-02 stride status | head -n 4
  Mid-Level Backend Roadmap (2025) (backend-2025)
  The plan ended on 2025-12-31: 0% done, 60 open
  Next: 2 Read ES 2025 & TypeScript 5.x advanced chapters (236 days late); and 59 more ('stride today')
  To run it from today: stride start backend-2025

A weekday is the next one, today included: monday on a Monday is today:

  $ STRIDE_TODAY=2026-03-02 stride start monday
  backend-2025 now runs 2026-03-02 to 2026-09-20, from a Monday: every date moved 263 days later
  (the file says 2025-06-12 to 2025-12-31, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)
  $ STRIDE_TODAY=2026-03-02 stride list > monday.txt


On a Thursday, on 29 February
-----------------------------

Started again from Thursday (the next one, three days on) the plan moves
three more days; started on 29 February 2028, a Tuesday, phase 1 runs over
the leap day:

  $ STRIDE_TODAY=2026-03-02 stride start backend-2025 thu
  backend-2025 now runs 2026-03-05 to 2026-09-23, from a Thursday: every date moved 3 days later
  (the file says 2025-06-12 to 2025-12-31, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)
  $ STRIDE_TODAY=2026-03-02 stride list | grep '\.\.' | head -n 2
   1  Language & Runtime Mastery  2026-03-05..2026-04-01  [0/6]
   8  Data & Persistence  2026-04-02..2026-04-24  [0/7]
  $ STRIDE_TODAY=2026-03-02 stride start backend-2025 2028-02-29
  backend-2025 now runs 2028-02-29 to 2028-09-18, from a Tuesday: every date moved 726 days later
  (the file says 2025-06-12 to 2025-12-31, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)
  $ STRIDE_TODAY=2026-03-02 stride list | grep '\.\.'
   1  Language & Runtime Mastery  2028-02-29..2028-03-27  [0/6]
   8  Data & Persistence  2028-03-28..2028-04-19  [0/7]
  16  Design & Architecture  2028-04-20..2028-05-17  [0/7]
  24  Quality, Testing & Security  2028-05-18..2028-06-05  [0/7]
  32  Performance & System Design  2028-06-06..2028-06-28  [0/7]
  40  Cloud & DevOps  2028-06-29..2028-07-26  [0/7]
  48  AI & LLMOps  2028-07-27..2028-08-28  [0/7]
  56  Polyglot Sprint  2028-08-29..2028-09-11  [0/5]
  62  Soft Skills & Wrap-up  2028-09-12..2028-09-18  [0/7]
  $ STRIDE_TODAY=2028-02-29 stride status
  Mid-Level Backend Roadmap (2025) (backend-2025)
  Dates: started 2028-02-29; the file says 2025-06-12
  Phase 1 of 9: Language & Runtime Mastery, 2028-02-29 to 2028-03-27
    Goal: Deep JS/TS knowledge, Node internals, async patterns.
  Done: 0% (0 of 60); on schedule (0% of the dated items expected by today)
  Next: 2 Read ES 2025 & TypeScript 5.x advanced chapters; and 5 more ('stride today')
  Today, Tue 2028-02-29: Code-along example (30 min, 0 min logged)
  Streak: none yet
  This week: 0 of 180 min
  $ STRIDE_TODAY=2028-02-29 stride today | head -n 3
  Tue 2028-02-29: Code-along example (30 min, 0 min logged)
  Language & Runtime Mastery
        2 [ ] Read ES 2025 & TypeScript 5.x advanced chapters

Undo takes each start back in turn: the list is as it was on Monday:

  $ STRIDE_TODAY=2026-03-02 stride undo
  undid   stride start: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-02 stride undo
  undid   stride start: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-02 stride list | diff monday.txt - && echo same
  same


Week blocks and days
--------------------

The six-week sprint, imported on Tuesday 2026-03-03, is a template too
(and becomes the current plan):

  $ STRIDE_TODAY=2026-03-03 stride import six.yaml 2>&1
  imported six-week-infra: 5 phases, 6 week blocks, 103 tasks, 0 criteria, 0 deliverables, 0 resources
  stride: six-week-infra ran 2025-01-06 to 2025-02-16; to run it from today: stride start six-week-infra

Run from Thursday: its weeks run Thursday to Wednesday, and each task's
`days:` range moves with them (3 is days 1-2, 7 days 3-4, 11 days 5-7 of
week 1; 16 is days 1-3 of week 2):

  $ STRIDE_TODAY=2026-03-03 stride start six-week-infra thursday
  six-week-infra now runs 2026-03-05 to 2026-04-15, from a Thursday: every date moved 423 days later
  (the file says 2025-01-06 to 2025-02-16, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)
  $ STRIDE_TODAY=2026-03-03 stride list | grep '\.\.'
    1  Six-Week Learning Plan  2026-03-05..2026-04-15  [0/70]
    2    Foundation Setup  2026-03-05..2026-03-11  [0/12]
   15    Golang Advanced + Platform Engineering  2026-03-12..2026-03-18  [0/11]
   27    Rust Fundamentals + Systems  2026-03-19..2026-03-25  [0/11]
   39    JavaScript/TypeScript + Modern Web APIs  2026-03-26..2026-04-01  [0/12]
   52    AI/ML Infrastructure Integration  2026-04-02..2026-04-08  [0/12]
   65    Integration + Portfolio  2026-04-09..2026-04-15  [0/12]
  $ STRIDE_TODAY=2026-03-03 dates 3 7 11 16
  3 "todo" "2026-03-05".."2026-03-06" due null
  7 "todo" "2026-03-07".."2026-03-08" due null
  11 "todo" "2026-03-09".."2026-03-11" due null
  16 "todo" "2026-03-12".."2026-03-14" due null
  $ STRIDE_TODAY=2026-03-05 stride status
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-04-15
  Week: Foundation Setup, 2026-03-05 to 2026-03-11
  Done: 0% (0 of 100); on schedule (2% of the dated items expected by today)
  Next: 3 Set up development environment; and 11 more ('stride today')
  Today, Thu 2026-03-05: no schedule (0 min logged)
  Streak: none yet
  This week: 0 min
  $ STRIDE_TODAY=2026-03-05 stride today | head -n 5
  Thu 2026-03-05: no schedule (0 min logged)
  Six-Week Learning Plan > Foundation Setup
        3 [ ] Set up development environment
        4 [ ] Install Rust toolchain, configure VS Code with rust-analyzer
        5 [ ] Set up Node.js with TypeScript, configure debugging

Before its first day:

  $ STRIDE_TODAY=2026-03-03 stride status | head -n 5
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06
  The plan starts on Thursday 2026-03-05, in 2 days
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-04-15
  Week: Foundation Setup, 2026-03-05 to 2026-03-11

From 29 February 2028 the first week ends on Monday 6 March, and the last
on 10 April (six weeks, 42 days):

  $ STRIDE_TODAY=2026-03-03 stride start six-week-infra 2028-02-29
  six-week-infra now runs 2028-02-29 to 2028-04-10, from a Tuesday: every date moved 726 days later
  (the file says 2025-01-06 to 2025-02-16, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)
  $ STRIDE_TODAY=2026-03-03 stride list | grep '\.\.'
    1  Six-Week Learning Plan  2028-02-29..2028-04-10  [0/70]
    2    Foundation Setup  2028-02-29..2028-03-06  [0/12]
   15    Golang Advanced + Platform Engineering  2028-03-07..2028-03-13  [0/11]
   27    Rust Fundamentals + Systems  2028-03-14..2028-03-20  [0/11]
   39    JavaScript/TypeScript + Modern Web APIs  2028-03-21..2028-03-27  [0/12]
   52    AI/ML Infrastructure Integration  2028-03-28..2028-04-03  [0/12]
   65    Integration + Portfolio  2028-04-04..2028-04-10  [0/12]
  $ STRIDE_TODAY=2026-03-03 dates 3 7 11
  3 "todo" "2028-02-29".."2028-03-01" due null
  7 "todo" "2028-03-02".."2028-03-03" due null
  11 "todo" "2028-03-04".."2028-03-06" due null
  $ STRIDE_TODAY=2028-03-01 stride today | head -n 4
  Wed 2028-03-01: no schedule (0 min logged)
  Six-Week Learning Plan > Foundation Setup
        3 [ ] Set up development environment
        4 [ ] Install Rust toolchain, configure VS Code with rust-analyzer


Back to the file's dates
------------------------

--file-dates undoes every start and shift at once; the plan is a template
again. It is one step for undo too, which brings back 29 February:

  $ STRIDE_TODAY=2026-03-03 stride start six-week-infra --file-dates
  six-week-infra is back on its file's dates: 2025-01-06 to 2025-02-16 ('stride undo' takes this back)
  $ STRIDE_TODAY=2026-03-03 stride status | head -n 4
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  The plan ended on 2025-02-16: 0% done, 100 open
  Next: 3 Set up development environment (415 days late); and 69 more ('stride today')
  To run it from today: stride start six-week-infra
  $ STRIDE_TODAY=2026-03-03 stride start six-week-infra --file-dates
  six-week-infra is on its file's dates already (2025-01-06 to 2025-02-16): nothing changed
  $ STRIDE_TODAY=2026-03-03 stride undo
  undid   stride start --file-dates: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-03 stride list | grep '\.\.' | head -n 2
    1  Six-Week Learning Plan  2028-02-29..2028-04-10  [0/70]
    2    Foundation Setup  2028-02-29..2028-03-06  [0/12]

And undo of that start brings back the Thursday:

  $ STRIDE_TODAY=2026-03-03 stride undo
  undid   stride start: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-03 stride list | grep '\.\.' | head -n 2
    1  Six-Week Learning Plan  2026-03-05..2026-04-15  [0/70]
    2    Foundation Setup  2026-03-05..2026-03-11  [0/12]


The file is untouched, and edits keep the start
-----------------------------------------------

  $ cmp before.yaml plans/backend-roadmap.yaml && echo untouched
  untouched
  $ grep '^start:' six.yaml
  start: 2025-01-06

An edit of the file (a week's title) is synced, and the plan stays where it
was started:

  $ sed -i 's/title: Foundation Setup/title: Foundations/' six.yaml
  $ STRIDE_TODAY=2026-03-03 stride import six.yaml 2>&1
  six-week-infra: 1 retitled
    retitled  six-weeks/week-1  Foundations  (was: Foundation Setup)
  $ STRIDE_TODAY=2026-03-03 stride status | head -n 4
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06
  The plan starts on Thursday 2026-03-05, in 2 days
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-04-15
  $ STRIDE_TODAY=2026-03-03 dates 3
  3 "todo" "2026-03-05".."2026-03-06" due null

An edit of the file's own start, a week later, leaves the started plan
where it was started, Thursday 03-05 (the days it is moved by take the
edit back); put back, the same:

  $ sed -i 's/^start: 2025-01-06/start: 2025-01-13/' six.yaml
  $ STRIDE_TODAY=2026-03-03 stride import six.yaml 2>&1
  six-week-infra: dates or details updated
  $ STRIDE_TODAY=2026-03-03 stride status | head -n 4
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-13
  The plan starts on Thursday 2026-03-05, in 2 days
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-04-15
  $ sed -i 's/^start: 2025-01-13/start: 2025-01-06/' six.yaml
  $ STRIDE_TODAY=2026-03-03 stride import six.yaml 2>&1
  six-week-infra: dates or details updated
  $ STRIDE_TODAY=2026-03-03 stride status | head -n 2
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06


A plan under way
----------------

Week 1 goes partly done: 3 and its three sub-tasks, and 8, one of 7's. On
Monday 03-16, in week 2, 24 (days 6-7 of week 2, 03-17 and 03-18) and its
two sub-tasks are done early:

  $ STRIDE_TODAY=2026-03-06 stride done 3 4 5 6 8 > /dev/null
  $ STRIDE_TODAY=2026-03-16 stride done 24 25 26 > /dev/null

The week's review (ISO week 2026-W10, Monday 2 to Sunday 8 March) has
what was done on Friday 03-06:

  $ STRIDE_TODAY=2026-03-08 stride review | sed -n 1,16p
  # Week 2026-W10: 15 Year Guide: Six-Week Learning Plan
  
  2 to 8 March 2026
  
  - Time: 0m logged
  - Done: 5; started 0; skipped 0
  - Streak: none at the week's end
  
  ## Done
  
  ### Six-Week Learning Plan
  
  - Set up development environment (3)
  - Install Rust toolchain, configure VS Code with rust-analyzer (4)
  - Set up Node.js with TypeScript, configure debugging (5)
  - Create GitHub repos for each project (6)

On Monday 03-16 the plan is six days behind, with week 1's open items
carried over (the hint to shift comes at seven days behind; see the plan
that ended, below):

  $ STRIDE_TODAY=2026-03-16 stride status
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-04-15
  Week: Golang Advanced + Platform Engineering, 2026-03-12 to 2026-03-18
  Done: 8% (8 of 100); 6 days behind schedule (28% of the dated items expected by today)
  Next: 7 Infrastructure as Code + GitOps (5 days late); and 14 more ('stride today')
  Today, Mon 2026-03-16: no schedule (0 min logged)
  Streak: 1 day (longest 1)
  This week: 0 min
  $ STRIDE_TODAY=2026-03-16 stride today | head -n 4
  Mon 2026-03-16: no schedule (0 min logged)
  Carried over (7)
        7 [ ] Infrastructure as Code + GitOps (5 days late)
        9 [ ] Convert one Terraform module to Crossplane (5 days late)
  $ STRIDE_TODAY=2026-03-16 dates 3 7 11 15 16 20 24 27
  3 "done" "2026-03-05".."2026-03-06" due null
  7 "todo" "2026-03-07".."2026-03-08" due null
  11 "todo" "2026-03-09".."2026-03-11" due null
  15 null "2026-03-12".."2026-03-18" due null
  16 "todo" "2026-03-12".."2026-03-14" due null
  20 "todo" "2026-03-15".."2026-03-16" due null
  24 "done" "2026-03-17".."2026-03-18" due null
  27 null "2026-03-19".."2026-03-25" due null

With items done, a bare start (which would move all of it to today) is
refused; the message says what to type:

  $ STRIDE_TODAY=2026-03-16 stride start
  stride: six-week-infra is under way (8 items done): 'stride start' with no date would move all of it to begin today; to do that, 'stride start six-week-infra today' ('stride shift' moves only what is left)
  [2]
  $ STRIDE_TODAY=2026-03-16 stride status | head -n 2
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06


Shift after a slip
------------------

Two weeks later, from today: week 2, which has begun, keeps its start and
ends two weeks later; of its tasks, 16 (days 1-3, open, before today)
keeps its dates, 20 (days 4-5, open, over today) keeps its start and ends
later, and 24, done early, keeps its dates; week 1 and its items keep
theirs; weeks 3 to 6 move, and the phase ends two weeks later:

  $ STRIDE_TODAY=2026-03-16 stride list > before-shift.txt
  $ STRIDE_TODAY=2026-03-16 dates 3 7 11 15 16 20 24 27 > before-shift-dates.txt
  $ STRIDE_TODAY=2026-03-16 stride shift 2w
  moved what is left of six-week-infra 14 days later, from 2026-03-16 on (19 items with dates); it now ends on 2026-04-29 ('stride undo' takes this back)
  $ STRIDE_TODAY=2026-03-16 stride list | grep '\.\.'
    1  Six-Week Learning Plan  2026-03-05..2026-04-29  [8/70]
    2    Foundations  2026-03-05..2026-03-11  [5/12]
   15    Golang Advanced + Platform Engineering  2026-03-12..2026-04-01  [3/11]
   27    Rust Fundamentals + Systems  2026-04-02..2026-04-08  [0/11]
   39    JavaScript/TypeScript + Modern Web APIs  2026-04-09..2026-04-15  [0/12]
   52    AI/ML Infrastructure Integration  2026-04-16..2026-04-22  [0/12]
   65    Integration + Portfolio  2026-04-23..2026-04-29  [0/12]
  $ STRIDE_TODAY=2026-03-16 dates 3 7 11 15 16 20 24 27
  3 "done" "2026-03-05".."2026-03-06" due null
  7 "todo" "2026-03-07".."2026-03-08" due null
  11 "todo" "2026-03-09".."2026-03-11" due null
  15 null "2026-03-12".."2026-04-01" due null
  16 "todo" "2026-03-12".."2026-03-14" due null
  20 "todo" "2026-03-15".."2026-03-30" due null
  24 "done" "2026-03-17".."2026-03-18" due null
  27 null "2026-04-02".."2026-04-08" due null
  $ STRIDE_TODAY=2026-03-16 stride status | head -n 5
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06; shifted 14 days later: ends 2026-04-29
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-04-29
  Week: Golang Advanced + Platform Engineering, 2026-03-12 to 2026-04-01
  Done: 8% (8 of 100); 6 days behind schedule (20% of the dated items expected by today)
  $ STRIDE_TODAY=2026-03-16 stride list 15 | head -n 3
   15  Golang Advanced + Platform Engineering  2026-03-12..2026-04-01  [3/11]
   16    [ ] Modern Go patterns  [0/3]
   17      [ ] Build CLI tool with Cobra that manages k8s resources

Undo takes the shift back exactly:

  $ STRIDE_TODAY=2026-03-16 stride undo
  undid   stride shift: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-16 stride list | diff before-shift.txt - && echo same
  same
  $ STRIDE_TODAY=2026-03-16 dates 3 7 11 15 16 20 24 27 | diff before-shift-dates.txt - && echo same
  same

A move earlier, -3d, from the same day: week 2 keeps its start and ends
three days earlier; 20, over today, keeps its start 03-15 and its end
(03-16) would move to 03-13, before its start: it stops at its start;
24, done, keeps its dates. Undo takes it back:

  $ STRIDE_TODAY=2026-03-16 stride shift -3d
  moved what is left of six-week-infra 3 days earlier, from 2026-03-16 on (19 items with dates); it now ends on 2026-04-12 ('stride undo' takes this back)
  $ STRIDE_TODAY=2026-03-16 stride list | grep '\.\.' | head -n 4
    1  Six-Week Learning Plan  2026-03-05..2026-04-12  [8/70]
    2    Foundations  2026-03-05..2026-03-11  [5/12]
   15    Golang Advanced + Platform Engineering  2026-03-12..2026-03-15  [3/11]
   27    Rust Fundamentals + Systems  2026-03-16..2026-03-22  [0/11]
  $ STRIDE_TODAY=2026-03-16 dates 15 16 20 24 27
  15 null "2026-03-12".."2026-03-15" due null
  16 "todo" "2026-03-12".."2026-03-14" due null
  20 "todo" "2026-03-15".."2026-03-15" due null
  24 "done" "2026-03-17".."2026-03-18" due null
  27 null "2026-03-16".."2026-03-22" due null
  $ STRIDE_TODAY=2026-03-16 stride status | head -n 2
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06; shifted 3 days earlier: ends 2026-04-12
  $ STRIDE_TODAY=2026-03-16 stride undo
  undid   stride shift: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-16 dates 3 7 11 15 16 20 24 27 | diff before-shift-dates.txt - && echo same
  same

The two weeks again, then --from: only what is dated on or after that day
moves (weeks 5 and 6, 16 April on), and the plan ends a week later again:

  $ STRIDE_TODAY=2026-03-16 stride shift 2w > /dev/null
  $ STRIDE_TODAY=2026-03-16 stride shift 1w --from 2026-04-16
  moved what is left of six-week-infra 7 days later, from 2026-04-16 on (9 items with dates); it now ends on 2026-05-06 ('stride undo' takes this back)
  $ STRIDE_TODAY=2026-03-16 stride list | grep '\.\.'
    1  Six-Week Learning Plan  2026-03-05..2026-05-06  [8/70]
    2    Foundations  2026-03-05..2026-03-11  [5/12]
   15    Golang Advanced + Platform Engineering  2026-03-12..2026-04-01  [3/11]
   27    Rust Fundamentals + Systems  2026-04-02..2026-04-08  [0/11]
   39    JavaScript/TypeScript + Modern Web APIs  2026-04-09..2026-04-15  [0/12]
   52    AI/ML Infrastructure Integration  2026-04-23..2026-04-29  [0/12]
   65    Integration + Portfolio  2026-04-30..2026-05-06  [0/12]
  $ STRIDE_TODAY=2026-03-16 stride status | head -n 2
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06; shifted 21 days later: ends 2026-05-06

An edit of the file after the shifts (week 3's title) keeps them:

  $ sed -i 's/title: Rust Fundamentals + Systems/title: Rust Fundamentals/' six.yaml
  $ STRIDE_TODAY=2026-03-16 stride import six.yaml 2>&1
  six-week-infra: 1 retitled
    retitled  six-weeks/week-3  Rust Fundamentals  (was: Rust Fundamentals + Systems)
  $ STRIDE_TODAY=2026-03-16 stride list | grep '\.\.'
    1  Six-Week Learning Plan  2026-03-05..2026-05-06  [8/70]
    2    Foundations  2026-03-05..2026-03-11  [5/12]
   15    Golang Advanced + Platform Engineering  2026-03-12..2026-04-01  [3/11]
   27    Rust Fundamentals  2026-04-02..2026-04-08  [0/11]
   39    JavaScript/TypeScript + Modern Web APIs  2026-04-09..2026-04-15  [0/12]
   52    AI/ML Infrastructure Integration  2026-04-23..2026-04-29  [0/12]
   65    Integration + Portfolio  2026-04-30..2026-05-06  [0/12]
  $ STRIDE_TODAY=2026-03-16 dates 16 20 24
  16 "todo" "2026-03-12".."2026-03-14" due null
  20 "todo" "2026-03-15".."2026-03-30" due null
  24 "done" "2026-03-17".."2026-03-18" due null

A shift with nothing left to move changes nothing:

  $ STRIDE_TODAY=2026-03-16 stride shift 1w --from 2027-01-01
  nothing of six-week-infra left to do is dated on or after 2027-01-01: nothing changed

--file-dates takes back every start and shift at once, with or without
the plan's id (it is not a bare start, refused on a plan under way);
again, it says so and changes nothing; undo brings all the moves back:

  $ STRIDE_TODAY=2026-03-16 stride list > before-file-dates.txt
  $ STRIDE_TODAY=2026-03-16 stride start --file-dates
  six-week-infra is back on its file's dates: 2025-01-06 to 2025-02-16 ('stride undo' takes this back)
  $ STRIDE_TODAY=2026-03-16 stride start six-week-infra --file-dates
  six-week-infra is on its file's dates already (2025-01-06 to 2025-02-16): nothing changed
  $ STRIDE_TODAY=2026-03-16 stride list | grep '\.\.' | head -n 3
    1  Six-Week Learning Plan  2025-01-06..2025-02-16  [8/70]
    2    Foundations  2025-01-06..2025-01-12  [5/12]
   15    Golang Advanced + Platform Engineering  2025-01-13..2025-01-19  [3/11]
  $ STRIDE_TODAY=2026-03-16 dates 3 16 20 24
  3 "done" "2025-01-06".."2025-01-07" due null
  16 "todo" "2025-01-13".."2025-01-15" due null
  20 "todo" "2025-01-16".."2025-01-17" due null
  24 "done" "2025-01-18".."2025-01-19" due null
  $ STRIDE_TODAY=2026-03-16 stride status | head -n 3
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  The plan ended on 2025-02-16: 8% done, 92 open
  Next: 7 Infrastructure as Code + GitOps (428 days late); and 61 more ('stride today')
  $ STRIDE_TODAY=2026-03-16 stride undo
  undid   stride start --file-dates: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-16 stride list | diff before-file-dates.txt - && echo same
  same


A plan that ended
-----------------

The backend roadmap, run from Monday 2026-03-02, ends on 2026-09-20. With
two items of phase 1 done on 03-04, on Monday 2026-10-05 it has ended;
status says how to carry on from today with what is left (a change to a
plan makes it the current one):

  $ STRIDE_TODAY=2026-03-04 stride done backend-2025:2 backend-2025:3 > /dev/null
  $ STRIDE_TODAY=2026-10-05 stride status
  Mid-Level Backend Roadmap (2025) (backend-2025)
  Dates: started 2026-03-02; the file says 2025-06-12
  The plan ended on 2026-09-20: 3% done, 58 open
  Next: 4 Build CLI scraper with streaming & progress bar (190 days late); and 57 more ('stride today')
  To carry on from today with what is left: stride shift backend-2025 207d --from 2026-03-02
  Today, Mon 2026-10-05: Theory - docs or video (30 min, 0 min logged)
  Streak: none (longest 1 day)
  This week: 0 of 180 min
  $ STRIDE_TODAY=2026-10-05 stride plans
  * backend-2025: Mid-Level Backend Roadmap (2025)
      ended on 2026-09-20: 3% done, 58 open
    six-week-infra: 15 Year Guide: Six-Week Learning Plan
      ended on 2026-05-06: 8% done, 92 open
  $ STRIDE_TODAY=2026-10-05 stride today | head -n 3
  Mon 2026-10-05: Theory - docs or video (30 min, 0 min logged)
  Carried over (58)
        4 [ ] Build CLI scraper with streaming & progress bar (190 days late)

Doing what it says: phase 1 begins today, with its two items done:

  $ STRIDE_TODAY=2026-10-05 stride shift backend-2025 217d --from 2026-03-02
  moved what is left of backend-2025 217 days later, from 2026-03-02 on (9 items with dates); it now ends on 2027-04-25 ('stride undo' takes this back)
  $ STRIDE_TODAY=2026-10-05 stride status
  Mid-Level Backend Roadmap (2025) (backend-2025)
  Dates: started 2026-10-05; the file says 2025-06-12
  Phase 1 of 9: Language & Runtime Mastery, 2026-10-05 to 2026-11-01
    Goal: Deep JS/TS knowledge, Node internals, async patterns.
  Done: 3% (2 of 60); 8 days ahead of schedule (0% of the dated items expected by today)
  Next: 4 Build CLI scraper with streaming & progress bar; and 3 more ('stride today')
  Today, Mon 2026-10-05: Theory - docs or video (30 min, 0 min logged)
  Streak: none (longest 1 day)
  This week: 0 of 180 min
  $ STRIDE_TODAY=2026-10-05 stride list 1
   1  Language & Runtime Mastery  2026-10-05..2026-11-01  [2/6]
   2    [x] Read ES 2025 & TypeScript 5.x advanced chapters
   3    [x] Diagram Node event-loop vs libuv thread-pool
   4    [ ] Build CLI scraper with streaming & progress bar
   5    [ ] criterion: CLI handles 10 k requests without blocking
   6    [ ] criterion: Progress updates every 500 ms
   7    [ ] deliverable: CLI scraper with streaming + progress bar
  $ STRIDE_TODAY=2026-10-05 stride list | grep '\.\.' | tail -n 1
  62  Soft Skills & Wrap-up  2027-04-19..2027-04-25  [0/7]


Bad input
---------

Each of these says what to type instead, and changes nothing. What there
is before:

  $ STRIDE_TODAY=2026-03-16 stride use six-week-infra
  now on six-week-infra: 15 Year Guide: Six-Week Learning Plan
  $ STRIDE_TODAY=2026-03-16 stride status > six-before.txt
  $ STRIDE_TODAY=2026-03-16 stride status backend-2025 > backend-before.txt
  $ STRIDE_TODAY=2026-03-16 stride status | head -n 3
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06; shifted 21 days later: ends 2026-05-06
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-05-06

A date that is not one (30 February), as PLAN DATE, alone, and for
--from:

  $ STRIDE_TODAY=2026-03-16 stride start six-week-infra 2026-02-30
  stride start: '2026-02-30' is not a day: give YYYY-MM-DD, today, tomorrow, yesterday, +N or -N (days from today), or a weekday such as monday
  usage: stride start REF... | start [PLAN] [DATE] [--file-dates] (see 'stride help start')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride start 2026-02-30
  stride start: '2026-02-30' is not a day: give YYYY-MM-DD, today, tomorrow, yesterday, +N or -N (days from today), or a weekday such as monday
  usage: stride start REF... | start [PLAN] [DATE] [--file-dates] (see 'stride help start')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride shift 1w --from 2026-02-30
  stride shift: --from '2026-02-30' is not a day: give YYYY-MM-DD, today, tomorrow, yesterday, +N or -N (days from today), or a weekday such as monday
  usage: stride shift [PLAN] DURATION [--from DATE] (see 'stride help shift')
  [2]

Durations that are not moves: 0d, a unit that is not one, a fraction,
none:

  $ STRIDE_TODAY=2026-03-16 stride shift 0d
  stride shift: '0d' is not a move: give a number of days, weeks or months, such as 2w, 10d, 1m, or -3d to move earlier (not 0)
  usage: stride shift [PLAN] DURATION [--from DATE] (see 'stride help shift')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride shift 2y
  stride shift: '2y' is not a move: give a number of days, weeks or months, such as 2w, 10d, 1m, or -3d to move earlier (not 0)
  usage: stride shift [PLAN] DURATION [--from DATE] (see 'stride help shift')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride shift 1.5w
  stride shift: '1.5w' is not a move: give a number of days, weeks or months, such as 2w, 10d, 1m, or -3d to move earlier (not 0)
  usage: stride shift [PLAN] DURATION [--from DATE] (see 'stride help shift')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride shift
  stride shift: no duration given: how far to move the rest of the plan, such as 2w, 10d or -3d
  usage: stride shift [PLAN] DURATION [--from DATE] (see 'stride help shift')
  [2]

Dates past 9999-12-31: a start too late for the six weeks to fit; with
the backend roadmap run from 9999-06-01 (to 9999-12-20), a shift of 7
months, and shifts whose own arithmetic leaves the calendar (a month from
9999-12-15; 99999999 days). Undo then takes back the June 9999 start:

  $ STRIDE_TODAY=2026-03-16 stride start six-week-infra 9999-12-01
  stride: six-week-infra runs 62 days from its first day to its last: the latest it can start on is 9999-10-30
  [2]
  $ STRIDE_TODAY=2026-03-16 stride start backend-2025 9999-06-01
  backend-2025 now runs 9999-06-01 to 9999-12-20, from a Tuesday: every date moved 2911952 days later
  (the file says 2025-06-12 to 2025-12-31, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)
  $ STRIDE_TODAY=2026-03-16 stride shift backend-2025 7m
  stride: 214 days later would take 9999-12-20 past 9999-12-31: at most 11 days later; nothing was moved
  [65]
  $ STRIDE_TODAY=2026-03-16 stride shift backend-2025 1m --from 9999-12-15
  stride shift: 1m from 9999-12-15 would leave the calendar (0001-01-01 to 9999-12-31): give a shorter move
  usage: stride shift [PLAN] DURATION [--from DATE] (see 'stride help shift')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride shift backend-2025 99999999d
  stride shift: '99999999d' is longer than the calendar (0001 to 9999): give a shorter move
  usage: stride shift [PLAN] DURATION [--from DATE] (see 'stride help shift')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride undo
  undid   stride start: the plan's dates are as they were before
  $ STRIDE_TODAY=2026-03-16 stride use six-week-infra > /dev/null

A plan id that does not exist (with a day, alone, for shift):

  $ STRIDE_TODAY=2026-03-16 stride start nosuch 2026-03-19
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]
  $ STRIDE_TODAY=2026-03-16 stride start nosuch
  stride: nothing in six-week-infra matches 'nosuch': give a number or a key from 'stride list', or part of a title
  [2]
  $ STRIDE_TODAY=2026-03-16 stride shift nosuch 2w
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]

--file-dates with a date:

  $ STRIDE_TODAY=2026-03-16 stride start --file-dates 2026-03-19
  stride start: --file-dates takes no date: the file says when the plan starts
  usage: stride start REF... | start [PLAN] [DATE] [--file-dates] (see 'stride help start')
  [2]
  $ STRIDE_TODAY=2026-03-16 stride start six-week-infra --file-dates today
  stride start: --file-dates takes no date: the file says when the plan starts
  usage: stride start REF... | start [PLAN] [DATE] [--file-dates] (see 'stride help start')
  [2]

A plan with no dates at all (a copy of the bundled six-week sprint as it
is, in a store of its own): its phases say how long they are, so `stride
start` lays it out from the day, as if the file said `start:` that day.
Until then status says how:

  $ cp plans/six-week-sprint.yaml undated.yaml
  $ u() { STRIDE_TODAY=2026-03-16 stride --db undated.db "$@"; }
  $ u import undated.yaml
  imported six-week-infra: 5 phases, 6 week blocks, 103 tasks, 0 criteria, 0 deliverables, 0 resources
  $ u status | grep -e '^To' -e '^Phase'
  Phase 1 of 3: Six-Week Learning Plan
  To lay its dates out from today: stride start six-week-infra
  Today, Mon 2026-03-16: no schedule (0 min logged)
  $ u shift 1w
  stride: six-week-infra has no dates to move: give it a 'start:' date (or its phases' dates) in its plan file
  [65]
  $ u start thursday
  six-week-infra now runs 2026-03-19 to 2026-04-29, from a Thursday: laid out from its phases' durations
  (the file gives no dates, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' leaves the plan without dates again)
  $ u status | head -n 5
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-19; the file gives no dates
  The plan starts on Thursday 2026-03-19, in 3 days
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-19 to 2026-04-29
  Week: Foundation Setup, 2026-03-19 to 2026-03-25
  $ u list 2 --json | tr -d '\t' | grep -o '"start":[^,]*,"end":[^,]*' | head -n 3
  "start":"2026-03-19","end":"2026-03-25"
  "start":"2026-03-19","end":"2026-03-20"
  "start":null,"end":null
  $ u status --json | tr -d '\t\n' | grep -o '"file_start":[^,]*,"file_end":[^,]*'
  "file_start":null,"file_end":null
  $ u done 4
  done    4  Install Rust toolchain, configure VS Code with rust-analyzer
  six-week-infra: 1% done (1 of 100)

Re-imports keep the layout: the same file, and the file edited (a task
added to week 1); a shift moves what is left of it like any plan's:

  $ u import undated.yaml
  six-week-infra: up to date
  $ sed 's/^          - title: Set up development environment$/          - title: Read the plan once\n            days: 1\n&/' undated.yaml > edited.yaml && mv edited.yaml undated.yaml
  $ u status | head -n 3
  stride: .*/home/undated\.yaml changed; synced six-week-infra: 1 added (re)
    added     six-weeks/week-1/read-the-plan-once  Read the plan once
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-19; the file gives no dates
  The plan starts on Thursday 2026-03-19, in 3 days
  $ u list 2 | head -n 3
    2  Foundation Setup  2026-03-19..2026-03-25  [1/13]
  115    [ ] Read the plan once
    3    [ ] Set up development environment  [1/3]
  $ u shift 1w
  moved what is left of six-week-infra 7 days later, from 2026-03-16 on (26 items with dates); it now ends on 2026-05-06 ('stride undo' takes this back)
  $ u status | sed -n 2p
  Dates: started 2026-03-26; the file gives no dates
  $ u undo
  undid   stride shift: the plan's dates are as they were before

Started again on another day, it moves like a dated plan; --file-dates
takes its dates away again, and undo brings each step back:

  $ u start 2026-03-23
  six-week-infra now runs 2026-03-23 to 2026-05-03, from a Monday: every date moved 4 days later
  (the file says 2026-03-19 to 2026-04-29, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' goes back to the file's dates)
  $ u undo
  undid   stride start: the plan's dates are as they were before
  $ u start --file-dates
  six-week-infra is back on its file, which gives no dates: its items are unscheduled again ('stride undo' takes this back)
  $ u status | grep -e Dates -e '^Phase' -e '^To'
  Phase 1 of 3: Six-Week Learning Plan
  Today, Mon 2026-03-16: no schedule (0 min logged)
  $ u undo
  undid   stride start --file-dates: the plan's dates are as they were before
  $ u status | sed -n 2,3p
  Dates: started 2026-03-19; the file gives no dates
  The plan starts on Thursday 2026-03-19, in 3 days
  $ u start --file-dates
  six-week-infra is back on its file, which gives no dates: its items are unscheduled again ('stride undo' takes this back)
  $ u undo
  undid   stride start --file-dates: the plan's dates are as they were before
  $ u undo
  undid   done   4  Install Rust toolchain, configure VS Code with rust-analyzer  (todo again)
  $ u undo
  undid   stride start: the plan's dates are as they were before
  $ u status | grep -e Dates -e '^Phase' -e '^To'
  Phase 1 of 3: Six-Week Learning Plan
  To lay its dates out from today: stride start six-week-infra
  Today, Mon 2026-03-16: no schedule (0 min logged)

When its file gets dates of its own, a started plan stays on its day (the
days it is moved by take the difference):

  $ u start 2026-03-19
  six-week-infra now runs 2026-03-19 to 2026-04-29, from a Thursday: laid out from its phases' durations
  (the file gives no dates, and is untouched; 'stride undo' takes this back, 'stride start --file-dates' leaves the plan without dates again)
  $ sed 's/^title: "15 Year Guide.*/&\nstart: 2025-01-06/' undated.yaml > dated.yaml && mv dated.yaml undated.yaml
  $ u status | sed -n 2,3p
  stride: .*/home/undated\.yaml changed; synced six-week-infra: dates or details updated (re)
  Dates: started 2026-03-19; the file says 2025-01-06
  The plan starts on Thursday 2026-03-19, in 3 days
  $ u start --file-dates
  six-week-infra is back on its file's dates: 2025-01-06 to 2025-02-16 ('stride undo' takes this back)
  $ u status | sed -n 2,3p
  The plan ended on 2025-02-16: 0% done, 101 open
  Next: 115 Read the plan once (428 days late); and 70 more ('stride today')

What cannot be laid out says why, and changes nothing: phases without a
duration, a plan file gone:

  $ printf 'stride: 1\nid: loose\ntitle: Loose ends\nphases:\n  - title: Someday\n    tasks: [Read SICP]\n' > loose.yaml
  $ u import loose.yaml
  imported loose: 1 phase, 0 week blocks, 1 task, 0 criteria, 0 deliverables, 0 resources
  $ u start loose
  stride: loose has no dates, and none of its phases a duration to lay them out from: give the plan a 'start:' date, or its phases a 'duration:', in .*/home/loose\.yaml (re)
  [65]
  $ u status loose | grep -e Dates -e '^To'
  Today, Mon 2026-03-16: no schedule (0 min logged)
  $ printf 'stride: 1\nid: gone\ntitle: Gone\nphases:\n  - title: One\n    duration: 1w\n    tasks: [Something]\n' > gone.yaml
  $ u import gone.yaml
  imported gone: 1 phase, 0 week blocks, 1 task, 0 criteria, 0 deliverables, 0 resources
  $ rm gone.yaml
  $ u start gone
  stride: cannot read .*/home/gone\.yaml, the plan file of gone \(No such file or directory\): its dates come from it (re)
  [1]
  $ u status gone | grep -c Dates
  0
  [1]

Nothing changed, and the plan files are as they were:

  $ STRIDE_TODAY=2026-03-16 stride status | diff six-before.txt - && echo unchanged
  unchanged
  $ STRIDE_TODAY=2026-03-16 stride status backend-2025 | diff backend-before.txt - && echo unchanged
  unchanged
  $ STRIDE_TODAY=2026-03-16 stride status | head -n 3
  15 Year Guide: Six-Week Learning Plan (six-week-infra)
  Dates: started 2026-03-05; the file says 2025-01-06; shifted 21 days later: ends 2026-05-06
  Phase 1 of 3: Six-Week Learning Plan, 2026-03-05 to 2026-05-06
  $ cmp before.yaml plans/backend-roadmap.yaml && echo untouched
  untouched
  $ grep -q '^start:' plans/six-week-sprint.yaml || echo 'no start: still undated'
  no start: still undated

Before its first day
--------------------

A plan started on a day to come says when it begins, in status, today and
the JSON, rather than that it is on schedule; from that day on, it is a
plan under way:

  $ b() { stride --db before.db "$@"; }
  $ STRIDE_TODAY=2026-12-04 b import plans/backend-roadmap.yaml 2>/dev/null
  imported backend-2025: 9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0 resources, 3 habits
  $ STRIDE_TODAY=2026-12-04 b start 2026-12-07 | head -n 1
  backend-2025 now runs 2026-12-07 to 2027-06-27, from a Monday: every date moved 543 days later
  $ STRIDE_TODAY=2026-12-04 b status | sed -n 2,6p
  Dates: started 2026-12-07; the file says 2025-06-12
  The plan starts on Monday 2026-12-07, in 3 days
  Phase 1 of 9: Language & Runtime Mastery, 2026-12-07 to 2027-01-03
    Goal: Deep JS/TS knowledge, Node internals, async patterns.
  Done: 0% (0 of 60); not begun yet
  $ STRIDE_TODAY=2026-12-04 b today | head -n 3
  Fri 2026-12-04: Flash-cards + Wiki notes (30 min, 0 min logged)
  The plan starts on Monday 2026-12-07, in 3 days; first:
  Language & Runtime Mastery
  $ STRIDE_TODAY=2026-12-04 b status --json | grep starts_in
  	"starts_in":	3,
  $ STRIDE_TODAY=2026-12-06 b status | sed -n 3p
  The plan starts tomorrow, Monday 2026-12-07
  $ STRIDE_TODAY=2026-12-06 b done 2 >/dev/null; STRIDE_TODAY=2026-12-06 b status | grep '^Done'
  Done: 1% (1 of 60); 4 days ahead of schedule (0% of the dated items expected by today)
  $ STRIDE_TODAY=2026-12-07 b status | sed -n 3p
  Phase 1 of 9: Language & Runtime Mastery, 2026-12-07 to 2027-01-03
  $ STRIDE_TODAY=2026-12-07 b status --json | grep starts_in
  	"starts_in":	0,
