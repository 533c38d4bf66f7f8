`stride review [WEEK | --month YYYY-MM] [--json]` (issue 5): a week, or a
month, as Markdown to paste into a journal or a pull request as it is, or
as one JSON object. Today is Monday 2025-07-14, in 2025-W29
(STRIDE_TODAY); single commands move it with STRIDE_TODAY=..., and a
status change counts for the day it is made.

The plan is data/reflect/weekly.yaml (its header says how its numbers were
chosen). It starts on Wednesday 2025-07-02 and ends on 2025-08-05; its
schedule has mon 30, tue 30, thu 45 and sat 90 minutes (195 a week); wed,
fri and sun are rest days.

  $ cp data/reflect/weekly.yaml weekly.yaml
  $ stride import weekly.yaml > /dev/null
  $ stride list
  weekly: Backend practice
   1  Basics  2025-07-02..2025-07-15  [0/5]
   2    [ ] Read the event loop chapter
   3    [ ] Read the streams chapter
   4    [ ] Promise exercises
   5    [ ] Set up the toolchain
   6    [ ] Watch the talk on streams  (optional)
   7    [ ] criterion: Can explain the event loop
   8  Project  2025-07-16..2025-08-05  [0/3]
   9    Design  2025-07-16..2025-07-22  [0/1]
  10      [ ] Sketch the schema
  11    Build  2025-07-23..2025-08-05  [0/1]
  12      [ ] Write the importer
  13    [ ] deliverable: A small link shortener


The history
-----------

2025-W27 (30 June to 6 July; the plan's days are Wednesday 07-02 on):
45 minutes on Thursday 07-03, when 2 is started; 90 on Saturday 07-05, on
5, which is done that day.

  $ stride log 45m --date 2025-07-03 > /dev/null
  $ STRIDE_TODAY=2025-07-03 stride start 2 > /dev/null
  $ stride log 1h30m 5 --date 2025-07-05 > /dev/null
  $ STRIDE_TODAY=2025-07-05 stride done 5 > /dev/null

2025-W28 (7 to 13 July): Monday 30 minutes, 2 done; Tuesday 40 minutes, 3
started; Wednesday (rest) nothing; Thursday 45 minutes on 4, 4 and the
criterion 7 done; Friday (rest) nothing; Saturday an hour, 10 (in phase
Project) done and the optional 6 skipped; Sunday (rest) nothing.

  $ stride log 30m --date 2025-07-07 > /dev/null
  $ STRIDE_TODAY=2025-07-07 stride done 2 > /dev/null
  $ stride log 40m --date 2025-07-08 > /dev/null
  $ STRIDE_TODAY=2025-07-08 stride start 3 > /dev/null
  $ stride log 45m 4 --date 2025-07-10 > /dev/null
  $ STRIDE_TODAY=2025-07-10 stride done 4 7 > /dev/null
  $ stride log 1h --date 2025-07-12 > /dev/null
  $ STRIDE_TODAY=2025-07-12 stride done 10 > /dev/null
  $ STRIDE_TODAY=2025-07-12 stride skip 6 > /dev/null

2025-W29, today: 25 minutes, 3 and the deliverable 13 done, 12 started.

  $ stride log 25m > /dev/null
  $ stride done 3 13 > /dev/null
  $ stride start 12 > /dev/null

Ratings: both skills 2 in 2025-W27; node 3 in 2025-W28 (by its
reflection, sql left blank); node 4 and sql 1 in 2025-W29.

  $ stride rate node 2 --week 2025-W27 > /dev/null
  $ stride rate sql 2 --week 2025-W27 > /dev/null
  $ cat > w28.md <<'EOF'
  > ## What went well?
  > 
  > Finished the event loop chapter and the promise exercises.
  > 
  > ## What was hard?
  > 
  > - Backpressure in streams
  > - Reading the libuv sources
  > 
  > ## Goals for next week
  > 
  > Start the project: sketch the schema first.
  > 
  > ## Ratings
  > 
  > - node: 3
  > - sql:
  > EOF
  $ stride reflect 2025-W28 --from w28.md
  saved   the reflection of weekly for 2025-W28 (version 1)
  $ stride reflect -m "Shipped the first endpoint."
  saved   the reflection of weekly for 2025-W29 (version 1)
  $ stride rate node 4
  rated   Node & TypeScript 4/5 for 2025-W29 (+1 since 2025-W28)
  $ stride rate sql 1
  rated   SQL and data modelling 1/5 for 2025-W29 (-1 since 2025-W27)


A week
------

2025-W28 by hand. Time: 30 + 40 + 45 + 60 = 175 minutes (2h55m) of 195
(3h15m): 89% (rounded down). Done: 2, 4, 7 (the criterion) and 10: 4;
started: 3; skipped: 6. The items done under their top-level phase. The
streak at the week's end (Sunday 07-13): the days with activity are
07-03, 07-05, 07-07, 07-08, 07-10 and 07-12, and the days between them
(07-04, 07-06, 07-09, 07-11) and after them (07-13) are rest days: 6 days.
Ratings: node 3, 1 more than in 2025-W27; sql not rated this week.

  $ stride review 2025-W28
  # Week 2025-W28: Backend practice
  
  7 to 13 July 2025
  
  - Time: 2h55m logged of 3h15m scheduled (89%)
  - Done: 4 (1 criterion); started 1; skipped 1
  - Streak: 6 days at the week's end
  
  ## Done
  
  ### Basics
  
  - Read the event loop chapter (2)
  - Promise exercises (4)
  - criterion: Can explain the event loop (7)
  
  ### Project
  
  - Sketch the schema (10)
  
  ## Started
  
  - Read the streams chapter (3)
  
  ## Skipped
  
  - Watch the talk on streams (6)
  
  ## Reflection
  
  ### What went well?
  
  Finished the event loop chapter and the promise exercises.
  
  ### What was hard?
  
  - Backpressure in streams
  - Reading the libuv sources
  
  ### Goals for next week
  
  Start the project: sketch the schema first.
  
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | 3/5 | +1 since 2025-W27 |
  | SQL and data modelling | - | not rated |

The week is named the other ways too:

  $ stride review last | head -n 1
  # Week 2025-W28: Backend practice
  $ stride review 2025-07-10 | head -n 1
  # Week 2025-W28: Backend practice
  $ stride review -1 | head -n 1
  # Week 2025-W28: Backend practice

This week, the default, is not over: 25 minutes of 195 (12%, 12.8 rounded
down); 3 (started last week) and the deliverable 13 done; the streak so far
runs on from last week's 6 days through Sunday (rest) to today: 7. The
reflection written with -m answers the first prompt; node is 1 more than
in 2025-W28, sql 1 less than in 2025-W27 (its last rating before):

  $ stride review
  # Week 2025-W29: Backend practice
  
  14 to 20 July 2025
  
  - Time: 25m logged of 3h15m scheduled (12%)
  - Done: 2 (1 deliverable); started 1; skipped 0
  - Streak: 7 days so far
  
  ## Done
  
  ### Basics
  
  - Read the streams chapter (3)
  
  ### Project
  
  - deliverable: A small link shortener (13)
  
  ## Started
  
  - Write the importer (12)
  
  ## Reflection
  
  ### What went well?
  
  Shipped the first endpoint.
  
  ### What was hard?
  
  _(left blank)_
  
  ### Goals for next week
  
  _(left blank)_
  
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | 4/5 | +1 since 2025-W28 |
  | SQL and data modelling | 1/5 | -1 since 2025-W27 |

2025-W27, the plan's first week: only its days from Wednesday 07-02 are
scheduled, 45 (Thursday) + 90 (Saturday) = 135 minutes, all logged
(100%). The streak at its end: 07-03 and 07-05 (Friday is a rest day), 2
days. The ratings are the first ones:

  $ stride review 2025-W27
  # Week 2025-W27: Backend practice
  
  30 June to 6 July 2025
  
  - Time: 2h15m logged of 2h15m scheduled (100%)
  - Done: 1; started 1; skipped 0
  - Streak: 2 days at the week's end
  
  ## Done
  
  ### Basics
  
  - Set up the toolchain (5)
  
  ## Started
  
  - Read the event loop chapter (2)
  
  ## Reflection
  
  _Not written yet: `stride reflect 2025-W27`._
  
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | 2/5 | first rating |
  | SQL and data modelling | 2/5 | first rating |

A week before the plan starts: nothing scheduled, and it says so:

  $ stride review 2025-W26
  # Week 2025-W26: Backend practice
  
  23 to 29 June 2025
  
  - Time: 0m logged
  - Done: 0; started 0; skipped 0
  - Streak: none at the week's end
  - The plan had not started yet
  
  ## Reflection
  
  _None: the plan had not started._
  
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | - | not rated |
  | SQL and data modelling | - | not rated |

A week with nothing in it, seen on 2025-07-28 when it is over: 195
minutes scheduled, none logged; the streak ended on Tuesday 07-15, a study
day without activity:

  $ STRIDE_TODAY=2025-07-28 stride review 2025-W30
  # Week 2025-W30: Backend practice
  
  21 to 27 July 2025
  
  - Time: 0m logged of 3h15m scheduled (0%)
  - Done: 0; started 0; skipped 0
  - Streak: none at the week's end
  
  ## Reflection
  
  _Not written yet: `stride reflect 2025-W30`._
  
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | - | not rated |
  | SQL and data modelling | - | not rated |


--json
------

The same as one JSON object (shown without its tab indentation): minutes
as numbers, the items with their kind and top-level phase, each
reflection with its number of versions, each rating with the previous one
and its week (null when there is none).

  $ j() { tr -d '\t'; }
  $ stride review 2025-W28 --json | j
  {
  "plan":"weekly",
  "title":"Backend practice",
  "period":{
  "kind":"week",
  "name":"2025-W28",
  "start":"2025-07-07",
  "end":"2025-07-13"
  },
  "logged":175,
  "scheduled":195,
  "streak":6,
  "before_plan":false,
  "ongoing":false,
  "criteria_met":1,
  "deliverables_met":0,
  "done":[{
  "ref":2,
  "kind":"task",
  "title":"Read the event loop chapter",
  "phase":"Basics"
  }, {
  "ref":4,
  "kind":"task",
  "title":"Promise exercises",
  "phase":"Basics"
  }, {
  "ref":7,
  "kind":"criterion",
  "title":"Can explain the event loop",
  "phase":"Basics"
  }, {
  "ref":10,
  "kind":"task",
  "title":"Sketch the schema",
  "phase":"Project"
  }],
  "started":[{
  "ref":3,
  "kind":"task",
  "title":"Read the streams chapter",
  "phase":"Basics"
  }],
  "skipped":[{
  "ref":6,
  "kind":"task",
  "title":"Watch the talk on streams",
  "phase":"Basics"
  }],
  "reflections":[{
  "week":"2025-W28",
  "versions":1,
  "answers":[{
  "prompt":"What went well?",
  "answer":"Finished the event loop chapter and the promise exercises."
  }, {
  "prompt":"What was hard?",
  "answer":"- Backpressure in streams\n- Reading the libuv sources"
  }, {
  "prompt":"Goals for next week",
  "answer":"Start the project: sketch the schema first."
  }]
  }],
  "ratings":[{
  "skill":"node",
  "name":"Node & TypeScript",
  "rating":3,
  "previous":2,
  "previous_week":"2025-W27"
  }, {
  "skill":"sql",
  "name":"SQL and data modelling",
  "rating":null,
  "previous":2,
  "previous_week":"2025-W27"
  }]
  }

A week before the plan, and one not over:

  $ stride review 2025-W26 --json | j | grep -e '"before_plan"' -e '"ongoing"' -e '"scheduled"' -e '"reflections"'
  "scheduled":0,
  "before_plan":true,
  "ongoing":false,
  "reflections":[],
  $ stride review --json | j | grep -e '"before_plan"' -e '"ongoing"' -e '"logged"' -e '"streak"' -e '"deliverables_met"'
  "logged":25,
  "streak":7,
  "before_plan":false,
  "ongoing":true,
  "deliverables_met":1,


A month
-------

July 2025, its days 07-01 to 07-31, with the plan's days from 07-02.
Scheduled: Mondays 7, 14, 21, 28 (4 x 30 = 120), Tuesdays 8, 15, 22, 29
(4 x 30 = 120; 07-01 is before the plan), Thursdays 3, 10, 17, 24, 31 (5 x
45 = 225), Saturdays 5, 12, 19, 26 (4 x 90 = 360): 825 minutes, 13h45m.
Logged: 135 + 175 + 25 = 335 minutes, 5h35m: 40% (40.6 rounded down).
Done: 5, 2, 4, 7, 10, 3 and 13, in the order done, under their phases: 7
(1 criterion, 1 deliverable). The month is not over: the streak is this
week's, 7 days so far. The reflections are those of the weeks that start
in July (2025-W28 and 2025-W29; 2025-W27 starts in June). The ratings are
the last ones in the month against the last ones before it (2025-W27).

  $ stride review --month 2025-07
  # July 2025: Backend practice
  
  1 to 31 July 2025
  
  - Time: 5h35m logged of 13h45m scheduled (40%)
  - Done: 7 (1 criterion, 1 deliverable); started 1; skipped 1
  - Streak: 7 days so far
  
  ## Done
  
  ### Basics
  
  - Set up the toolchain (5)
  - Read the event loop chapter (2)
  - Promise exercises (4)
  - criterion: Can explain the event loop (7)
  - Read the streams chapter (3)
  
  ### Project
  
  - Sketch the schema (10)
  - deliverable: A small link shortener (13)
  
  ## Started
  
  - Write the importer (12)
  
  ## Skipped
  
  - Watch the talk on streams (6)
  
  ## Reflections
  
  ### Week 2025-W28
  
  #### What went well?
  
  Finished the event loop chapter and the promise exercises.
  
  #### What was hard?
  
  - Backpressure in streams
  - Reading the libuv sources
  
  #### Goals for next week
  
  Start the project: sketch the schema first.
  
  ### Week 2025-W29
  
  #### What went well?
  
  Shipped the first endpoint.
  
  #### What was hard?
  
  _(left blank)_
  
  #### Goals for next week
  
  _(left blank)_
  
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | 4/5 | +2 since 2025-W27 |
  | SQL and data modelling | 1/5 | -1 since 2025-W27 |
  $ stride review --month 2025-07 --json | j | sed -n '/^"done":/,/^"started":/p' | grep '"ref"'
  "ref":5,
  "ref":2,
  "ref":4,
  "ref":7,
  "ref":10,
  "ref":3,
  "ref":13,
  $ stride review --month 2025-07 --json | j | grep -A5 '"period"'
  "period":{
  "kind":"month",
  "name":"2025-07",
  "start":"2025-07-01",
  "end":"2025-07-31"
  },

Seen when it is over, with half an hour logged on its last day (Thursday
07-31): 365 minutes (6h05m), 44% of 825 (44.2); the streak at the month's
end is that day alone (Wednesday 07-30 is a rest day, Tuesday 07-29 had
nothing):

  $ STRIDE_TODAY=2025-08-10 stride log 30m --date 2025-07-31
  logged  30 min, 2025-07-31
  $ STRIDE_TODAY=2025-08-10 stride review --month 2025-07 | sed -n 1,7p
  # July 2025: Backend practice
  
  1 to 31 July 2025
  
  - Time: 6h05m logged of 13h45m scheduled (44%)
  - Done: 7 (1 criterion, 1 deliverable); started 1; skipped 1
  - Streak: 1 day at the month's end

August holds the plan's last days: 08-01 (Friday, rest) to 08-05, 90 + 30
+ 30 = 150 minutes scheduled (Saturday, Monday, Tuesday):

  $ STRIDE_TODAY=2025-08-10 stride review --month 2025-08 | sed -n 1,7p
  # August 2025: Backend practice
  
  1 to 31 August 2025
  
  - Time: 0m logged of 2h30m scheduled (0%)
  - Done: 0; started 0; skipped 0
  - Streak: none so far


Mistakes
--------

  $ stride review --month 2025-7
  stride review: --month takes YYYY-MM, got '2025-7'
  usage: stride review [WEEK | --month YYYY-MM] [--json] (see 'stride help review')
  [2]
  $ stride review --month 2025-13
  stride review: --month takes YYYY-MM, got '2025-13'
  usage: stride review [WEEK | --month YYYY-MM] [--json] (see 'stride help review')
  [2]
  $ stride review --month 2025-07 2025-W28
  stride review: give a week or --month, not both
  usage: stride review [WEEK | --month YYYY-MM] [--json] (see 'stride help review')
  [2]
  $ stride review 2025-W54
  stride review: '2025-W54' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride review [WEEK | --month YYYY-MM] [--json] (see 'stride help review')
  [2]
  $ stride review tomorrow
  stride review: 'tomorrow' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride review [WEEK | --month YYYY-MM] [--json] (see 'stride help review')
  [2]


The fields are documented
-------------------------

review's help sends to the man page for the JSON fields (as the other
commands' do): stride.1 covers reflect, rate and review, and names the
fields of review --json (it says the items done are "in the order they
happened", as the month above has them).

  $ stride help review | grep -c 'man stride'
  1
  $ for c in reflect rate review; do
  >   grep -Eq "^\.(B|BR) $c( |$)" "$TESTROOT/docs/stride.1" || echo "stride.1 lacks the command $c"
  > done
  $ for f in before_plan ongoing criteria_met deliverables_met reflections versions answers previous_week; do
  >   grep -q "$f" "$TESTROOT/docs/stride.1" || echo "stride.1 lacks the field $f"
  > done


Other plans
-----------

No schedule and no skills (data/reflect/defaults.yaml, in a store of its
own): the time without a schedule to compare with, no ratings table.

  $ stride --db reading.db import data/reflect/defaults.yaml > /dev/null
  $ stride --db reading.db log 30m > /dev/null
  $ stride --db reading.db review
  # Week 2025-W29: Reading list
  
  14 to 20 July 2025
  
  - Time: 30m logged
  - Done: 0; started 0; skipped 0
  - Streak: 1 day so far
  
  ## Reflection
  
  _Not written yet: `stride reflect 2025-W29`._

A name with a pipe in it stays in its cell of the ratings table (escaped
as GitHub Markdown wants it):

  $ stride --db shell.db import data/reflect/markdown.yaml > /dev/null
  $ stride --db shell.db rate pipes 3
  rated   Pipes | redirection 3/5 for 2025-W29
  $ stride --db shell.db review | tail -n 3
  | Skill | Rating | Change |
  |---|---|---|
  | Pipes \| redirection | 3/5 | first rating |
