What is late, and what is due: on Monday 2025-07-14, with
data/sync/late.yaml (its comment says what each item is for). Phase one
and week 1 of phase two have ended; week 2 is current.

  $ stride import data/sync/late.yaml > /dev/null
  $ stride skip a3 > /dev/null
  $ stride done a4 > /dev/null
  $ stride start b1 > /dev/null

Carried over, before where the person is: the open items of what has
ended (not the optional A2, nor the skipped A3) and what is past its due
day wherever it is (C5 in this week, D1 in phase three), oldest first,
each with how late it is. Then this week's: what is due within three
days first (due today, then in 2 days), then high priority (C3), the
rest, low priority (C2) last:

  $ stride today
  Mon 2025-07-14: no schedule (0 min logged)
  Carried over (4)
        2 [ ] A1 (8 days late)
       14 [ ] C5 (4 days late)
       19 [ ] D1 (3 days late)
        8 [~] B1 (1 day late)
  Phase two > Week 2
       15 [ ] C6 (due today)
       13 [ ] C4 (due in 2 days)
       12 [ ] C3
       10 [ ] C1
       16 [ ] C7
    ... and 2 more ('stride list 9')
  Streak: 1 day
  To carry on from today with what is left: stride shift late 10d --from 2025-06-30

All of it in --json, with each item's due day, priority and days late:

  $ stride today --json | tr -d '\n\t' | sed 's/.*"next":\[{//; s/}\], *"carried".*//; s/}, *{/\n/g' |
  > sed 's/^"ref":\([0-9]*\),.*"due":\([^,]*\),"priority":\([^,]*\),"late_days":\([0-9]*\).*/\1: due \2, priority \3, late \4/'; echo
  2: due null, priority null, late 8
  14: due "2025-07-10", priority null, late 4
  19: due "2025-07-11", priority null, late 3
  8: due null, priority null, late 1
  15: due "2025-07-14", priority null, late 0
  13: due "2025-07-16", priority null, late 0
  12: due null, priority "high", late 0
  10: due null, priority null, late 0
  16: due "2025-07-30", priority null, late 0
  11: due null, priority "low", late 0
  17: due null, priority null, late 0
  $ stride today --json | tr -d '\n\t' | grep -o '"carried":[0-9]*, *"more":[0-9]*'
  "carried":4,"more":0

status names the first of it:

  $ stride status | grep '^Next'
  Next: 2 A1 (8 days late); and 10 more ('stride today')
  $ stride status --json | tr -d '\t' | grep -o '"open":[0-9]*\|"late":[0-9]*'
  "open":11
  "late":4

The tree says what is late and what is due soon; --late shows only what
is late, under its phases:

  $ stride list 6
   6  Phase two  2025-07-07..2025-07-20  [0/9]
   7    Week 1  2025-07-07..2025-07-13  [0/1]
   8      [~] B1  (1 day late)
   9    Week 2  2025-07-14..2025-07-20  [0/8]
  10      [ ] C1
  11      [ ] C2
  12      [ ] C3
  13      [ ] C4  (due in 2 days)
  14      [ ] C5  (4 days late)
  15      [ ] C6  (due today)
  16      [ ] C7
  17      [ ] criterion: Works
  $ stride list --late
  late: Catching up
   1  Phase one  2025-06-30..2025-07-06  [1/2]
   2    [ ] A1  (8 days late)
   6  Phase two  2025-07-07..2025-07-20  [0/9]
   7    Week 1  2025-07-07..2025-07-13  [0/1]
   8      [~] B1  (1 day late)
   9    Week 2  2025-07-14..2025-07-20  [0/8]
  14      [ ] C5  (4 days late)
  18  Phase three  2025-07-21..2025-07-27  [0/2]
  19    [ ] D1  (3 days late)
  $ stride list 14 --json | grep -o '"late_days":[0-9]*'
  "late_days":4

Ticking what is late takes it off the list; undo brings it back:

  $ stride done a1 > /dev/null
  $ stride today | sed -n 2,3p
  Carried over (3)
       14 [ ] C5 (4 days late)
  $ stride undo > /dev/null
  $ stride today | sed -n 2,3p
  Carried over (4)
        2 [ ] A1 (8 days late)

A week later, C7 (due 07-30) is not due soon yet; on 07-28 it is:

  $ STRIDE_TODAY=2025-07-28 stride list 16
  16  [ ] C7  (due in 2 days)
  $ STRIDE_TODAY=2025-07-31 stride list 16
  16  [ ] C7  (1 day late)

On the first day nothing is late, and the optional A2 comes last:

  $ STRIDE_TODAY=2025-06-30 stride today
  Mon 2025-06-30: no schedule (0 min logged)
  Phase one
        2 [ ] A1
        3 [ ] A2 (optional)

A plan that has ended says so, not "Phase 1 of 3"; everything open in it
is late:

  $ STRIDE_TODAY=2025-09-01 stride status
  Catching up (late)
  The plan ended on 2025-07-27: 7% done, 12 open
  Next: 2 A1 (57 days late); and 11 more ('stride today')
  To carry on from today with what is left: stride shift late 59d --from 2025-06-30
  Today, Mon 2025-09-01: no schedule (0 min logged)
  Streak: none (longest 1 day)
  This week: 0 min
  $ STRIDE_TODAY=2025-09-01 stride plans
  * late: Catching up
      ended on 2025-07-27: 7% done, 12 open
  $ STRIDE_TODAY=2025-09-01 stride status --json | tr -d '\t' | grep -e '"ended"' -e '"phase"'
  "ended":true,
  "phase":null,
  $ STRIDE_TODAY=2025-09-01 stride today | head -n 3
  Mon 2025-09-01: no schedule (0 min logged)
  Carried over (12)
        2 [ ] A1 (57 days late)

Items as late as each other (their phase ended the same day) come high
priority first and low last, then in plan order:

  $ printf 'stride: 1\nid: ties\ntitle: Ties\nstart: 2025-06-30\nphases:\n  - title: One\n    duration: 1w\n    tasks:\n      - { title: Low, priority: low }\n      - Plain\n      - { title: High, priority: high }\n  - { title: Two, duration: 4w, tasks: [Next] }\n' > ties.yaml
  $ stride --db ties.db import ties.yaml > /dev/null
  $ stride --db ties.db today | sed -n 2,5p
  Carried over (3)
        4 [ ] High (8 days late)
        3 [ ] Plain (8 days late)
        2 [ ] Low (8 days late)
