stride stats: the figures of the Stats view from the shell. Today is
Monday 2025-07-14. The plan is data/tui/chart.yaml: eight weeks from
Monday 2025-06-02 (Basics in two week blocks of 3 tasks, Core in two
sub-phases of 4 and 3, Project of 3 tasks and a deliverable, 2 undated
tasks): 19 countable items; weekdays of 30 minutes and Saturdays of an
hour, 3h30m a week.

  $ j() { tr -d '\t\n'; echo; }

With no plan, and for a plan that is not there:

  $ stride stats
  stride: no plans yet: import one with 'stride import FILE' (the bundled plans are in plans/)
  [1]
  $ cp data/tui/chart.yaml chart.yaml
  $ stride import chart.yaml
  imported chart: 6 phases, 2 week blocks, 18 tasks, 0 criteria, 1 deliverable, 0 resources
  $ stride stats nosuch
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]
  $ stride stats --frob
  stride stats: unknown option '--frob'
  usage: stride stats [PLAN] [--json] (see 'stride help stats')
  [2]

A history, day by day (the comments give each day's minutes):

  $ STRIDE_TODAY=2025-06-03 stride done basics/week-1/tour-of-go > /dev/null
  $ STRIDE_TODAY=2025-06-05 stride done basics/week-1/types-and-structs basics/week-1/slices-and-maps > /dev/null
  $ stride log 2h30m basics/week-1/tour-of-go --date 2025-06-03 > /dev/null   # Tue 150
  $ stride log 45m --date 2025-06-04 > /dev/null                              # Wed 45
  $ stride log 30m --date 2025-06-05 > /dev/null                              # Thu 30
  $ STRIDE_TODAY=2025-06-12 stride done basics/week-2/interfaces > /dev/null
  $ stride log 1h --date 2025-06-12 > /dev/null                               # Thu 60
  $ STRIDE_TODAY=2025-07-08 stride done core/concurrency/goroutines > /dev/null
  $ stride log 20m --date 2025-07-08 > /dev/null                              # Tue 20
  $ stride log 40m --date 2025-07-09 > /dev/null                              # Wed 40
  $ stride log 35m > /dev/null                                                # Mon 14th 35
  $ stride rate go 2 --week 2025-06-02 > /dev/null
  $ stride rate go 3 --week 2025-06-30 > /dev/null
  $ stride rate sql 2 > /dev/null

Worked out by hand:
- the streak: today (Monday) is a study day; Sunday is a rest day, but
  Saturday had nothing: 1 day. The longest: 3 to 5 June, 3 days.
- the heatmap's shades are quarters of the busiest day (150 minutes),
  rounded up: 150 '#'; 45 and 60 and 40 '+' (over a quarter, up to a
  half); 30, 20 and 35 '-'. Each row is a weekday, a column a week, this
  week's last (only Monday so far).
- done 5 of 19; by today the dates expected Basics' 6, Core's 7 and 4 x
  1/14 of Project's: 13.3. Pace: 1 done in the 28 days to today (the
  Goroutines); 14 left at 1 in 28 days: 392 days, 2026-08-10, 379 days
  after the plan's end.
- the burn-up: a week's done are those done by its Sunday; planned, what
  the dates expected by then (week 1: 3; week 2: 6; then Concurrency's 4
  over two weeks, Standard library's 3, Project's 4).
- the hours: the plan's weeks have 3h30m scheduled; weeks before it none.
- the time by phase: Basics' estimates are 2h and 1h; only the Tour of Go
  has time logged on it; the rest is on the plan as a whole.
- confidence: Go 2 from week 23, 3 from week 27; SQL 2 this week.

  $ stride stats
  Eight weeks of Go (chart)
  Streak: 1 day (longest 3)
  The last year: 7 days of study, 6h20m logged
  
        Aug Sep  Oct Nov Dec  Jan Feb Mar  Apr May Jun  Jul
  Mon ....................................................-
      ..............................................#....-
  Wed ..............................................+....+
      ..............................................-+....
  Fri ....................................................
      ....................................................
  Sun ....................................................
      less .-+*# more
  
  Done: 5 of 19 (26%); the plan's dates expected 13 by today
  Pace: 1 done in the last 28 days; all done on 2026-08-10 at that pace, 379 days after the plan's end (2025-07-27)
  
  Burn-up, week by week (done / planned):
    (7 weeks of 8; --json has them all)
    2025-W23     3 / 3
    2025-W24     4 / 6
    2025-W25     4 / 8
    2025-W26     4 / 10
    2025-W27     4 / 12
    2025-W28     5 / 13
    2025-W29     5 / 15
  
  Hours, week by week (logged of scheduled):
    2025-W18  ..........  0m
    2025-W19  ..........  0m
    2025-W20  ..........  0m
    2025-W21  ..........  0m
    2025-W22  ..........  0m
    2025-W23  ##########  3h45m of 3h30m
    2025-W24  ##........  1h of 3h30m
    2025-W25  ..........  0m of 3h30m
    2025-W26  ..........  0m of 3h30m
    2025-W27  ..........  0m of 3h30m
    2025-W28  ##........  1h of 3h30m
    2025-W29  #.........  35m of 3h30m
  
  Time by phase (logged / estimated):
    Basics        2h30m / 3h  (4 of 6 done)
    Core          0m / no estimate  (1 of 7 done)
    Project       0m / no estimate  (0 of 4 done)
    Later, maybe  0m / no estimate  (0 of 2 done)
    and 3h50m logged on the plan as a whole
  
  Confidence, week by week (the last 12):
    Go                    .....2222333  3/5
    SQL                   ...........2  2/5

The same as JSON: the heatmap's days with activity, every burn-up week
(the one to come with "done": null), the forecast, the twelve weeks, the
phases and the skills' weekly ratings:

  $ stride stats --json | j | grep -o '"streak":{[^}]*}'
  "streak":{"current":1,"longest":3}
  $ stride stats --json | j | grep -o '"heatmap":{"from":"[^"]*","to":"[^"]*","max_minutes":[0-9]*,"active_days":[0-9]*,"minutes":[0-9]*'
  "heatmap":{"from":"2024-07-15","to":"2025-07-20","max_minutes":150,"active_days":7,"minutes":380
  $ stride stats --json | j | grep -o '{"date":"[^"]*","minutes":[0-9]*,"level":[0-9]}'
  {"date":"2025-06-03","minutes":150,"level":4}
  {"date":"2025-06-04","minutes":45,"level":2}
  {"date":"2025-06-05","minutes":30,"level":1}
  {"date":"2025-06-12","minutes":60,"level":2}
  {"date":"2025-07-08","minutes":20,"level":1}
  {"date":"2025-07-09","minutes":40,"level":2}
  {"date":"2025-07-14","minutes":35,"level":1}
  $ stride stats --json | j | grep -o '"points":.*\]},"forecast"' | grep -o '{[^}]*}' | tail -3
  {"week":"2025-W28","start":"2025-07-07","done":5,"planned":13}
  {"week":"2025-W29","start":"2025-07-14","done":5,"planned":15}
  {"week":"2025-W30","start":"2025-07-21","done":null,"planned":17}
  $ stride stats --json | j | grep -o '"forecast":{[^}]*}'
  "forecast":{"recent_done":1,"window_days":28,"finish":"2026-08-10","plan_end":"2025-07-27","days_after_end":379}
  $ stride stats --json | j | grep -o '{"key":"basics"[^}]*}'
  {"key":"basics","title":"Basics","estimate":180,"minutes":150,"done":4,"total":6}
  $ stride stats --json | j | grep -o '"logged":[0-9]*,"skills"'
  "logged":380,"skills"
  $ stride stats --json | j | grep -o '"skill":"go".*' | grep -o '"rating":[^}]*' | tr '\n' ' '; echo
  "rating":null "rating":null "rating":null "rating":null "rating":null "rating":2 "rating":2 "rating":2 "rating":2 "rating":3 "rating":3 "rating":3 "rating":null "rating":null "rating":null "rating":null "rating":null "rating":null "rating":null "rating":null "rating":null "rating":null "rating":null "rating":2 

Undone, a change is not history any more: the last log goes, and with it
today's study day, so no streak reaches today:

  $ stride undo
  undid   log of 35 min
  $ stride stats | sed -n 2,3p
  Streak: none (longest 3 days)
  The last year: 6 days of study, 5h45m logged

Minutes add up in 64 bits: a thousand tasks estimated at 99999h each
are 5,999,940,000 minutes, more than 32 bits hold:

  $ { printf 'stride: 1\nid: huge\ntitle: Huge\nphases:\n  - id: all\n    title: All\n    tasks:\n'
  >   for i in $(seq 1000); do printf '      - { title: T%d, estimate: 99999h }\n' "$i"; done; } >huge.yaml
  $ stride import huge.yaml
  imported huge: 1 phase, 0 week blocks, 1000 tasks, 0 criteria, 0 deliverables, 0 resources
  $ stride stats huge | sed -n '/^Time by phase/,/^$/p'
  Time by phase (logged / estimated):
    All  0m / 99999000h  (0 of 1000 done)
  $ stride stats huge --json | j | grep -o '{"key":"all"[^}]*}'
  {"key":"all","title":"All","estimate":5999940000,"minutes":0,"done":0,"total":1000}
