Identity across edits, and stride adopt
=======================================

An item without an id is known by its title and by its place
(docs/plan-format.md, "Identity, and what re-importing keeps").

  $ cp data/sync/base.yaml plan.yaml
  $ stride import plan.yaml
  imported sync-demo: 2 phases, 2 week blocks, 6 tasks, 1 criterion, 1 deliverable, 0 resources
  $ stride done 3
  done    3  Install the toolchain
  sync-demo: 12% done (1 of 8)
  $ stride log 40m 3 --date 2025-07-10
  logged  40 min on 3  Install the toolchain, 2025-07-10
  $ stride note 3 -m 'rustup then cargo'
  noted   3  Install the toolchain

Retitled in place (the same week block, between the same siblings): the
same item, its progress kept, and the report says so:

  $ sed -i 's/- Install the toolchain/- Install the compiler/' plan.yaml
  $ stride import plan.yaml
  sync-demo: 1 retitled
    retitled  basics/week-1/install-the-compiler  Install the compiler  (same place; was: Install the toolchain)
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [1/2]
   3    [x] Install the compiler
   4    [ ] Write hello world  (1 day late)

Retitled and moved among its siblings at once: its place tells nothing,
so it is removed (archived, with its progress) and added (to do):

  $ swap() { perl -0pi -e "s/(          - $1\n)(          - id: hello\n            title: Write hello world\n)/\$2          - $2\n/" plan.yaml; }
  $ swap 'Install the compiler' 'Install rustc'
  $ stride list 2 2>&1 | sed "s#$(pwd -P)/##"
  stride: plan.yaml changed; synced sync-demo: 1 added, 1 removed
    added     basics/week-1/install-rustc  Install rustc
    removed   basics/week-1/install-the-compiler  Install the compiler  (archived with its progress)
   2  Setup  2025-07-07..2025-07-13  [0/2]
   4    [ ] Write hello world  (1 day late)
  13    [ ] Install rustc  (1 day late)
  $ stride list --all | tail -n 2
  archived (no longer in the plan file):
   3  [x] Install the compiler  (archived)

stride adopt moves the archived item's progress onto the new one, day and
all; the plan counts it again:

  $ stride adopt compiler rustc
  adopted the progress of 'Install the compiler' (archived) onto 13 'Install rustc': done, 40 min, a note
  sync-demo: 12% done (1 of 8)
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [1/2]
   4    [ ] Write hello world  (1 day late)
  13    [x] Install rustc
  $ stride list --json 13 | grep -o '"\(status\|minutes\|note\)":[^,]*'
  "status":"done"
  "minutes":40
  "note":"rustup then cargo"
  $ stride list --json 3 | grep -o '"\(status\|archived\|minutes\)":[^,]*'
  "status":"todo"
  "archived":true
  "minutes":0

It is one step for undo:

  $ stride undo
  undid   adopt  13  Install rustc  (the progress is back on 'Install the compiler', archived)
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [0/2]
   4    [ ] Write hello world  (1 day late)
  13    [ ] Install rustc  (1 day late)
  $ stride list --all | tail -n 1
   3  [x] Install the compiler  (archived)

and redo makes it again, exactly (the progress on 13 once more); undo then
takes the redo back:

  $ stride redo
  redid   adopt  13  Install rustc  (the progress of 'Install the compiler' on it again)
  $ stride list --json 13 | grep -o '"\(status\|minutes\|note\)":[^,]*'
  "status":"done"
  "minutes":40
  "note":"rustup then cargo"
  $ stride list --json 3 | grep -o '"\(status\|archived\|minutes\)":[^,]*'
  "status":"todo"
  "archived":true
  "minutes":0
  $ stride undo
  undid   adopt  13  Install rustc  (the progress is back on 'Install the compiler', archived)
  $ stride list --all | tail -n 1
   3  [x] Install the compiler  (archived)

Every bad input changes nothing, with a line that says what to do
instead: no items, one item, too many, an unknown option:

  $ stride adopt
  stride adopt: no items given: the archived item, then the one that takes its progress
  usage: stride adopt [--force] OLD NEW (see 'stride help adopt')
  [2]
  $ stride adopt 3
  stride adopt: no item to take the progress of '3'
  usage: stride adopt [--force] OLD NEW (see 'stride help adopt')
  [2]
  $ stride adopt 3 13 14
  stride adopt: unexpected '14'
  usage: stride adopt [--force] OLD NEW (see 'stride help adopt')
  [2]
  $ stride adopt --frob 3 13
  stride adopt: unknown option '--frob'
  usage: stride adopt [--force] OLD NEW (see 'stride help adopt')
  [2]

An item that names nothing, or several:

  $ stride adopt 99 13
  stride: sync-demo has no item 99 ('stride list' shows the numbers)
  [2]
  $ stride adopt 3 nothing-like-it
  stride: nothing in sync-demo matches 'nothing-like-it': give a number or a key from 'stride list', or part of a title
  [2]
  $ stride adopt 3 a
  stride: 'a' matches 8 items in sync-demo; give the number of the one you mean:
        1  Basics  (basics)
       13  Install rustc  (basics/week-1/install-rustc)
        5  Syntax  (basics/week-2)
        6  Read the syntax chapter  (basics/week-2/read-the-syntax-chapter)
        7  Take the syntax quiz  (quiz)
        9  Advanced  (advanced)
       11  Profile a program  (profiler)
       12  A small benchmark suite  (advanced/a-small-benchmark-suite)
  [2]

OLD not archived (or the two the wrong way round), NEW archived, the
same item twice, kinds that do not share progress, nothing to adopt (once
adopted, OLD holds nothing); and the store is as it was:

  $ snap() { cksum .local/share/stride/stride.db; }
  $ stride adopt 4 13
  stride: 4 'Write hello world' is in the plan file, not archived: adopt takes the progress of an archived item ('stride list --all' lists them last)
  [65]
  $ stride adopt 13 3
  stride: 13 'Install rustc' is in the plan file, not archived: adopt takes the progress of an archived item ('stride list --all' lists them last)
  [65]
  $ sed -i '/- Read the syntax chapter/d' plan.yaml
  $ stride list 6 2>&1 | sed "s#$(pwd -P)/##"
  stride: plan.yaml changed; synced sync-demo: 1 removed
    removed   basics/week-2/read-the-syntax-chapter  Read the syntax chapter  (archived with its progress)
   6  [ ] Read the syntax chapter  (archived)
  $ snap > before
  $ stride adopt 3 6
  stride: 6 'Read the syntax chapter' is archived: give the item of the plan file that takes the progress ('stride list' shows them)
  [65]
  $ stride adopt 3 3
  stride: 3 and 3 are the same item (3): give the archived item first, then the one that takes its progress
  [65]
  $ stride adopt 3 2
  stride: 'Install the compiler' is a task and 'Setup' a week: a task, criterion or deliverable takes another's progress, a resource a resource's
  [65]
  $ snap > after; cmp before after && echo unchanged
  unchanged
  $ stride adopt 3 13 >/dev/null
  $ stride adopt 3 13
  stride: 3 'Install the compiler' (archived) holds no progress: nothing to adopt
  [65]
  $ stride undo
  undid   adopt  13  Install rustc  (the progress is back on 'Install the compiler', archived)

NEW with progress of its own is refused, unless --force (the time adds
up, both notes are kept):

  $ stride start 13
  started 13  Install rustc
  sync-demo: 0% done (0 of 7)
  $ stride note 13 -m 'rustc alone'
  noted   13  Install rustc
  $ stride adopt 3 13
  stride: 13 'Install rustc' has progress of its own (doing, a note): 'stride adopt --force 3 13' adopts all the same (the time adds up, both notes are kept, the status is the archived item's)
  [65]
  $ stride list 13
  13  [~] Install rustc
  $ stride adopt --force 3 13
  adopted the progress of 'Install the compiler' (archived) onto 13 'Install rustc': done, 40 min, a note
  sync-demo: 14% done (1 of 7)
  $ stride list --json 13 | grep -o '"\(status\|minutes\|note\)":"*[^,]*'
  "status":"done"
  "minutes":40
  "note":"rustup then cargo\n\nrustc alone"
  $ stride undo
  undid   adopt  13  Install rustc  (the progress is back on 'Install the compiler', archived)
  $ stride list 13
  13  [~] Install rustc

Items of two plans:

  $ cp data/sync/pace.yaml pace.yaml
  $ stride import pace.yaml
  imported pace: 3 phases, 2 week blocks, 9 tasks, 1 criterion, 1 deliverable, 0 resources
  $ stride adopt sync-demo:3 pace:16
  stride: 'Install the compiler' and 'Read about compilers' are items of two plans: adopt moves progress within one plan (name both with the same PLAN:)
  [65]
