The weekly reflection (issue 5): `stride reflect [WEEK] [-m TEXT | --from
FILE]` writes the answers to the plan's prompts and the skill ratings of an
ISO week, `stride rate SKILL N [--week WEEK]` sets one rating. Today is
Monday 2025-07-14, in 2025-W29 (STRIDE_TODAY); single commands move it with
STRIDE_TODAY=...

The plan is data/reflect/weekly.yaml (its header says how its numbers were
chosen): three prompts, "What went well?", "What was hard?" and "Goals for
next week"; two rated skills, node (Node & TypeScript) and sql (SQL and
data modelling); git is a skill it does not rate. The schedule has 195
minutes a week; wed, fri and sun are rest days.

  $ cp data/reflect/weekly.yaml weekly.yaml
  $ stride import weekly.yaml
  imported weekly: 2 phases, 2 week blocks, 7 tasks, 1 criterion, 1 deliverable, 0 resources

The week so far: an hour on Saturday 07-12 (last week) and 20 minutes
today; today 2, 4 and the criterion 7 done, 3 started and 6 skipped.

  $ stride log 1h --date 2025-07-12 > /dev/null
  $ stride log 20m > /dev/null
  $ stride done 2 4 7 > /dev/null
  $ stride start 3 > /dev/null
  $ stride skip 6 > /dev/null
  $ j() { tr -d '\t'; }


The editor's file
-----------------

The editors are small scripts in this directory, run with the file's path
as their argument. This one keeps a copy of what it was given and changes
nothing:

  $ printf '#!/bin/sh\ncp "$1" seen.md\n' > copy-editor
  $ chmod +x copy-editor
  $ EDITOR=./copy-editor stride reflect
  stride: the reflection is unchanged: nothing saved

The facts of the week in a comment: 20 minutes of the 195 scheduled; 3
done, one of them the criterion; 1 started, 1 skipped; the streak is
Saturday, Sunday (a rest day, without activity) and today: 2 days, and the
week is not over. Then a heading for each prompt, and the ratings, blank,
each skill's name beside its id:

  $ cat seen.md
  <!-- stride: the reflection of weekly for 2025-W29, 14 to 20 July 2025
       Logged: 20m of 3h15m scheduled
       Done: 3 (1 criterion); started 1; skipped 1
       Streak: 2 days so far
  
       Write under each heading; under Ratings give each skill 1 to 5
       (a blank changes nothing). This comment is not saved;
       an emptied or unchanged file saves nothing. -->
  
  ## What went well?
  
  
  ## What was hard?
  
  
  ## Goals for next week
  
  
  ## Ratings
  
  - node:    <!-- Node & TypeScript -->
  - sql:    <!-- SQL and data modelling -->

Last week's facts: the hour of Saturday (of 195 minutes), nothing done,
and a streak of 1 day at the week's end (Thursday 07-10, a study day, has
no activity):

  $ EDITOR=./copy-editor stride reflect last
  stride: the reflection is unchanged: nothing saved
  $ sed -n 1,4p seen.md
  <!-- stride: the reflection of weekly for 2025-W28, 7 to 13 July 2025
       Logged: 1h of 3h15m scheduled
       Done: 0; started 0; skipped 0
       Streak: 1 day at the week's end


Writing it in the editor
------------------------

An editor that writes answers under two of the headings, the way a person
does (the comment stays), and rates both skills:

  $ cat > write-editor <<'EOF'
  > #!/bin/sh
  > awk '{ print }
  >   /^## What went well[?]$/ { print ""; print "Finished the event loop chapter."; print ""; print "- promises make sense now" }
  >   /^## What was hard[?]$/ { print ""; print "Backpressure in streams." }' "$1" > "$1.new"
  > sed 's/^- node:.*/- node: 3/; s/^- sql:.*/- sql: 2/' "$1.new" > "$1"
  > rm "$1.new"
  > EOF
  $ chmod +x write-editor
  $ EDITOR=./write-editor stride reflect
  saved   the reflection of weekly for 2025-W29 (version 1)

review shows them; the prompt left empty is marked:

  $ stride review | sed -n '/^## Reflection/,$p'
  ## Reflection
  
  ### What went well?
  
  Finished the event loop chapter.
  
  - promises make sense now
  
  ### What was hard?
  
  Backpressure in streams.
  
  ### Goals for next week
  
  _(left blank)_
  
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | 3/5 | first rating |
  | SQL and data modelling | 2/5 | first rating |

The editor's file now holds the current answers and ratings:

  $ EDITOR=./copy-editor stride reflect
  stride: the reflection is unchanged: nothing saved
  $ sed -n '/^## /,$p' seen.md
  ## What went well?
  
  Finished the event loop chapter.
  
  - promises make sense now
  
  ## What was hard?
  
  Backpressure in streams.
  
  ## Goals for next week
  
  
  ## Ratings
  
  - node: 3  <!-- Node & TypeScript -->
  - sql: 2  <!-- SQL and data modelling -->

No temporary file is left behind:

  $ ls "$TMPDIR" | grep -c stride-reflection
  0
  [1]


Edits that save nothing
-----------------------

An editor that fails, one that leaves the file as it was and one that
empties it save nothing, and say so; only the failure is an error:

  $ printf '#!/bin/sh\nexit 1\n' > fail-editor
  $ printf '#!/bin/sh\nexit 0\n' > same-editor
  $ printf '#!/bin/sh\n: > "$1"\n' > empty-editor
  $ chmod +x fail-editor same-editor empty-editor
  $ EDITOR=./fail-editor stride reflect
  stride: the editor failed (exit status 1): nothing saved
  [1]
  $ EDITOR=./same-editor stride reflect
  stride: the reflection is unchanged: nothing saved
  $ EDITOR=./empty-editor stride reflect
  stride: the reflection is empty: nothing saved
  $ EDITOR=./nosuch-editor stride reflect
  stride: cannot start the editor './nosuch-editor': No such file or directory (set VISUAL or EDITOR)
  [1]

$VISUAL comes before $EDITOR:

  $ VISUAL=./fail-editor EDITOR=./write-editor stride reflect
  stride: the editor failed (exit status 1): nothing saved
  [1]

Still the one version, with its answers:

  $ stride review --json | j | grep -e '"versions"' -e '"answer"'
  "versions":1,
  "answer":"Finished the event loop chapter.\n\n- promises make sense now"
  "answer":"Backpressure in streams."
  "answer":null
  $ ls "$TMPDIR" | grep -c stride-reflection
  0
  [1]


A file with mistakes
--------------------

A rating that is not a number from 1 to 5 and a skill the plan does not
rate are reported with their lines, like a compiler; nothing is saved and
the file is kept, its path printed, so that no text is lost:

  $ cat > bad-editor <<'EOF'
  > #!/bin/sh
  > cat > "$1" <<'TEXT'
  > ## What went well?
  > 
  > A long answer I do not want to type again.
  > 
  > ## Ratings
  > 
  > - node: seven
  > - nodejs: 3
  > - sql: 4
  > TEXT
  > EOF
  $ chmod +x bad-editor
  $ EDITOR=./bad-editor stride reflect
  .*/stride-reflection-[A-Za-z0-9]*\.md:7:1: error: the rating of 'node' must be a whole number from 1 to 5, got 'seven' (re)
  .*/stride-reflection-[A-Za-z0-9]*\.md:8:1: error: unknown skill 'nodejs' \(did you mean 'node'\?\): the skills rated are node, sql (re)
  stride: nothing saved; your text is kept in .*/stride-reflection-[A-Za-z0-9]*\.md (re)
  [65]
  $ ls "$TMPDIR" | grep -c stride-reflection
  1
  $ cat "$TMPDIR"/stride-reflection-*.md
  ## What went well?
  
  A long answer I do not want to type again.
  
  ## Ratings
  
  - node: seven
  - nodejs: 3
  - sql: 4
  $ rm "$TMPDIR"/stride-reflection-*.md

The reflection is as it was (the rating of sql too):

  $ stride review --json | j | grep -e '"versions"' -e '"rating"'
  "versions":1,
  "rating":3,
  "rating":2,


Versions
--------

A second save is a new version; the old one is kept, the latest shown:

  $ cat > rewrite-editor <<'EOF'
  > #!/bin/sh
  > sed 's/^Backpressure in streams\.$/Backpressure, and error handling in pipelines./; s/^- sql:.*/- sql: 3/' "$1" > "$1.new"
  > mv "$1.new" "$1"
  > EOF
  $ chmod +x rewrite-editor
  $ EDITOR=./rewrite-editor stride reflect
  saved   the reflection of weekly for 2025-W29 (version 2)
  $ stride review --json | j | grep -e '"versions"' -e '"answer"' -e '"rating"'
  "versions":2,
  "answer":"Finished the event loop chapter.\n\n- promises make sense now"
  "answer":"Backpressure, and error handling in pipelines."
  "answer":null
  "rating":3,
  "rating":3,
  $ stride review | grep -A2 '^### What was hard'
  ### What was hard?
  
  Backpressure, and error handling in pipelines.


-m and --from
-------------

-m TEXT answers the first prompt, no editor; the other answers and the
ratings stay as they were:

  $ stride reflect -m "Shipped the first endpoint."
  saved   the reflection of weekly for 2025-W29 (version 3)
  $ stride review --json | j | grep -e '"versions"' -e '"answer"' -e '"rating"'
  "versions":3,
  "answer":"Shipped the first endpoint."
  "answer":"Backpressure, and error handling in pipelines."
  "answer":null
  "rating":3,
  "rating":3,

An empty -m answers nothing: no empty version is saved (whatever it says
and however it exits, it prints no "saved" line):

  $ stride reflect 2025-W30 -m "" 2> /dev/null | grep -c '^saved'
  0
  [1]
  $ stride review 2025-W30 | grep -A2 '^## Reflection'
  ## Reflection
  
  _Not written yet: `stride reflect 2025-W30`._

--from FILE reads the editor's format (headings matched without case, the
answers trimmed); a mistake is reported with the file's name and line:

  $ cat > w27.md <<'EOF'
  > ## WHAT WENT WELL?
  > 
  >    Set up the toolchain.   
  > 
  > ## Ratings
  > - node: 2
  > - SQL and data modelling: 2
  > EOF
  $ stride reflect 2025-W27 --from w27.md
  saved   the reflection of weekly for 2025-W27 (version 1)
  $ stride review 2025-W27 --json | j | grep -e '"versions"' -e '"answer"' -e '"rating"'
  "versions":1,
  "answer":"Set up the toolchain."
  "answer":null
  "answer":null
  "rating":2,
  "rating":2,
  $ printf 'Notes first.\n## What went well?\nok\n## Ratings\n- sql: 9\n' > bad.md
  $ stride reflect 2025-W27 --from bad.md
  bad.md:1:1: error: text before the first heading: write under a '## ' heading
  bad.md:5:1: error: the rating of 'sql' must be a whole number from 1 to 5, got '9'
  [65]
  $ stride reflect 2025-W27 --from nosuch.md
  stride: cannot read nosuch.md: No such file or directory
  [1]

A file saved with CRLF line endings (an editor on Windows) reads the same:

  $ printf '## What went well?\r\n\r\nFrom Windows.\r\n\r\n## Ratings\r\n- sql: 4\r\n' > crlf.md
  $ stride reflect 2025-W31 --from crlf.md
  saved   the reflection of weekly for 2025-W31 (version 1)
  $ stride review 2025-W31 --json | j | grep -e '"answer"' -e '"rating"'
  "answer":"From Windows."
  "answer":null
  "answer":null
  "rating":null,
  "rating":4,

--from - reads stdin (here for the week of Monday 2025-06-30, 2025-W27):

  $ printf '## What was hard?\nThe build.\n' | stride reflect 2025-06-30 --from -
  saved   the reflection of weekly for 2025-W27 (version 2)
  $ stride review 2025-W27 --json | j | grep -e '"versions"' -e '"answer"'
  "versions":2,
  "answer":null
  "answer":"The build."
  "answer":null

-m and --from exclude one another:

  $ stride reflect -m x --from w27.md
  stride reflect: give -m or --from, not both
  usage: stride reflect [WEEK] [-m TEXT | --from FILE] (see 'stride help reflect')
  [2]


Weeks
-----

WEEK is an ISO week (2025-W28, or 2025-W7), a date in the week, this, last,
or -N (N weeks ago); the default is this week:

  $ stride reflect 2025-W28 -m "One."
  saved   the reflection of weekly for 2025-W28 (version 1)
  $ stride reflect 2025-07-09 -m "Two."
  saved   the reflection of weekly for 2025-W28 (version 2)
  $ stride reflect 2025-07-13 -m "Three."
  saved   the reflection of weekly for 2025-W28 (version 3)
  $ stride reflect last -m "Four."
  saved   the reflection of weekly for 2025-W28 (version 4)
  $ stride reflect -1 -m "Five."
  saved   the reflection of weekly for 2025-W28 (version 5)
  $ stride reflect -2 -m "Six."
  saved   the reflection of weekly for 2025-W27 (version 3)
  $ stride reflect this -m "Seven."
  saved   the reflection of weekly for 2025-W29 (version 4)
  $ stride reflect 2025-07-20 -m "Eight."
  saved   the reflection of weekly for 2025-W29 (version 5)
  $ stride reflect 2025-W7 -m "Nine."
  saved   the reflection of weekly for 2025-W07 (version 1)

On a Sunday, this week is the one ending today; across a new year, the
ISO week of a late-December Monday is the next year's first:

  $ STRIDE_TODAY=2025-07-20 stride reflect this -m "Ten."
  saved   the reflection of weekly for 2025-W29 (version 6)
  $ STRIDE_TODAY=2025-01-01 stride reflect this -m "Eleven."
  saved   the reflection of weekly for 2025-W01 (version 1)
  $ STRIDE_TODAY=2025-01-01 stride reflect last -m "Twelve."
  saved   the reflection of weekly for 2024-W52 (version 1)
  $ stride reflect 2024-12-30 -m "Thirteen."
  saved   the reflection of weekly for 2025-W01 (version 2)
  $ stride reflect 2021-01-03 -m "Fourteen."
  saved   the reflection of weekly for 2020-W53 (version 1)
  $ stride reflect 2020-W53 -m "Fifteen."
  saved   the reflection of weekly for 2020-W53 (version 2)

Anything else is a usage error:

  $ stride reflect next -m x
  stride reflect: 'next' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride reflect [WEEK] [-m TEXT | --from FILE] (see 'stride help reflect')
  [2]
  $ stride reflect 2025-W53 -m x
  stride reflect: '2025-W53' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride reflect [WEEK] [-m TEXT | --from FILE] (see 'stride help reflect')
  [2]
  $ stride reflect 2025-07-32 -m x
  stride reflect: '2025-07-32' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride reflect [WEEK] [-m TEXT | --from FILE] (see 'stride help reflect')
  [2]
  $ stride reflect +1 -m x
  stride reflect: '+1' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride reflect [WEEK] [-m TEXT | --from FILE] (see 'stride help reflect')
  [2]
  $ stride reflect last this
  stride reflect: unexpected 'this'
  usage: stride reflect [WEEK] [-m TEXT | --from FILE] (see 'stride help reflect')
  [2]
  $ stride review 2025-W00
  stride review: '2025-W00' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride review [WEEK | --month YYYY-MM] [--json] (see 'stride help review')
  [2]


rate
----

One skill's rating for a week (this one unless --week says another), with
its change since the skill's last rating before that week:

  $ stride rate node 3 --week last
  rated   Node & TypeScript 3/5 for 2025-W28 (+1 since 2025-W27)
  $ stride rate node 4
  rated   Node & TypeScript 4/5 for 2025-W29 (+1 since 2025-W28)
  $ stride rate sql 1 --week 2025-07-09
  rated   SQL and data modelling 1/5 for 2025-W28 (-1 since 2025-W27)
  $ stride rate sql 2 --week 2025-W29
  rated   SQL and data modelling 2/5 for 2025-W29 (+1 since 2025-W28)
  $ stride review | sed -n '/^## Ratings/,$p'
  ## Ratings
  
  | Skill | Rating | Change |
  |---|---|---|
  | Node & TypeScript | 4/5 | +1 since 2025-W28 |
  | SQL and data modelling | 2/5 | +1 since 2025-W28 |

The editor's file shows the ratings in force for the week:

  $ EDITOR=./copy-editor stride reflect > /dev/null 2>&1
  $ grep '^- ' seen.md
  - node: 4  <!-- Node & TypeScript -->
  - sql: 2  <!-- SQL and data modelling -->

N is a whole number from 1 to 5:

  $ stride rate node 0
  stride rate: the rating must be a whole number from 1 to 5, got '0'
  usage: stride rate SKILL N [--week WEEK] (see 'stride help rate')
  [2]
  $ stride rate node 6
  stride rate: the rating must be a whole number from 1 to 5, got '6'
  usage: stride rate SKILL N [--week WEEK] (see 'stride help rate')
  [2]
  $ stride rate node seven
  stride rate: the rating must be a whole number from 1 to 5, got 'seven'
  usage: stride rate SKILL N [--week WEEK] (see 'stride help rate')
  [2]
  $ stride rate node 3.5
  stride rate: the rating must be a whole number from 1 to 5, got '3.5'
  usage: stride rate SKILL N [--week WEEK] (see 'stride help rate')
  [2]
  $ stride rate node
  stride rate: give a skill and a rating from 1 to 5
  usage: stride rate SKILL N [--week WEEK] (see 'stride help rate')
  [2]
  $ stride rate node 3 --week nosuch
  stride rate: 'nosuch' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride rate SKILL N [--week WEEK] (see 'stride help rate')
  [2]

A skill the plan does not rate is named with the list of those it does
(git is a skill of the plan, but not rated):

  $ stride rate nod 3
  stride: weekly rates no skill 'nod' \(did you mean 'node'\?\).*node.*sql.* (re)
  [2]
  $ stride rate git 3
  stride: weekly rates no skill 'git'.*node.*sql.* (re)
  [2]

Nothing of the above changed a rating:

  $ stride review --json | j | grep '"rating"'
  "rating":4,
  "rating":2,

A skill may also be named by its name, in any case:

  $ stride rate 'node & typescript' 5 --week 2025-W30
  rated   Node & TypeScript 5/5 for 2025-W30 (+1 since 2025-W29)


A plan with the default prompts and no skills
---------------------------------------------

data/reflect/defaults.yaml has no schedule, no skills and no `reflection`:
the default prompts, nothing to rate. It goes in a store of its own.

  $ stride --db reading.db import data/reflect/defaults.yaml
  imported reading: 1 phase, 0 week blocks, 2 tasks, 0 criteria, 0 deliverables, 0 resources
  $ stride --db reading.db log 30m > /dev/null
  $ EDITOR=./copy-editor stride --db reading.db reflect
  stride: the reflection is unchanged: nothing saved
  $ sed -n '1,4p; /^## /,$p' seen.md
  <!-- stride: the reflection of reading for 2025-W29, 14 to 20 July 2025
       Logged: 30m
       Done: 0; started 0; skipped 0
       Streak: 1 day so far
  ## What did I learn?
  
  
  ## What was hard?
  
  
  ## Goals for next week
  

The comment does not ask for ratings there are none of:

  $ grep -ci 'rate' seen.md
  0
  [1]

  $ stride --db reading.db rate node 3
  stride: reading rates no skills (its plan file has no 'skills', or 'reflection: rate: []')
  [2]
  $ printf '## Ratings\n- node: 3\n' | stride --db reading.db reflect --from -
  <stdin>:2:1: error: unknown skill 'node': this plan rates no skills
  [65]
  $ printf '## What did I learn?\nSICP 1.1\n' | stride --db reading.db reflect --from -
  saved   the reflection of reading for 2025-W29 (version 1)
  $ stride --db reading.db review | sed -n '/^## Reflection/,$p'
  ## Reflection
  
  ### What did I learn?
  
  SICP 1.1
  
  ### What was hard?
  
  _(left blank)_
  
  ### Goals for next week
  
  _(left blank)_
