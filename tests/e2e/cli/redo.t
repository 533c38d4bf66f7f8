stride redo (issue 15): the inverse of undo, as deep as the undos go; a
new change after an undo ends the chain. The plan is data/sync/pace.yaml.

With no store, nothing to redo (and no store made):

  $ stride redo
  stride: nothing to redo
  [1]
  $ ls .local/share/stride
  ls: cannot access '.local/share/stride': No such file or directory
  [2]

  $ cp data/sync/pace.yaml pace.yaml
  $ stride import pace.yaml > /dev/null
  $ stride redo
  stride: nothing to redo
  [1]

After one undo, redo makes the change again, on the day it was made:

  $ STRIDE_TODAY=2025-07-12 stride done 2
  done    2  Read the tutorial
  pace: 10% done (1 of 10)
  $ stride undo
  undid   done   2  Read the tutorial  (todo again)
  $ stride list --json 2 | grep -o '"status":"[a-z]*"'
  "status":"todo"
  $ stride redo
  redid   done   2  Read the tutorial  (done again)
  $ stride list --json 2 | grep -o -e '"status":"[a-z]*"' -e '"done_on":"[0-9-]*"'
  "status":"done"
  $ stride redo
  stride: nothing to redo
  [1]

Undo after a redo takes the redo back, and redo again redoes it:

  $ stride undo
  undid   done   2  Read the tutorial  (todo again)
  $ stride redo
  redid   done   2  Read the tutorial  (done again)

After several undos, redo takes them back one at a time, the last undone
first; a step of several changes comes back whole:

  $ stride start 3 > /dev/null
  $ stride log 45m 3 > /dev/null
  $ stride note 3 -m 'halfway through' > /dev/null
  $ stride done 4 6 > /dev/null
  $ stride undo; stride undo; stride undo; stride undo
  undid   done   6  Can explain the basics  (todo again)
  undid   done   4  Read the style guide  (todo again)
  undid   note   3  Set up the editor
  undid   log    3  Set up the editor  (45 min)
  undid   start  3  Set up the editor  (todo again)
  $ stride list 1
   1  Phase one  2025-07-07..2025-07-16  [1/4]
   2    [x] Read the tutorial
   3    [ ] Set up the editor
   4    [ ] Read the style guide
   5    [ ] Watch the conference talk  (optional)
   6    [ ] criterion: Can explain the basics
  $ stride redo
  redid   start  3  Set up the editor  (doing again)
  $ stride redo
  redid   log    3  Set up the editor  (45 min)
  $ stride redo
  redid   note   3  Set up the editor
  $ stride redo
  redid   done   4  Read the style guide  (done again)
  redid   done   6  Can explain the basics  (done again)
  $ stride list --json 3 | grep -o -e '"status":"[a-z]*"' -e '"minutes":[0-9]*' -e '"note":"[^"]*"'
  "status":"doing"
  "minutes":45
  "note":"halfway through"
  $ stride redo
  stride: nothing to redo
  [1]

A new change after an undo ends the chain, for that undo and those before:

  $ stride undo; stride undo
  undid   done   6  Can explain the basics  (todo again)
  undid   done   4  Read the style guide  (todo again)
  undid   note   3  Set up the editor
  $ stride done 13
  done    13  Test the parser
  pace: 20% done (2 of 10)
  $ stride redo
  stride: nothing to redo: a change was made after the last undo
  [1]

Undo that new change, and redo is there again for it (and it alone):

  $ stride undo
  undid   done   13  Test the parser  (todo again)
  $ stride redo
  redid   done   13  Test the parser  (done again)
  $ stride redo
  stride: nothing to redo: a change was made after the last undo
  [1]

A move of the dates (stride start, shift) and a pause come back as they
were made; undo after the redo puts the dates back again:

  $ stride list 1 | head -1
   1  Phase one  2025-07-07..2025-07-16  [1/4]
  $ stride start pace 2025-08-04 > /dev/null
  $ stride list 1 | head -1
   1  Phase one  2025-08-04..2025-08-13  [1/4]
  $ stride undo
  undid   stride start: the plan's dates are as they were before
  $ stride list 1 | head -1
   1  Phase one  2025-07-07..2025-07-16  [1/4]
  $ stride redo
  redid   stride start: the plan's dates are as they were after it
  $ stride list 1 | head -1
   1  Phase one  2025-08-04..2025-08-13  [1/4]
  $ stride list 8 | head -1
   8  Parsing  2025-08-14..2025-08-20  [0/3]
  $ stride shift 3d --from 2025-08-14 > /dev/null
  $ stride list 8 | head -1
   8  Parsing  2025-08-17..2025-08-23  [0/3]
  $ stride undo
  undid   stride shift: the plan's dates are as they were before
  $ stride list 8 | head -1
   8  Parsing  2025-08-14..2025-08-20  [0/3]
  $ stride redo
  redid   stride shift: the plan's dates are as they were after it
  $ stride list 8 | head -1
   8  Parsing  2025-08-17..2025-08-23  [0/3]
  $ stride undo
  undid   stride shift: the plan's dates are as they were before
  $ stride list 8 | head -1
   8  Parsing  2025-08-14..2025-08-20  [0/3]
  $ stride redo
  redid   stride shift: the plan's dates are as they were after it
  $ stride list 8 | head -1
   8  Parsing  2025-08-17..2025-08-23  [0/3]
  $ STRIDE_TODAY=2025-08-04 stride pause 2025-08-11 2025-08-13 > /dev/null
  $ stride undo
  undid   stride pause: its 3 days are plan days again
  $ stride pause --list
  pace has no pauses
  $ stride redo
  redid   stride pause: its 3 days are off the plan again
  $ stride pause --list
  2025-08-11 to 2025-08-13  (3 days)
  $ stride undo
  undid   stride pause: its 3 days are plan days again
  $ stride pause --list
  pace has no pauses
  $ stride redo
  redid   stride pause: its 3 days are off the plan again
  $ stride pause --list
  2025-08-11 to 2025-08-13  (3 days)

The redo travels: an export has it (as a change naming the undo it
reverts), and a store restored from it is where this one is:

  $ stride export -o mine.json
  exported 1 plan, 39 events, 0 reflections and 0 ratings to mine.json
  $ XDG_DATA_HOME=$PWD/other stride restore mine.json > /dev/null
  $ XDG_DATA_HOME=$PWD/other stride list > other.txt; stride list > here.txt; cmp other.txt here.txt
  $ XDG_DATA_HOME=$PWD/other stride pause --list
  2025-08-11 to 2025-08-13  (3 days)
