Habits (issue 16): tasks that recur, ticked day by day. The plan in
data/good/habits.yaml runs from Monday 2026-11-02; its schedule rests on
Sunday. Phase one (to 11-29) has LeetCode 3/week, a Saturday
mini-project and the gym on [mon, wed, fri]; the plan has flash-cards on
Friday and practice every day.

  $ export STRIDE_TODAY=2026-11-10
  $ stride import data/good/habits.yaml
  imported habits: 2 phases, 1 week block, 1 task, 0 criteria, 0 deliverables, 0 resources, 6 habits

Nothing ticked yet: on Tuesday the 3/week habit and the daily one are due
([ ]), the others not today ( - ); the week block's drill is still to
come:

  $ stride habits
  habits: 6 habits; today 2026-11-10: 2 due, 0 ticked
  ref  tick  week  streak    best      done       every             habit
    3  [ ]  0/3   0 weeks   0 weeks   0/1     0%  3/week            LeetCode problems
    4   -   0/1   0 days    0 days    0/1     0%  sat, 120 min      Saturday mini-project
    5   -   0/3   0 days    0 days    0/4     0%  mon, wed, fri     Gym
    8   -         0 days    0 days    0/0     0%  day               Drill  (from 2026-11-30)
    9   -   0/1   0 days    0 days    0/1     0%  fri, 20 min       Flash-cards
   10  [ ]  0/6   0 days    0 days    0/7     0%  day, 30 min       Practice

Practice, every day of the first week but the Sunday rest day (a day as a
person types it, with --date), then today by title: the rest day does not
break the streak:

  $ for d in 02 03 04 05 06 07 09; do stride done 10 --date 2026-11-$d > /dev/null; done
  $ stride done Practice
  ticked   10  Practice  2026-11-10  (streak: 8 days)
  $ stride done 10
  ticked   10  Practice  2026-11-10  (already; streak: 8 days)

LeetCode three times in the first week, twice so far in this one: the
week not yet met does not break the run of weeks:

  $ stride done 3 --date 2026-11-02 > /dev/null
  $ stride done 3 --date 2026-11-04 > /dev/null
  $ stride done 3 --date 2026-11-08 > /dev/null
  $ stride done 3 --date yesterday
  ticked   3  LeetCode problems  2026-11-09  (streak: 1 week)
  $ stride done 3
  ticked   3  LeetCode problems  2026-11-10  (streak: 1 week)
  $ stride habits | grep -e LeetCode -e Practice
    3  [x]  2/3   1 week    1 week    1/1   100%  3/week            LeetCode problems
   10  [x]  2/6   8 days    8 days    8/8   100%  day, 30 min       Practice

Undo takes the last tick back; reset --date unticks one day, and the
streak stops there (06, 07, 09, 10: four days, the Sunday resting):

  $ stride undo
  undid   tick   3  LeetCode problems  (2026-11-10 not ticked again)
  $ stride reset 10 --date 2026-11-05
  unticked 10  Practice  2026-11-05  (streak: 4 days)
  $ stride habits --json | grep -A22 '"ref":	10' | grep -e streak -e best -e '"due"' -e met
  			"streak":	4,
  			"best":	4,
  			"due":	8,
  			"met":	7,
  $ stride undo
  undid   untick 10  Practice  (2026-11-05 ticked again)
  $ stride redo
  redid   untick 10  Practice  (2026-11-05 not ticked again)
  $ stride undo > /dev/null

A pause keeps a streak: Practice missed Wednesday to Friday, paused:

  $ STRIDE_TODAY=2026-11-14 stride habits | grep Practice
   10  [ ]  2/6   0 days    8 days    8/11   72%  day, 30 min       Practice
  $ STRIDE_TODAY=2026-11-14 stride pause 2026-11-11 2026-11-13 > /dev/null
  $ STRIDE_TODAY=2026-11-14 stride habits | grep Practice
   10  [ ]  2/3   8 days    8 days    8/8   100%  day, 30 min       Practice

Bad input changes nothing: a day to come, a day that is not one, a habit
started or skipped, --date on a task, habits and tasks in one command, a
day the habit does not recur on (the drill is in phase two's week 1):

  $ stride done 10 --date 2026-11-11
  stride done: 2026-11-11 is still to come: tick a habit on the day, or a day before
  usage: stride done REF... [--date DAY] (see 'stride help done')
  [2]
  $ stride done 10 --date someday
  stride done: 'someday' is not a day like 2025-07-14, today, yesterday or -3
  usage: stride done REF... [--date DAY] (see 'stride help done')
  [2]
  $ stride start 10
  stride: 10 Practice is a habit: it is ticked day by day ('stride done 10' ticks today's, 'stride reset 10 --date DAY' unticks one)
  [2]
  $ stride skip 3
  stride: 3 LeetCode problems is a habit: it is ticked day by day ('stride done 3' ticks today's, 'stride reset 3 --date DAY' unticks one)
  [2]
  $ stride done 2 --date yesterday
  stride: --date is for a habit's occurrence, and 2 Read the book is not a habit: give it without --date
  [2]
  $ stride done 2 10
  stride: tick habits and mark other items in two commands (each is one step for 'stride undo')
  [2]
  $ stride done 8
  stride: 8 Drill recurs from 2026-11-30 to 2026-12-06: nothing to tick on 2026-11-10
  [2]
  $ stride habits | grep -e LeetCode -e Practice
    3  [ ]  1/3   1 week    1 week    1/1   100%  3/week            LeetCode problems
   10  [x]  2/3   8 days    8 days    8/8   100%  day, 30 min       Practice

A habit is not a task to finish: the plan's percent done counts its one
task only:

  $ stride status | grep Done
  Done: 0% (0 of 1); 8 days behind schedule (36% of the dated items expected by today)

A plan without habits says how to write one:

  $ stride import data/example.yaml > /dev/null 2>&1
  $ stride habits backend-2025
  backend-2025 has no habits (a task with 'every: day', 'every: [mon, thu]' or 'every: 3/week' in the plan file is one)

Ticks travel: an export restored into another store gives the same
habits, ticks, unticks and undos as here:

  $ stride export -o ticks.json
  exported 2 plans, 19 events, 0 reflections and 0 ratings to ticks.json
  $ STRIDE_DB=$PWD/other.db stride restore ticks.json | tail -1
  added 19 of 19 events, 0 of 0 reflections, 0 of 0 ratings; 2 new plans
  $ stride habits habits > here.txt
  $ STRIDE_DB=$PWD/other.db stride habits habits > there.txt
  $ cmp here.txt there.txt && grep -c '\[x\]' there.txt
  1

stride today lists the habits due or ticked today, under what is next:

  $ stride today habits | sed -n '/^Habits/,$p'
  Habits today ('stride done REF' ticks one)
        3 [ ] LeetCode problems  (every 3/week; streak 1 week)
       10 [x] Practice  (every day; streak 8 days)
  Streak: 9 days

stride stats ends with each habit's last 12 weeks, a column a week (the
weeks before the plan asked nothing: blank), its streak and title:

  $ stride stats habits | sed -n '/^Habits/,$p'
  Habits test (habits)
  Streak: 9 days (longest 9)
  The last year: 9 days of study, 0m logged
  
         Dec Jan Feb Mar  Apr May  Jun Jul Aug  Sep Oct Nov
  Mon ...................................................--
      ...................................................--
  Wed ...................................................-
      ...................................................-
  Fri ...................................................-
      ...................................................-
  Sun ...................................................-
      less .-+*# more
  
  Done: 0 of 1 (0%); the plan's dates expected 0 by today
  Pace: 0 done in the last 28 days; no finish to forecast at that pace
  
  Burn-up, week by week (done / planned):
    (2 weeks of 4; --json has them all)
    2026-W45     0 / 0
    2026-W46     0 / 0
  
  Hours, week by week (logged of scheduled):
    2026-W35  ..........  0m
    2026-W36  ..........  0m
    2026-W37  ..........  0m
    2026-W38  ..........  0m
    2026-W39  ..........  0m
    2026-W40  ..........  0m
    2026-W41  ..........  0m
    2026-W42  ..........  0m
    2026-W43  ..........  0m
    2026-W44  ..........  0m
    2026-W45  ..........  0m of 3h
    2026-W46  ..........  0m of 1h30m
  
  Time by phase (logged / estimated):
    Phase one  0m / 2h  (0 of 1 done)
    Phase two  0m / no estimate  (0 of 0 done)
  
  Habits, the last 12 weeks (a column a week: . none met, -+* part, # all):
              #+  streak 1 week (best 1)  LeetCode problems
              ..  streak 0 days (best 0)  Saturday mini-project
              ..  streak 0 days (best 0)  Gym
                  streak 0 days (best 0)  Drill
              .   streak 0 days (best 0)  Flash-cards
              #*  streak 8 days (best 8)  Practice
