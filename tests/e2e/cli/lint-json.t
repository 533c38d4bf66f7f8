stride lint --json: one JSON array on stdout, one object a file, nothing on
stderr, the same exit status as without --json.

The JSON is compacted here (`tr -d '\n\t'` removes the layout; a tab or a
newline inside a string is escaped, never raw), so that an expectation is
one line per command, and `json` keeps the exit status of stride.

  $ set -o pipefail
  $ json() { stride lint --json "$@" | tr -d '\n\t'; local st=$?; echo; return $st; }

A valid file
============

Every field: the plan's id, title and dates; the counts (phases at every
level, week blocks, tasks with sub-tasks, criteria with those inside
deliverables, deliverables of phases and week blocks, resources of the
library plus inline ones, a reference by id not counted again); each phase
with its id (null without one), key, resolved dates (null when
unscheduled), sub-phases and week blocks.

  $ json data/good/counts.yaml
  [{"file":"data/good/counts.yaml","valid":true,"plan":"counts","title":"Everything that is counted","start":"2025-03-03","end":"2025-03-31","counts":{"phases":3,"weeks":2,"tasks":9,"criteria":4,"deliverables":3,"resources":4,"habits":0},"phases":[{"id":"one","key":"one","title":"One","start":"2025-03-03","end":"2025-03-16","phases":[{"id":null,"key":"one/sub-phase","title":"Sub-phase","start":null,"end":null,"phases":[],"weeks":[]}],"weeks":[{"key":"one/week-1","title":null,"start":"2025-03-03","end":"2025-03-09"}, {"key":"one/week-2","title":"Second week","start":"2025-03-10","end":"2025-03-16"}]}, {"id":null,"key":"two","title":"Two","start":"2025-03-17","end":"2025-03-23","phases":[],"weeks":[]}],"errors":[],"warnings":[]}]

The plan of the format's own example (example.yaml): 3 phases, 2 week
blocks, 8 tasks (2 + 2 + 1 with its 2 sub-tasks + 1), 3 criteria, 1
deliverable, 1 resource; phase-2 (3w) follows phase-1, its week 1 and weeks
2-3 are counted from its start; bonus is unscheduled.

  $ json data/example.yaml
  [{"file":"data/example.yaml","valid":true,"plan":"backend-2025","title":"Mid-Level Backend Roadmap (2025)","start":"2025-06-12","end":"2025-12-31","counts":{"phases":3,"weeks":2,"tasks":8,"criteria":3,"deliverables":1,"resources":1,"habits":0},"phases":[{"id":"phase-1","key":"phase-1","title":"Language & Runtime Mastery","start":"2025-06-12","end":"2025-07-09","phases":[],"weeks":[]}, {"id":"phase-2","key":"phase-2","title":"Data & Persistence","start":"2025-07-10","end":"2025-07-30","phases":[],"weeks":[{"key":"phase-2/week-1","title":"Postgres indexing","start":"2025-07-10","end":"2025-07-16"}, {"key":"phase-2/week-2-3","title":"Prisma and Redis","start":"2025-07-17","end":"2025-07-30"}]}, {"id":"bonus","key":"bonus","title":"Bonus focus areas","start":null,"end":null,"phases":[],"weeks":[]}],"errors":[],"warnings":[]}]

Strings are escaped as JSON: a quote, a backslash, a tab; other Unicode
passes through.

  $ stride lint --json data/good/escapes.yaml | tr -d '\n\t' | grep -oE '"title":"([^"\\]|\\.)*"'
  "title":"Quotes \" and \\ backslashes"
  "title":"Tab\there, Ünïcödé → 日本語"

Warnings are listed, and the plan is still valid (exit 0):

  $ json data/good/warnings.yaml | grep -oE '"valid":[a-z]+|"warnings":.*'
  "valid":true
  "warnings":[{"line":9,"column":9,"message":"phase 'Runs past the parent' ends 2025-03-15, after its parent phase ends (2025-03-10)"}, {"line":15,"column":5,"message":"phase 'Overlapping sibling' (2025-04-05 to 2025-04-15) overlaps 'First sibling' (2025-04-01 to 2025-04-10)"}, {"line":22,"column":9,"message":"week block 'Past the phase end' ends 2025-05-14, after its phase ends (2025-05-07)"}]}]

An invalid file
===============

No plan (a load gives a whole plan or nothing): plan, title, dates and
counts are null, phases empty; every error with its line and column.

  $ json data/bad/unknown-skill.yaml
  [{"file":"data/bad/unknown-skill.yaml","valid":false,"plan":null,"title":null,"start":null,"end":null,"counts":null,"phases":[],"errors":[{"line":7,"column":15,"message":"unknown skill 'node': declare it in the plan's 'skills' list"}, {"line":10,"column":14,"message":"unknown skill 'sq1' (did you mean 'sql'?)"}],"warnings":[]}]
  [65]

The same errors, in the same order, as without --json:

  $ stride lint --json data/bad/multiple-errors.yaml | tr -d '\n\t' | grep -oE '"line":[0-9]+,"column":[0-9]+'
  "line":6,"column":17
  "line":7,"column":12
  "line":9,"column":5
  "line":13,"column":19
  "line":14,"column":19
  "line":15,"column":9
  "line":18,"column":5
  "line":19,"column":5
  [65]

An empty file, at 1:1:

  $ json data/bad/empty.yaml
  [{"file":"data/bad/empty.yaml","valid":false,"plan":null,"title":null,"start":null,"end":null,"counts":null,"phases":[],"errors":[{"line":1,"column":1,"message":"the file is empty: a plan needs at least 'stride', 'id', 'title' and 'phases'"}],"warnings":[]}]
  [65]

Nothing on stderr
=================

  $ stride lint --json data/bad/multiple-errors.yaml nope.yaml 2>&1 >/dev/null
  [1]

Several files, standard input, a file that cannot be read
=========================================================

One array, the objects in the order of the arguments; a file that cannot be
read has no line or column; exit 1 wins over 65.

  $ json - data/bad/version-2.yaml nope.yaml < data/good/start-end.yaml
  [{"file":"<stdin>","valid":true,"plan":"start-end","title":"Start and end give exactly that span","start":"2025-03-01","end":"2025-04-01","counts":{"phases":2,"weeks":0,"tasks":0,"criteria":0,"deliverables":0,"resources":0,"habits":0},"phases":[{"id":null,"key":"spring","title":"Spring","start":"2025-03-01","end":"2025-03-31","phases":[],"weeks":[]}, {"id":null,"key":"one-day","title":"One day","start":"2025-04-01","end":"2025-04-01","phases":[],"weeks":[]}],"errors":[],"warnings":[]}, {"file":"data/bad/version-2.yaml","valid":false,"plan":null,"title":null,"start":null,"end":null,"counts":null,"phases":[],"errors":[{"line":1,"column":9,"message":"this plan is in format version 2; this stride reads version 1"}],"warnings":[]}, {"file":"nope.yaml","valid":false,"plan":null,"title":null,"start":null,"end":null,"counts":null,"phases":[],"errors":[{"line":null,"column":null,"message":"cannot read the file: No such file or directory"}],"warnings":[]}]
  [1]

A file over 64 MiB, refused at 1:1 from its size:

  $ truncate -s 65M big.yaml
  $ json big.yaml
  [{"file":"big.yaml","valid":false,"plan":null,"title":null,"start":null,"end":null,"counts":null,"phases":[],"errors":[{"line":1,"column":1,"message":"the file is 68157440 bytes, more than the 64 MiB (67108864 bytes) a plan may have"}],"warnings":[]}]
  [65]
  $ rm big.yaml

Dates and keys through --json
=============================

The resolved dates of the hardest rules, read straight from the JSON:
month clamping (2025-01-31 + 1m ends 2025-02-27), a leap day + 12m, a start
alone that ends with its week blocks.

  $ stride lint --json data/good/month-clamp.yaml | tr -d '\n\t' | grep -oE '"key":"january-2025"[^}]*'
  "key":"january-2025","title":"January 2025","start":"2025-01-31","end":"2025-02-27","phases":[],"weeks":[]
  $ stride lint --json data/good/leap-day.yaml | tr -d '\n\t' | grep -oE '"key":"a-year-from-a-leap-day","title":"[^"]*","start":"[^"]*","end":"[^"]*"'
  "key":"a-year-from-a-leap-day","title":"A year from a leap day","start":"2024-02-29","end":"2025-02-27"
  $ stride lint --json data/good/start-with-children.yaml | tr -d '\n\t' | grep -oE '"key":"week-blocks[^}]*'
  "key":"week-blocks","title":"Week blocks","start":"2025-04-01","end":"2025-04-21","phases":[],"weeks":[{"key":"week-blocks/week-1","title":"Warm up","start":"2025-04-01","end":"2025-04-07"
  "key":"week-blocks/week-2-3","title":"Main work","start":"2025-04-08","end":"2025-04-21"
