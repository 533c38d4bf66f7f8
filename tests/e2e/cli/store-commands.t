The commands that read and change the store: plans, status, today, list,
done / start / skip / reset, undo, log and note. Today is 2025-07-14, a
Monday (STRIDE_TODAY); single commands move it with STRIDE_TODAY=...

The plan is data/sync/pace.yaml (its header says how its numbers were
chosen). Countable items are tasks, sub-tasks, criteria and deliverables,
not optional, not skipped: 10 of them, 9 dated.

With no plan yet, the commands that change something say so, and leave no
store behind:

  $ stride undo
  stride: nothing to undo
  [1]
  $ stride done 3
  stride: no plans yet: import one with 'stride import FILE' (the bundled plans are in plans/)
  [1]
  $ stride log 30m
  stride: no plans yet: import one with 'stride import FILE' (the bundled plans are in plans/)
  [1]
  $ ls .local/share/stride
  ls: cannot access '.local/share/stride': No such file or directory
  [2]

  $ cp data/sync/pace.yaml pace.yaml
  $ stride import pace.yaml
  imported pace: 3 phases, 2 week blocks, 9 tasks, 1 criterion, 1 deliverable, 0 resources

An import is not a change that undo reverts:

  $ stride undo
  stride: nothing to undo
  [1]


plans, list
-----------

  $ stride plans
  * pace: Pace check
      0% done (0 of 10), phase 1 of 3: Phase one

The whole tree, each item with its number; containers with their dates
and done/countable counts (the optional task is not counted):

  $ stride list
  pace: Pace check
   1  Phase one  2025-07-07..2025-07-16  [0/4]
   2    [ ] Read the tutorial
   3    [ ] Set up the editor
   4    [ ] Read the style guide
   5    [ ] Watch the conference talk  (optional)
   6    [ ] criterion: Can explain the basics
   7  Phase two  2025-07-17..2025-07-30  [0/5]
   8    Parsing  2025-07-17..2025-07-23  [0/3]
   9      [ ] Write the parser  [0/2]
  10        [ ] Tokenizer
  11        [ ] Grammar
  12    Testing  2025-07-24..2025-07-30  [0/1]
  13      [ ] Test the parser
  14    [ ] deliverable: A working calculator
  15  Later  [0/1]
  16    [ ] Read about compilers

The tree under a ref: a number, a key path, a title fragment:

  $ stride list 8
   8  Parsing  2025-07-17..2025-07-23  [0/3]
   9    [ ] Write the parser  [0/2]
  10      [ ] Tokenizer
  11      [ ] Grammar
  $ stride list two/week-2
  12  Testing  2025-07-24..2025-07-30  [0/1]
  13    [ ] Test the parser
  $ stride list compilers
  16  [ ] Read about compilers
  $ stride list nosuch
  stride: nothing in pace matches 'nosuch': give a number or a key from 'stride list', or part of a title
  [2]

--todo, --done and --all exclude one another:

  $ stride list --todo --done
  stride list: .*(--todo|--done).* (re)
  usage: stride list [PLAN | REF] [--todo|--done|--late|--all] [--tag TAG] [--json] (see 'stride help list')
  [2]


Refs, and done / start / skip / reset
-------------------------------------

A number, a key path, an explicit id, or part of a title that only one
item has; each change prints the plan's new % done.

  $ stride done 2
  done    2  Read the tutorial
  pace: 10% done (1 of 10)
  $ stride done one/read-the-style-guide
  done    4  Read the style guide
  pace: 20% done (2 of 10)
  $ stride done setup
  done    3  Set up the editor
  pace: 30% done (3 of 10)
  $ stride done TUTORIAL
  done    2  Read the tutorial  (already)
  pace: 30% done (3 of 10)

A fragment that several items have lists them and changes nothing (exit 2):

  $ stride start parser
  stride: 'parser' matches 2 items in pace; give the number of the one you mean:
        9  Write the parser  (two/week-1/write-the-parser)
       13  Test the parser  (two/week-2/test-the-parser)
  [2]
  $ stride done read
  stride: 'read' matches 3 items in pace; give the number of the one you mean:
        2  Read the tutorial  (one/read-the-tutorial)
        4  Read the style guide  (one/read-the-style-guide)
       16  Read about compilers  (later/read-about-compilers)
  [2]
  $ stride list 9
   9  [ ] Write the parser  [0/2]
  10    [ ] Tokenizer
  11    [ ] Grammar

Unknown refs are usage errors; phases and week blocks have no status of
their own. When one ref of several is wrong, nothing changes:

  $ stride done nosuch
  stride: nothing in pace matches 'nosuch': give a number or a key from 'stride list', or part of a title
  [2]
  $ stride done 99
  stride: pace has no item 99 ('stride list' shows the numbers)
  [2]
  $ stride done 1
  stride: 1 Phase one is a phase: it is done when its items are ('stride list 1' shows them)
  [2]
  $ stride skip two
  stride: 7 Phase two is a phase: it is done when its items are ('stride list two' shows them)
  [2]
  $ stride start 8
  stride: 8 Parsing is a week block: it is done when its items are ('stride list 8' shows them)
  [2]
  $ stride done 6 nosuch
  stride: nothing in pace matches 'nosuch': give a number or a key from 'stride list', or part of a title
  [2]
  $ stride done
  stride done: no item given
  usage: stride done REF... [--date DAY] (see 'stride help done')
  [2]
  $ stride list 6
   6  [ ] criterion: Can explain the basics

Ahead or behind, by hand. Phase one (2025-07-07..16, 10 days) expects its
4 items linearly, 0.4 a day: 3.2 by today (day 8), 35% of the 9 dated
items. Phase two's week blocks (3 items over 07-17..23, 1 over 07-24..30)
and its deliverable (1 item over 07-17..30) come after.

With 3 done, the plan expected 3 on day 8 (3.2 > 3 >= 2.8): on schedule.

  $ stride status | grep Done
  Done: 30% (3 of 10); on schedule (35% of the dated items expected by today)

PLAN:REF names an item of a given plan. With 4 done, the plan expects 4
on 07-16 and 4.5 on 07-17 (4 + 3/7 + 1/14): 2 days ahead.

  $ stride done pace:6
  done    6  Can explain the basics
  pace: 40% done (4 of 10)
  $ stride status | grep Done
  Done: 40% (4 of 10); 2 days ahead of schedule (35% of the dated items expected by today)

A sub-task by its key path. With 5 done: 4 + 6/7 + 2/14 = 5 on 07-18,
5.5 on 07-19: 4 days ahead.

  $ stride done two/week-1/write-the-parser/tokenizer
  done    10  Tokenizer
  pace: 50% done (5 of 10)
  $ stride status | grep Done
  Done: 50% (5 of 10); 4 days ahead of schedule (35% of the dated items expected by today)

A skipped item no longer counts, done or not: 4 of 9. Phase one now
expects 3 items (2.4 by today, 30% of 8 dated); 3 + 6/7 + 2/14 = 4 on
07-18: still 4 days ahead.

  $ stride skip 4
  skipped 4  Read the style guide
  pace: 44% done (4 of 9)
  $ stride status | grep Done
  Done: 44% (4 of 9); 4 days ahead of schedule (30% of the dated items expected by today)

An optional item does not count either, done or not:

  $ stride done 5
  done    5  Watch the conference talk
  pace: 44% done (4 of 9)

reset makes an item count again, as to do; start marks it in progress,
which is not done:

  $ stride reset 4
  reset   4  Read the style guide
  pace: 40% done (4 of 10)
  $ stride start 9
  started 9  Write the parser
  pace: 40% done (4 of 10)
  $ stride list 1
   1  Phase one  2025-07-07..2025-07-16  [3/4]
   2    [x] Read the tutorial
   3    [x] Set up the editor
   4    [ ] Read the style guide
   5    [x] Watch the conference talk  (optional)
   6    [x] criterion: Can explain the basics
  $ stride list 9
   9  [~] Write the parser  [1/2]
  10    [x] Tokenizer
  11    [ ] Grammar

The items of one command are listed in the order given, their numbers
aligned:

  $ stride done 11 9
  done    11  Grammar
  done     9  Write the parser
  pace: 60% done (6 of 10)


undo
----

undo reverts the last change exactly; one command's items are one step:

  $ stride undo
  undid   done    9  Write the parser  (doing again)
  undid   done   11  Grammar  (todo again)
  $ stride list 9
   9  [~] Write the parser  [1/2]
  10    [x] Tokenizer
  11    [ ] Grammar

Run again, it walks back through the earlier changes:

  $ stride undo
  undid   start  9  Write the parser  (todo again)
  $ stride undo
  undid   reset  4  Read the style guide  (skipped again)
  $ stride undo
  undid   done   5  Watch the conference talk  (todo again)
  $ stride status | grep Done
  Done: 44% (4 of 9); 4 days ahead of schedule (30% of the dated items expected by today)


list --todo, --done, --tag
--------------------------

Now 2, 3, 6 and 10 are done and 4 is skipped. --todo shows what is left
(to do or in progress) under its phases, --done what is done:

  $ stride list --todo
  pace: Pace check
   1  Phase one  2025-07-07..2025-07-16  [3/3]
   5    [ ] Watch the conference talk  (optional)
   7  Phase two  2025-07-17..2025-07-30  [1/5]
   8    Parsing  2025-07-17..2025-07-23  [1/3]
   9      [ ] Write the parser  [1/2]
  11        [ ] Grammar
  12    Testing  2025-07-24..2025-07-30  [0/1]
  13      [ ] Test the parser
  14    [ ] deliverable: A working calculator
  15  Later  [0/1]
  16    [ ] Read about compilers
  $ stride list --done
  pace: Pace check
   1  Phase one  2025-07-07..2025-07-16  [3/3]
   2    [x] Read the tutorial
   3    [x] Set up the editor
   6    [x] criterion: Can explain the basics
   7  Phase two  2025-07-17..2025-07-30  [1/5]
   8    Parsing  2025-07-17..2025-07-23  [1/3]
   9      [ ] Write the parser  [1/2]
  10        [x] Tokenizer
  $ stride list 7 --todo
   7  Phase two  2025-07-17..2025-07-30  [1/5]
   8    Parsing  2025-07-17..2025-07-23  [1/3]
   9      [ ] Write the parser  [1/2]
  11        [ ] Grammar
  12    Testing  2025-07-24..2025-07-30  [0/1]
  13      [ ] Test the parser
  14    [ ] deliverable: A working calculator
  $ stride list 3 --todo
    (nothing left to do)

--tag keeps the items with that tag, under their phases:

  $ stride list --tag reading
  pace: Pace check
   1  Phase one  2025-07-07..2025-07-16  [3/3]
   2    [x] Read the tutorial
   4    [-] Read the style guide
  $ stride list --tag testing
  pace: Pace check
   7  Phase two  2025-07-17..2025-07-30  [1/5]
  12    Testing  2025-07-24..2025-07-30  [0/1]
  13      [ ] Test the parser
  $ stride list --tag reading --done
  pace: Pace check
   1  Phase one  2025-07-07..2025-07-16  [3/3]
   2    [x] Read the tutorial
  $ stride list --tag nosuch
  pace: Pace check
    (nothing to show)


log
---

Time on the plan, or on an item; --date is today, yesterday, -N days or
YYYY-MM-DD, never a day to come.

  $ stride log 45m
  logged  45 min, 2025-07-14
  $ stride log 1h30m tutorial -m "Chapters 1 and 2"
  logged  90 min on 2  Read the tutorial, 2025-07-14
  $ stride log 1.5h setup --date 2025-07-10
  logged  90 min on 3  Set up the editor, 2025-07-10
  $ stride log 20 --date yesterday
  logged  20 min, 2025-07-13
  $ stride log 10m --date -3
  logged  10 min, 2025-07-11
  $ stride log 10m --date 2025-07-15
  stride log: 2025-07-15 is in the future: log time once it is spent
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log 10m --date 2025-02-30
  stride log: '2025-02-30' is not a day like 2025-07-14, today, yesterday or -3
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log 0m
  stride log: '0m' is not a duration like 45m, 1h30m or 1.5h (at most 24h)
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log 25h
  stride log: '25h' is not a duration like 45m, 1h30m or 1.5h (at most 24h)
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log 10m nosuch
  stride: nothing in pace matches 'nosuch': give a number or a key from 'stride list', or part of a title
  [2]
  $ stride list --json 2 | grep -o '"minutes":[0-9]*'
  "minutes":90
  $ stride list --json 3 | grep -o '"minutes":[0-9]*'
  "minutes":90

Today has 135 minutes (45 + 90); the week (from Monday) too. The streak:
07-10, 07-11 (a rest day anyway), 07-13 (Sunday, a rest day) and today
have activity, but Saturday 07-12, a study day, has none: 2 days (07-13
and 07-14), and 2 at the longest (07-10 and 07-11).

  $ stride status | tail -n 3
  Today, Mon 2025-07-14: Theory (30 min, 135 min logged)
  Streak: 2 days (longest 2)
  This week: 135 of 165 min

undo reverts a log too: without the 10 minutes of 07-11, the run of
07-10 is 1 day long:

  $ stride undo
  undid   log of 10 min
  $ stride status | tail -n 2
  Streak: 2 days (longest 2)
  This week: 135 of 165 min


note
----

-m adds a paragraph to the item's note:

  $ stride note setup -m "Dark theme, 4-space tabs."
  noted   3  Set up the editor
  $ stride note 3 -m "Also: format on save."
  noted   3  Set up the editor
  $ stride list --json 3 | grep -o '"note":"[^"]*"'
  "note":"Dark theme, 4-space tabs.\n\nAlso: format on save."

Without -m the note opens in $EDITOR (here small scripts). What the editor
saves is the new note:

  $ cat > write-note <<'EOF'
  > #!/bin/sh
  > for f in "$@"; do :; done
  > echo "editing: $(cat "$f")"
  > printf 'Rewritten in the editor.\n' > "$f"
  > EOF
  $ printf '#!/bin/sh\nexit 1\n' > fail-editor
  $ printf '#!/bin/sh\n: > "$1"\n' > empty-editor
  $ printf '#!/bin/sh\nexit 0\n' > same-editor
  $ chmod +x write-note fail-editor empty-editor same-editor
  $ EDITOR=./write-note stride note 3
  editing: Dark theme, 4-space tabs.
  
  Also: format on save.
  noted   3  Set up the editor
  $ stride list --json 3 | grep -o '"note":"[^"]*"'
  "note":"Rewritten in the editor."

An editor that fails, one that empties the file and one that leaves it as
it was save nothing:

  $ EDITOR=./fail-editor stride note 3
  stride: the editor failed (exit status 1): nothing saved
  [1]
  $ EDITOR=./empty-editor stride note 3
  stride: the note is empty: nothing saved
  $ EDITOR=./same-editor stride note 3
  stride: the note is unchanged: nothing saved
  $ stride list --json 3 | grep -o '"note":"[^"]*"'
  "note":"Rewritten in the editor."

$VISUAL comes before $EDITOR, and the variable is split at spaces (no
shell); an editor that cannot be started saves nothing either:

  $ VISUAL=./fail-editor EDITOR=./write-note stride note 2
  stride: the editor failed (exit status 1): nothing saved
  [1]
  $ EDITOR='./write-note --extra' stride note 2 2>&1 | tail -n 1
  noted   2  Read the tutorial
  $ EDITOR=./nosuch-editor stride note 2
  stride: cannot start the editor './nosuch-editor': No such file or directory (set VISUAL or EDITOR)
  [1]

A note is undone like any change:

  $ stride undo
  undid   note   2  Read the tutorial
  $ stride list --json 2 | grep -o '"note":[^,]*'
  "note":null


status and today as the days go by
----------------------------------

  $ stride status
  Pace check (pace)
  Phase 1 of 3: Phase one, 2025-07-07 to 2025-07-16
    Goal: Get the basics right.
  Done: 44% (4 of 9); 4 days ahead of schedule (30% of the dated items expected by today)
  Next: 5 Watch the conference talk (optional)
  Today, Mon 2025-07-14: Theory (30 min, 135 min logged)
  Streak: 2 days (longest 2)
  This week: 135 of 165 min
  $ stride today
  Mon 2025-07-14: Theory (30 min, 135 min logged)
  Phase one
        5 [ ] Watch the conference talk (optional)
  Streak: 2 days

On Friday 07-18 (a rest day) phase two and its first week block are
current. Phase one's 3 items are all expected, and 3 x 2/7 + 2/14 = 1 of
phase two's: 4 of 8 dated (50%); 4 are done: on schedule. Tuesday 07-15
had no activity, so the streak is broken. Monday's minutes are this
week's.

  $ STRIDE_TODAY=2025-07-18 stride status
  Pace check (pace)
  Phase 2 of 3: Phase two, 2025-07-17 to 2025-07-30
  Week: Parsing, 2025-07-17 to 2025-07-23
  Done: 44% (4 of 9); on schedule (50% of the dated items expected by today)
  Next: 9 Write the parser; and 1 more ('stride today')
  Today, Fri 2025-07-18: rest day (0 min logged)
  Streak: none (longest 2 days)
  This week: 135 of 165 min
  $ stride start 9
  started 9  Write the parser
  pace: 44% done (4 of 9)
  $ STRIDE_TODAY=2025-07-18 stride today
  Fri 2025-07-18: rest day (0 min logged)
  Phase two > Parsing
        9 [~] Write the parser
       11 [ ] Grammar

After the plan's dates, every dated item is expected: 8 by 07-30. With 4
done, the plan expected 4 on 07-18 (see above) and a little more on 07-19:
2025-08-10 is 23 days later. The plan has ended, and says so:

  $ STRIDE_TODAY=2025-08-10 stride status | sed -n 2p
  The plan ended on 2025-07-30: 44% done, 5 open
  $ STRIDE_TODAY=2025-08-10 stride status --json | tr -d '\t' | grep -e days_ahead -e expected_percent
  "expected_percent":100,
  "days_ahead":-22,

Before the plan starts nothing is expected yet: 4 done is ahead by the
days until the plan expects more than 4, 07-18 (from 07-01: 17 days). No
phase holds the day, so the current one is the first with something left
to do: phase one is finished (3 of 3).

  $ STRIDE_TODAY=2025-07-01 stride status | grep -e Phase -e Done
  Phase 2 of 3: Phase two, 2025-07-17 to 2025-07-30
  Done: 44% (4 of 9); 17 days ahead of schedule (0% of the dated items expected by today)


A plan without dates or a schedule
----------------------------------

Its current phase is the first one with something left; there is no ahead
or behind, and no schedule.

  $ cp data/sync/undated.yaml undated.yaml
  $ stride import undated.yaml
  imported undated: 2 phases, 0 week blocks, 3 tasks, 0 criteria, 0 deliverables, 0 resources
  $ stride done sicp pragmatic
  done    2  Structure and Interpretation of Computer Programs
  done    3  The Pragmatic Programmer
  undated: 66% done (2 of 3)
  $ stride status
  Reading list (undated)
  Phase 2 of 2: Papers
  Done: 66% (2 of 3)
  Next: 5 Out of the Tar Pit
  Today, Mon 2025-07-14: no schedule (0 min logged)
  Streak: 1 day (longest 1)
  This week: 0 min
  $ stride plans
  * undated: Reading list
      66% done (2 of 3), phase 2 of 2: Papers
    pace: Pace check
      44% done (4 of 9), phase 1 of 3: Phase one

One command may name items of several plans; undo takes them back as one
step:

  $ stride done pace:13 tar
  done    13  Test the parser
  done     5  Out of the Tar Pit
  pace: 55% done (5 of 9)
  undated: 100% done (3 of 3)
  $ stride undo
  undid   done    5  Out of the Tar Pit  (todo again)
  undid   done   13  Test the parser  (todo again)

The hint for a phase of another plan names that plan:

  $ stride done pace:1
  stride: 1 Phase one is a phase: it is done when its items are ('stride list pace:1' shows them)
  [2]
  $ stride status nosuch
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]


The streak across rest days, and the week's minutes (the bundled plan)
----------------------------------------------------------------------

The backend plan studies Monday to Saturday, 30 minutes a day (180 a
week), and rests on Sunday.

  $ stride import plans/backend-roadmap.yaml
  imported backend-2025: 9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0 resources, 3 habits
  $ stride log 30m --date 2025-07-10
  logged  30 min, 2025-07-10
  $ stride log 30m --date -3
  logged  30 min, 2025-07-11
  $ stride log 25m --date 2025-07-12
  logged  25 min, 2025-07-12

Thursday to Saturday, then Sunday's rest; today (Monday) does not break
the streak before any activity. Those minutes were last week:

  $ stride status
  Mid-Level Backend Roadmap (2025) (backend-2025)
  Phase 2 of 9: Data & Persistence, 2025-07-10 to 2025-08-01
    Goal: Design schemas, master Postgres & Prisma, understand NoSQL trade-offs.
  Done: 0% (0 of 60); 32 days behind schedule (12% of the dated items expected by today)
  Next: 2 Read ES 2025 & TypeScript 5.x advanced chapters (5 days late); and 12 more ('stride today')
  To carry on from today with what is left: stride shift backend-2025 32d --from 2025-06-12
  Today, Mon 2025-07-14: Theory - docs or video (30 min, 0 min logged)
  Streak: 3 days (longest 3)
  This week: 0 of 180 min

(By hand: phase 1, 06-12..07-09, has 6 items, all expected; phase 2,
07-10..08-01 (23 days), 7 items, 5/23 of them by today: 7.52 of 60, 12%;
nothing done, and the plan expected nothing only up to 06-11: 33 days.)

  $ stride log 40m
  logged  40 min, 2025-07-14
  $ stride status | tail -n 3
  Today, Mon 2025-07-14: Theory - docs or video (30 min, 40 min logged)
  Streak: 4 days (longest 4)
  This week: 40 of 180 min

Time on the rest day counts as activity (the streak grows), and Sunday
belongs to the week before:

  $ stride log 15m --date yesterday
  logged  15 min, 2025-07-13
  $ stride status | tail -n 2
  Streak: 5 days (longest 5)
  This week: 40 of 180 min

Tomorrow, before any activity, the streak holds; the day after, Tuesday
having none, it is broken. A week later the minutes start again from 0:

  $ STRIDE_TODAY=2025-07-15 stride status | tail -n 3
  Today, Tue 2025-07-15: Code-along example (30 min, 0 min logged)
  Streak: 5 days (longest 5)
  This week: 40 of 180 min
  $ STRIDE_TODAY=2025-07-16 stride status | tail -n 2
  Streak: none (longest 5 days)
  This week: 40 of 180 min
  $ STRIDE_TODAY=2025-07-21 stride status | tail -n 2
  Streak: none (longest 5 days)
  This week: 0 of 180 min
  $ STRIDE_TODAY=2025-07-20 stride status | tail -n 3
  Today, Sun 2025-07-20: rest day (0 min logged)
  Streak: none (longest 5 days)
  This week: 40 of 180 min

A day to come is refused; it can be logged once it is today:

  $ stride log 30m --date 2025-07-15
  stride log: 2025-07-15 is in the future: log time once it is spent
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ STRIDE_TODAY=2025-07-15 stride log 30m --date 2025-07-15
  logged  30 min, 2025-07-15
  $ STRIDE_TODAY=2025-07-16 stride status | tail -n 2
  Streak: 6 days (longest 6)
  This week: 70 of 180 min

A bad STRIDE_TODAY is refused:

  $ STRIDE_TODAY=2025-7-1 stride status
  stride: STRIDE_TODAY must be a date like 2025-07-14, got '2025-7-1'
  [2]


Archived items in list --all
----------------------------

A done task taken out of pace.yaml (two others in its place: not a
retitle) is archived with its status (the re-sync says so on stderr);
--all shows it:

  $ stride done pace:16
  done    16  Read about compilers
  pace: 55% done (5 of 9)
  $ sed -i 's/- Read about compilers/- Read about interpreters\n      - Read about parsers/' pace.yaml
  $ stride list pace:15 2>&1 | sed "s#$(pwd -P)/##"
  stride: pace.yaml changed; synced pace: 2 added, 1 removed
    added     later/read-about-interpreters  Read about interpreters
    added     later/read-about-parsers  Read about parsers
    removed   later/read-about-compilers  Read about compilers  (archived with its progress)
  15  Later  [0/2]
  17    [ ] Read about interpreters
  18    [ ] Read about parsers
  $ stride list pace:15 --all
  15  Later  [0/2]
  17    [ ] Read about interpreters
  18    [ ] Read about parsers
  archived (no longer in the plan file):
  16  [x] Read about compilers  (archived)
  $ stride list pace:16
  16  [x] Read about compilers  (archived)
  $ stride list --json pace:16 | grep -o '"\(status\|archived\)":[^,]*'
  "status":"done"
  "archived":true

What is left to meet
====================

`today` lists the open tasks of the week block, then its open criteria and
deliverable: a block whose tasks are done, or that has none, still shows
what is left, and says "well done" only when nothing is:

  $ cat > meet.yaml <<'YAML'
  > stride: 1
  > id: meet
  > title: Meet
  > phases:
  >   - title: Build
  >     start: 2025-07-14
  >     weeks:
  >       - title: Ship it
  >         week: 1
  >         tasks: [Write the code]
  >         criteria: [It runs]
  >         deliverable:
  >           title: The release
  >           criteria: [Tagged]
  > YAML
  $ STRIDE_DB=meet.db stride import meet.yaml > /dev/null
  $ STRIDE_DB=meet.db STRIDE_TODAY=2025-07-15 stride today
  Tue 2025-07-15: no schedule (0 min logged)
  Build > Ship it
        3 [ ] Write the code
        4 [ ] criterion: It runs
        5 [ ] deliverable: The release
        6 [ ] criterion: Tagged
  $ STRIDE_DB=meet.db stride done 3 4 > /dev/null
  $ STRIDE_DB=meet.db STRIDE_TODAY=2025-07-15 stride today
  Tue 2025-07-15: no schedule (0 min logged)
  Build > Ship it
        5 [ ] deliverable: The release
        6 [ ] criterion: Tagged
  Streak: 1 day
  $ STRIDE_DB=meet.db stride done 5 6 > /dev/null
  $ STRIDE_DB=meet.db STRIDE_TODAY=2025-07-15 stride today
  Tue 2025-07-15: no schedule (0 min logged)
  Build > Ship it
    nothing open here: well done
  Streak: 1 day
