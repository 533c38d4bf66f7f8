`stride import` and the automatic re-sync: the store follows the plan file
and never loses what was done (docs/plan-format.md, "Identity, and what
re-importing keeps"). The plans are in data/sync/; each scenario edits a
copy, plan.yaml, never the fixture.

`snap` records the store's files (the database and any -wal or -shm beside
it) with their checksums and modification times, so that "writes nothing"
can be proved; the store's mtime is first set to a fixed past time, so that
any write shows. `tilde` shortens this directory's path in messages.

  $ snap() { (cd .local/share/stride && cksum stride.db* && stat -c '%n %Y' stride.db*); }
  $ old() { touch -d @1735689600 .local/share/stride/stride.db; }
  $ tilde() { sed "s#$(pwd -P)/#~/#g; s#$HOME/#~/#g"; }

A dry run with no store yet says what would be imported and creates
nothing:

  $ cp data/sync/base.yaml plan.yaml
  $ stride import --dry-run plan.yaml
  would import sync-demo: 2 phases, 2 week blocks, 6 tasks, 1 criterion, 1 deliverable, 0 resources (a new plan)
  $ ls .local/share/stride
  ls: cannot access '.local/share/stride': No such file or directory
  [2]

The first import creates the store (a private directory and file) and
reports what it brought in; every item gets its number:

  $ stride import plan.yaml
  imported sync-demo: 2 phases, 2 week blocks, 6 tasks, 1 criterion, 1 deliverable, 0 resources
  $ stat -c '%a %n' .local/share/stride .local/share/stride/stride.db
  700 .local/share/stride
  600 .local/share/stride/stride.db
  $ stride list
  sync-demo: Sync demo
   1  Basics  2025-07-07..2025-07-20  [0/5]
   2    Setup  2025-07-07..2025-07-13  [0/2]
   3      [ ] Install the toolchain  (1 day late)
   4      [ ] Write hello world  (1 day late)
   5    Syntax  2025-07-14..2025-07-20  [0/2]
   6      [ ] Read the syntax chapter
   7      [ ] Take the syntax quiz
   8    [ ] criterion: Builds from source
   9  Advanced  2025-07-21..2025-08-03  [0/3]
  10    [ ] Study the memory model
  11    [ ] Profile a program
  12    [ ] deliverable: A small benchmark suite


Re-importing an unchanged file
------------------------------

It is a no-op that writes nothing: same bytes, same mtime, no -wal left.

  $ old; snap > before; stat -c %Y .local/share/stride/stride.db
  1735689600
  $ stride import plan.yaml
  sync-demo: up to date
  $ snap > after; diff before after && echo unchanged
  unchanged
  $ stride import --dry-run plan.yaml
  sync-demo: up to date
  $ snap > after; diff before after && echo unchanged
  unchanged
  $ ls .local/share/stride
  stride.db

Neither do the read commands write anything when the file has not changed:

  $ stride status > /dev/null; stride list > /dev/null; stride plans > /dev/null; stride today > /dev/null
  $ snap > after; diff before after && echo unchanged
  unchanged

A file touched but not changed (same bytes, new mtime) is not a change:
no report.

  $ touch plan.yaml
  $ stride import plan.yaml
  sync-demo: up to date


Retitling an item with an explicit id
-------------------------------------

`hello` is ticked, then retitled in the file. A dry run prints what would
change and writes nothing:

  $ stride done hello
  done    4  Write hello world
  sync-demo: 12% done (1 of 8)
  $ sed -i 's/title: Write hello world/title: Write hello, world/' plan.yaml
  $ old; snap > before
  $ stride import --dry-run plan.yaml
  sync-demo: 1 would be retitled
    retitled  hello  Write hello, world  (was: Write hello world)
  $ snap > after; diff before after && echo unchanged
  unchanged

The import itself prints the report, and the item keeps its number and
its progress:

  $ stride import plan.yaml
  sync-demo: 1 retitled
    retitled  hello  Write hello, world  (was: Write hello world)
  $ stride list 4
   4  [x] Write hello, world

An item without an id is known by the slug of its title, and by its
place: retitled where it was (the same parent, between the same
siblings), it keeps its number and its progress, and the report says so:

  $ stride done 3
  done    3  Install the toolchain
  sync-demo: 25% done (2 of 8)
  $ sed -i 's/- Install the toolchain/- Install the compiler/' plan.yaml
  $ stride import plan.yaml
  sync-demo: 1 retitled
    retitled  basics/week-1/install-the-compiler  Install the compiler  (same place; was: Install the toolchain)
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [2/2]
   3    [x] Install the compiler
   4    [x] Write hello, world
  $ sed -i 's/- Install the compiler/- Install the toolchain/' plan.yaml
  $ stride import plan.yaml
  sync-demo: 1 retitled
    retitled  basics/week-1/install-the-toolchain  Install the toolchain  (same place; was: Install the compiler)

Retitled and moved among its siblings at once, its place tells nothing:
it is a new item (a new number), and the old one is archived with its
progress ('stride adopt' can move that progress over; see adopt.t). Its
old title brings it back, with its progress:

  $ swap() { perl -0pi -e "s/(          - $1\n)(          - id: hello\n            title: Write hello, world\n)/\$2          - $2\n/" plan.yaml; }
  $ swap 'Install the toolchain' 'Install the compiler'
  $ stride import plan.yaml
  sync-demo: 1 added, 1 removed
    added     basics/week-1/install-the-compiler  Install the compiler
    removed   basics/week-1/install-the-toolchain  Install the toolchain  (archived with its progress)
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [1/2]
   4    [x] Write hello, world
  13    [ ] Install the compiler  (1 day late)
  $ perl -0pi -e 's/(          - id: hello\n            title: Write hello, world\n)          - Install the compiler\n/          - Install the toolchain\n$1/' plan.yaml
  $ stride import plan.yaml
  sync-demo: 1 removed, 1 restored
    restored  basics/week-1/install-the-toolchain  Install the toolchain  (with its progress)
    removed   basics/week-1/install-the-compiler  Install the compiler  (archived with its progress)
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [2/2]
   3    [x] Install the toolchain
   4    [x] Write hello, world


Moving an item with an explicit id
----------------------------------

`quiz` is done, then moved from Basics > Syntax to Advanced: it is the same
item, with its number and its status. (The report of `import` is on
stdout.)

  $ stride done quiz
  done    7  Take the syntax quiz
  sync-demo: 37% done (3 of 8)
  $ sed -i -e '/id: quiz/,+1d' -e '/- id: profiler/i\      - id: quiz\n        title: Take the syntax quiz' plan.yaml
  $ old; snap > before
  $ stride import --dry-run plan.yaml
  sync-demo: 1 would be moved
    moved     quiz  Take the syntax quiz  (was under basics/week-2)
  $ snap > after; diff before after && echo unchanged
  unchanged
  $ stride import plan.yaml 2>/dev/null
  sync-demo: 1 moved
    moved     quiz  Take the syntax quiz  (was under basics/week-2)
  $ stride list
  sync-demo: Sync demo
   1  Basics  2025-07-07..2025-07-20  [2/4]
   2    Setup  2025-07-07..2025-07-13  [2/2]
   3      [x] Install the toolchain
   4      [x] Write hello, world
   5    Syntax  2025-07-14..2025-07-20  [0/1]
   6      [ ] Read the syntax chapter
   8    [ ] criterion: Builds from source
   9  Advanced  2025-07-21..2025-08-03  [1/4]
  10    [ ] Study the memory model
   7    [x] Take the syntax quiz
  11    [ ] Profile a program
  12    [ ] deliverable: A small benchmark suite


Removing an item, then adding it back
-------------------------------------

"Read the syntax chapter" is started, with time and a note on it. Taken
out of the file, it is archived with all of that ([a] in `list --all`);
put back, it is restored: the same number, status, minutes and note.

  $ stride start 6
  started 6  Read the syntax chapter
  sync-demo: 37% done (3 of 8)
  $ stride log 25m 6 > /dev/null; stride note 6 -m "Chapter 3 is the hard one." > /dev/null
  $ cp plan.yaml keep.yaml
  $ sed -i '/- Read the syntax chapter/d' plan.yaml
  $ stride import plan.yaml
  sync-demo: 1 removed
    removed   basics/week-2/read-the-syntax-chapter  Read the syntax chapter  (archived with its progress)
  $ stride list 1
   1  Basics  2025-07-07..2025-07-20  [2/3]
   2    Setup  2025-07-07..2025-07-13  [2/2]
   3      [x] Install the toolchain
   4      [x] Write hello, world
   5    Syntax  2025-07-14..2025-07-20  [0/0]
   8    [ ] criterion: Builds from source
  $ stride list --all | tail -n 3
  archived (no longer in the plan file):
  13  [ ] Install the compiler  (archived)
   6  [~] Read the syntax chapter  (archived)
  $ cp keep.yaml plan.yaml
  $ stride import plan.yaml
  sync-demo: 1 restored
    restored  basics/week-2/read-the-syntax-chapter  Read the syntax chapter  (with its progress)
  $ stride list 5
   5  Syntax  2025-07-14..2025-07-20  [0/1]
   6    [~] Read the syntax chapter
  $ stride list --json 6 | grep -o '"\(status\|minutes\|note\)":[^,]*'
  "status":"doing"
  "minutes":25
  "note":"Chapter 3 is the hard one."


Renaming a phase's id
---------------------

A phase's key is in the key of everything under it that has no id of its
own: renaming `basics` to `foundations` removes those items (archived with
their progress) and adds new ones; `hello`, with its own id, moves.

  $ sed -i 's/- id: basics/- id: foundations/' plan.yaml
  $ stride import plan.yaml
  sync-demo: 6 added, 6 removed, 1 moved
    added     foundations  Basics
    added     foundations/week-1  Setup
    added     foundations/week-1/install-the-toolchain  Install the toolchain
    moved     hello  Write hello, world  (was under basics/week-1)
    added     foundations/week-2  Syntax
    added     foundations/week-2/read-the-syntax-chapter  Read the syntax chapter
    added     foundations/builds-from-source  Builds from source
    removed   basics  Basics  (archived with its progress)
    removed   basics/week-1  Setup  (archived with its progress)
    removed   basics/week-1/install-the-toolchain  Install the toolchain  (archived with its progress)
    removed   basics/week-2  Syntax  (archived with its progress)
    removed   basics/week-2/read-the-syntax-chapter  Read the syntax chapter  (archived with its progress)
    removed   basics/builds-from-source  Builds from source  (archived with its progress)
  $ stride list foundations
  14  Basics  2025-07-07..2025-07-20  [1/4]
  15    Setup  2025-07-07..2025-07-13  [1/2]
  16      [ ] Install the toolchain  (1 day late)
   4      [x] Write hello, world
  17    Syntax  2025-07-14..2025-07-20  [0/1]
  18      [ ] Read the syntax chapter
  19    [ ] criterion: Builds from source

The old id brings the old items back, with their progress:

  $ sed -i 's/- id: foundations/- id: basics/' plan.yaml
  $ stride import plan.yaml
  sync-demo: 6 removed, 1 moved, 6 restored
    restored  basics  Basics  (with its progress)
    restored  basics/week-1  Setup  (with its progress)
    restored  basics/week-1/install-the-toolchain  Install the toolchain  (with its progress)
    moved     hello  Write hello, world  (was under foundations/week-1)
    restored  basics/week-2  Syntax  (with its progress)
    restored  basics/week-2/read-the-syntax-chapter  Read the syntax chapter  (with its progress)
    restored  basics/builds-from-source  Builds from source  (with its progress)
    removed   foundations  Basics  (archived with its progress)
    removed   foundations/week-1  Setup  (archived with its progress)
    removed   foundations/week-1/install-the-toolchain  Install the toolchain  (archived with its progress)
    removed   foundations/week-2  Syntax  (archived with its progress)
    removed   foundations/week-2/read-the-syntax-chapter  Read the syntax chapter  (archived with its progress)
    removed   foundations/builds-from-source  Builds from source  (archived with its progress)
  $ stride list 1
   1  Basics  2025-07-07..2025-07-20  [2/4]
   2    Setup  2025-07-07..2025-07-13  [2/2]
   3      [x] Install the toolchain
   4      [x] Write hello, world
   5    Syntax  2025-07-14..2025-07-20  [0/1]
   6      [~] Read the syntax chapter
   8    [ ] criterion: Builds from source


An invalid file, a missing file
-------------------------------

An invalid file changes nothing: the loader's errors, like a compiler,
and exit 65.

  $ cp plan.yaml keep.yaml
  $ sed -i 's/duration: 2w/duration: two weeks/; s/title: Profile a program/titel: Profile a program/' plan.yaml
  $ old; snap > before
  $ stride import plan.yaml
  plan.yaml:36:15: error: 'duration' must be a number and a unit like 10d, 6w or 4m; got "two weeks"
  plan.yaml:41:9: error: a task needs 'title'
  plan.yaml:42:9: error: unknown key 'titel' in a task (did you mean 'title'?)
  [65]
  $ stride import --dry-run plan.yaml
  plan.yaml:36:15: error: 'duration' must be a number and a unit like 10d, 6w or 4m; got "two weeks"
  plan.yaml:41:9: error: a task needs 'title'
  plan.yaml:42:9: error: unknown key 'titel' in a task (did you mean 'title'?)
  [65]
  $ snap > after; diff before after && echo unchanged
  unchanged

Put back as it was, the file is in step again (the first command notes
its new mtime). A file that cannot be read is a runtime failure, exit 1,
and changes nothing either:

  $ cp keep.yaml plan.yaml; stride status sync-demo > /dev/null
  $ old; snap > before
  $ stride import nosuch.yaml
  stride: cannot read nosuch.yaml: No such file or directory
  [1]
  $ stride import --dry-run nosuch.yaml
  stride: cannot read nosuch.yaml: No such file or directory
  [1]
  $ mkdir adir; stride import adir
  stride: cannot read adir: Is a directory
  [1]
  $ snap > after; diff before after && echo unchanged
  unchanged

Without a file it is a usage error:

  $ stride import
  stride import: no plan file given
  usage: stride import [--dry-run] [--mark-done] [--replace] FILE... (see 'stride help import')
  [2]


Several files at once
---------------------

Each file is reported in turn. A plan that an import brings in or changes
becomes the current one:

  $ cp data/sync/pace.yaml pace.yaml; cp data/sync/undated.yaml undated.yaml
  $ stride import pace.yaml plan.yaml undated.yaml
  imported pace: 3 phases, 2 week blocks, 9 tasks, 1 criterion, 1 deliverable, 0 resources
  sync-demo: up to date
  imported undated: 2 phases, 0 week blocks, 3 tasks, 0 criteria, 0 deliverables, 0 resources
  $ stride plans
  * undated: Reading list
      0% done (0 of 3), phase 1 of 2: Books
    pace: Pace check
      0% done (0 of 10), phase 1 of 3: Phase one
    sync-demo: Sync demo
      37% done (3 of 8), phase 1 of 2: Basics

Re-importing a file that is as the store has it writes nothing at all, so
it does not make its plan current either (issue 3: "re-importing an
unchanged file is a no-op that writes nothing"):

  $ stride import plan.yaml
  sync-demo: up to date
  $ stride plans | grep '^\*'
  * undated: Reading list

The valid files are imported even when others are not; a file that cannot
be read wins over an invalid one for the exit status (1, then 65):

  $ sed -i 's/title: Later/titel: Later/' pace.yaml
  $ stride import undated.yaml pace.yaml nosuch.yaml
  undated: up to date
  pace.yaml:50:5: error: a phase needs 'title'
  pace.yaml:51:5: error: unknown key 'titel' in a phase (did you mean 'title'?)
  stride: cannot read nosuch.yaml: No such file or directory
  [1]
  $ stride import undated.yaml pace.yaml
  undated: up to date
  pace.yaml:50:5: error: a phase needs 'title'
  pace.yaml:51:5: error: unknown key 'titel' in a phase (did you mean 'title'?)
  [65]
  $ cp data/sync/pace.yaml pace.yaml


The automatic re-sync
---------------------

Every command re-syncs a plan whose file changed since it was imported,
and prints the change report on stderr. Here a task is added to the file,
and `stride status sync-demo` reports it and counts it: 9 items now, 3 of
them done, which is 1 day ahead (by hand: on 2025-07-15 the plan expects
2 + 2/7 + 9/14 = 2.93 items, on 07-16 already 3.14).

  $ stride import plan.yaml > /dev/null
  $ sed -i 's/- Study the memory model/- Study the memory model\n      - Read the release notes/' plan.yaml
  $ stride status sync-demo > out 2> err
  $ tilde < err
  stride: ~/plan.yaml changed; synced sync-demo: 1 added
    added     advanced/read-the-release-notes  Read the release notes
  $ cat out
  Sync demo (sync-demo)
  Phase 1 of 2: Basics, 2025-07-07 to 2025-07-20
  Week: Syntax, 2025-07-14 to 2025-07-20
  Done: 33% (3 of 9); 1 day ahead of schedule (30% of the dated items expected by today)
  Next: 6 Read the syntax chapter
  Today, Mon 2025-07-14: Theory (30 min, 25 min logged)
  Streak: 1 day (longest 1)
  This week: 25 of 135 min

The next command finds the store in step: no report.

  $ stride status sync-demo > /dev/null
  $ stride list sync-demo:9
   9  Advanced  2025-07-21..2025-08-03  [1/5]
  10    [ ] Study the memory model
  20    [ ] Read the release notes
   7    [x] Take the syntax quiz
  11    [ ] Profile a program
  12    [ ] deliverable: A small benchmark suite

A file that became invalid leaves the store as it was: each command says
so on stderr, and works on the plan as last imported.

  $ cp plan.yaml keep.yaml
  $ sed -i 's/duration: 2w/duration: two weeks/' plan.yaml
  $ old; snap > before
  $ stride status sync-demo 2>&1 | tilde
  stride: ~/plan.yaml changed and is no longer a valid plan ('stride lint ~/plan.yaml' says why): showing it as last imported
  Sync demo (sync-demo)
  Phase 1 of 2: Basics, 2025-07-07 to 2025-07-20
  Week: Syntax, 2025-07-14 to 2025-07-20
  Done: 33% (3 of 9); 1 day ahead of schedule (30% of the dated items expected by today)
  Next: 6 Read the syntax chapter
  Today, Mon 2025-07-14: Theory (30 min, 25 min logged)
  Streak: 1 day (longest 1)
  This week: 25 of 135 min
  $ stride list sync-demo:10 2> /dev/null
  10  [ ] Study the memory model
  $ snap > after; diff before after && echo unchanged
  unchanged

Fixed again, the file is back in step, quietly (its content is what was
last imported):

  $ cp keep.yaml plan.yaml
  $ stride status sync-demo 2>&1 >/dev/null

A plan whose file was deleted still works, without a word:

  $ rm plan.yaml
  $ stride status sync-demo
  Sync demo (sync-demo)
  Phase 1 of 2: Basics, 2025-07-07 to 2025-07-20
  Week: Syntax, 2025-07-14 to 2025-07-20
  Done: 33% (3 of 9); 1 day ahead of schedule (30% of the dated items expected by today)
  Next: 6 Read the syntax chapter
  Today, Mon 2025-07-14: Theory (30 min, 25 min logged)
  Streak: 1 day (longest 1)
  This week: 25 of 135 min
  $ stride done sync-demo:10
  done    10  Study the memory model
  sync-demo: 44% done (4 of 9)
  $ stride undo
  undid   done   10  Study the memory model  (todo again)

A file that now holds another plan is not synced into this one:

  $ sed 's/^id: sync-demo/id: other-demo/' keep.yaml > plan.yaml
  $ stride list sync-demo:10 2>&1 | tilde
  stride: ~/plan.yaml now holds the plan 'other-demo', not 'sync-demo': import it with 'stride import ~/plan.yaml'
  10  [ ] Study the memory model

Tasks ticked in a Markdown draft
================================

A draft from `stride md2yaml` carries `x-done: true` on the tasks ticked
in its Markdown (a plain `true`; anything else there is the author's own
business). A dry run with no store yet counts them, and with
`--mark-done` says what it would do; nothing is created:

  $ cat > ticked.yaml <<'YAML'
  > stride: 1
  > id: ticked
  > title: Ticked
  > phases:
  >   - id: one
  >     title: One
  >     tasks:
  >       - { id: a, title: Task a, x-done: true }
  >       - { id: b, title: Task b }
  >       - id: c
  >         title: Task c
  >         x-done: True
  >         tasks:
  >           - { id: c1, title: Sub-task c1, x-done: true }
  >       - { id: d, title: Task d, x-done: "true" }
  >       - { id: e, title: Task e, x-done: yes }
  >     weeks:
  >       - title: Week 1
  >         tasks:
  >           - { id: f, title: Task f, x-done: TRUE }
  > YAML
  $ STRIDE_DB=x.db stride import --dry-run ticked.yaml
  would import ticked: 1 phase, 1 week block, 7 tasks, 0 criteria, 0 deliverables, 0 resources (a new plan)
  stride: 4 tasks of ticked.yaml are marked x-done: true (ticked in the Markdown); 'stride import --mark-done ticked.yaml' marks them done
  $ STRIDE_DB=x.db stride import --dry-run --mark-done ticked.yaml
  would import ticked: 1 phase, 1 week block, 7 tasks, 0 criteria, 0 deliverables, 0 resources (a new plan)
  would mark 4 tasks done (x-done: true)
  $ ls x.db
  ls: cannot access 'x.db': No such file or directory
  [2]

The first import brings them in as to do and makes the offer once; a
later import does not repeat it:

  $ STRIDE_DB=x.db stride import ticked.yaml
  imported ticked: 1 phase, 1 week block, 7 tasks, 0 criteria, 0 deliverables, 0 resources
  stride: 4 tasks of ticked.yaml are marked x-done: true (ticked in the Markdown); 'stride import --mark-done ticked.yaml' marks them done
  $ STRIDE_DB=x.db stride import ticked.yaml
  ticked: up to date

`--mark-done` marks those still to do or started, not one that was
skipped, as one step for undo:

  $ STRIDE_DB=x.db stride skip c1
  skipped 7  Sub-task c1
  ticked: 0% done (0 of 6)
  $ STRIDE_DB=x.db stride start f
  started 3  Task f
  ticked: 0% done (0 of 6)
  $ STRIDE_DB=x.db stride import --mark-done --dry-run ticked.yaml
  ticked: up to date
  would mark 3 tasks done (x-done: true)
  $ STRIDE_DB=x.db stride import --mark-done ticked.yaml
  ticked: up to date
  marked 3 tasks done (x-done: true); 'stride undo' takes them back
  $ STRIDE_DB=x.db stride list
  ticked: Ticked
  1  One  [3/6]
  2    Week 1  [1/1]
  3      [x] Task f
  4    [x] Task a
  5    [ ] Task b
  6    [x] Task c
  7      [-] Sub-task c1
  8    [ ] Task d
  9    [ ] Task e
  $ STRIDE_DB=x.db stride import --mark-done ticked.yaml
  ticked: up to date
  the 4 tasks with x-done: true are done or skipped already
  $ STRIDE_DB=x.db stride undo
  undid   done   3  Task f  (doing again)
  undid   done   6  Task c  (todo again)
  undid   done   4  Task a  (todo again)
  $ STRIDE_DB=x.db stride import --mark-done plan.yaml 2>/dev/null | tail -n 1
  no task of plan.yaml has x-done: true


A plan read from another file
-----------------------------

The plan moves to another file, changed on the way, while the first is
still there (so --replace: see foreign.t): the report says both, on one
line, and the re-sync follows the new file from then on:

  $ cp data/resources/library.yaml old.yaml
  $ STRIDE_DB=moved.db stride import old.yaml
  imported library: 2 phases, 2 week blocks, 5 tasks, 0 criteria, 0 deliverables, 7 resources
  $ sed 's/title: Read chapter 3/title: Read chapter 3 again/' old.yaml > new.yaml
  $ STRIDE_DB=moved.db stride import --replace --dry-run new.yaml | sed "s|$PWD|DIR|"
  library: 1 would be retitled; would be read from new.yaml now (it was DIR/old.yaml, replaced)
    retitled  ch3  Read chapter 3 again  (was: Read chapter 3)
  $ STRIDE_DB=moved.db stride import --replace new.yaml | sed "s|$PWD|DIR|"
  library: 1 retitled; read from new.yaml now (it was DIR/old.yaml, replaced)
    retitled  ch3  Read chapter 3 again  (was: Read chapter 3)

A comment added to a plan file changes no plan: the re-sync stores the
new file quietly (the old file is no plan's any more):

  $ echo "# a comment" >> old.yaml
  $ echo "# another" >> new.yaml
  $ STRIDE_DB=moved.db stride status 2>&1 | head -n 1
  Databases, from the books (library)
