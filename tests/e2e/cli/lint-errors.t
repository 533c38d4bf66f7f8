stride lint on files that are not valid plans: bad values, bad documents,
refused YAML features, nesting limits, many errors at once.

Every expectation here was worked out by hand from the plan format
(PLAN_FORMAT.md, "Values" and "Errors"): line and column are 1-based and
counted in characters; a bad value is reported at the value, a missing key
at the first key of the mapping that lacks it, an empty file at 1:1. An
invalid file exits 65.

Bad values
==========

A date that is not on the calendar, at the value (2023 and 1900 are not leap
years, there is no month 13):

  $ stride lint data/bad/bad-date.yaml
  data/bad/bad-date.yaml:6:12: error: 'start' 2025-02-30 is not a real date
  data/bad/bad-date.yaml:9:12: error: 'start' 2023-02-29 is not a real date
  data/bad/bad-date.yaml:12:12: error: 'start' 1900-02-29 is not a real date
  data/bad/bad-date.yaml:15:10: error: 'end' 2025-13-01 is not a real date
  [65]

A date not written YYYY-MM-DD:

  $ stride lint data/bad/not-a-date.yaml
  data/bad/not-a-date.yaml:6:12: error: 'start' must be a date like 2025-06-12, got "June 1st"
  data/bad/not-a-date.yaml:9:12: error: 'start' must be a date like 2025-06-12, got "2025-6-1"
  data/bad/not-a-date.yaml:12:12: error: 'start' must be a date like 2025-06-12, got "01/06/2025"
  [65]

A task's due date, inside a flow mapping:

  $ stride lint data/bad/bad-due.yaml
  data/bad/bad-due.yaml:7:40: error: 'due' must be a date like 2025-06-12, got "tomorrow"
  [65]

Durations are an integer and a unit d, w or m:

  $ stride lint data/bad/bad-duration.yaml
  data/bad/bad-duration.yaml:6:15: error: 'duration' must be a number and a unit like 10d, 6w or 4m; got "3 weeks"
  data/bad/bad-duration.yaml:8:15: error: 'duration' must be a number and a unit like 10d, 6w or 4m; got "1y"
  data/bad/bad-duration.yaml:10:15: error: 'duration' must be a number and a unit like 10d, 6w or 4m; got "w"
  [65]

Estimates (the message of the format's own example):

  $ stride lint data/bad/bad-estimate.yaml
  data/bad/bad-estimate.yaml:8:19: error: 'estimate' must be a duration like 90m or 1.5h, got "two hours"
  data/bad/bad-estimate.yaml:10:19: error: 'estimate' must be a duration like 90m or 1.5h, got "2d"
  [65]

`week` is a positive integer or a range N-M (not backwards):

  $ stride lint data/bad/bad-week.yaml
  data/bad/bad-week.yaml:9:15: error: 'week' must be a week of the phase like 3, or a range like 1-2; got "0"
  data/bad/bad-week.yaml:11:15: error: 'week' must be a week of the phase like 3, or a range like 1-2; got "3-2"
  data/bad/bad-week.yaml:13:15: error: 'week' must be a week of the phase like 3, or a range like 1-2; got "first"
  [65]

A week block names a week up to 1000 of its phase, a task a day up to
10000; past those the message says the limit (and inside a week block, the
block's own end):

  $ stride lint data/bad/week-past-limit.yaml
  data/bad/week-past-limit.yaml:9:15: error: 'week' 5000 is past week 1000, the last a week block may name (weeks count from its phase's start)
  data/bad/week-past-limit.yaml:11:15: error: 'week' 999-1001 is past week 1000, the last a week block may name (weeks count from its phase's start)
  data/bad/week-past-limit.yaml:15:46: error: 'days' 20000 runs past the end of its week block (7 days)
  data/bad/week-past-limit.yaml:17:29: error: 'days' 10001 is past day 10000, the last a task may name
  [65]

`days` is a day, a range (not backwards) or a weekday mon..sun:

  $ stride lint data/bad/bad-days.yaml
  data/bad/bad-days.yaml:11:34: error: 'days' must be a day like 3, a range like 1-2, or a weekday mon..sun; got "funday"
  data/bad/bad-days.yaml:12:35: error: 'days' must be a day like 3, a range like 1-2, or a weekday mon..sun; got "5-3"
  data/bad/bad-days.yaml:13:34: error: 'days' must be a day like 3, a range like 1-2, or a weekday mon..sun; got "0"
  [65]

Enumerations: a resource's kind, a task's priority, a flag:

  $ stride lint data/bad/bad-kind.yaml
  data/bad/bad-kind.yaml:7:11: error: 'kind' must be one of book, course, video, article, docs, practice, tool, other; got "paper"
  [65]

  $ stride lint data/bad/bad-priority.yaml
  data/bad/bad-priority.yaml:7:45: error: 'priority' must be high, medium or low, got "urgent"
  [65]

  $ stride lint data/bad/bad-bool.yaml
  data/bad/bad-bool.yaml:8:19: error: 'optional' must be true or false, got "maybe"
  [65]

A skill's level is 1 to 5:

  $ stride lint data/bad/bad-level.yaml
  data/bad/bad-level.yaml:5:34: error: 'level' must be a whole number from 1 to 5, got "6"
  data/bad/bad-level.yaml:6:30: error: 'level' must be a whole number from 1 to 5, got "0"
  [65]

A schedule day is `rest` or a mapping with minutes > 0:

  $ stride lint data/bad/bad-schedule.yaml
  data/bad/bad-schedule.yaml:5:19: error: 'minutes' must be a whole number from 1 to 1440, got "0"
  data/bad/bad-schedule.yaml:6:8: error: a schedule day must be 'rest' or a mapping like { minutes: 30, focus: Reading }; got "busy"
  data/bad/bad-schedule.yaml:7:19: error: 'minutes' must be a whole number from 1 to 1440, got "thirty"
  data/bad/bad-schedule.yaml:9:19: error: 'minutes' must be a whole number from 1 to 1440, got "-5"
  [65]

The format version is the integer 1:

  $ stride lint data/bad/version-2.yaml
  data/bad/version-2.yaml:1:9: error: this plan is in format version 2; this stride reads version 1
  [65]

Not the string "1" nor the number 1.0; for the quoted "1" the message must
say why "1" is not 1 (that it is quoted, a string, not an integer), else it
reads "must be 1, got 1":

  $ printf 'stride: 1.0\nid: v\ntitle: V\nphases:\n  - title: A\n' > float.yaml
  $ stride lint float.yaml
  float.yaml:1:9: error: 'stride' must be the format version, 1; got "1.0"
  [65]

  $ printf 'stride: "1"\nid: v\ntitle: V\nphases:\n  - title: A\n' > quoted.yaml
  $ stride lint quoted.yaml
  quoted.yaml:1:9: error: 'stride' must be the number 1, written without quotes; got "1"
  [65]

A plan has at least one phase:

  $ stride lint data/bad/no-phases.yaml
  data/bad/no-phases.yaml:1:1: error: a plan needs 'phases'
  [65]

  $ stride lint data/bad/empty-phases.yaml
  data/bad/empty-phases.yaml:4:9: error: 'phases' must hold at least one phase
  [65]

nor when `phases:` has no value at all (a plan not finished): that is no
phase either. Reported where the value should be, or at the key.

  $ stride lint data/bad/null-phases.yaml
  data/bad/null-phases.yaml:4:(1|8): error: .*'phases'.* (re)
  [65]

Values of the wrong type, at the value:

  $ stride lint data/bad/wrong-type.yaml
  data/bad/wrong-type.yaml:5:12: error: 'title' must be text, got a list
  data/bad/wrong-type.yaml:6:12: error: 'tasks' must be a list, got "Read the manual"
  data/bad/wrong-type.yaml:7:5: error: a phase must be a mapping (key: value lines), got "Just a title"
  [65]

References to ids that are not declared, at the reference, with a
suggestion when one is close (the reflection's `rate` is checked too):

  $ stride lint data/bad/unknown-resource.yaml
  data/bad/unknown-resource.yaml:9:17: error: unknown resource 'dida' (did you mean 'ddia'?)
  [65]

  $ stride lint data/bad/unknown-skill.yaml
  data/bad/unknown-skill.yaml:7:15: error: unknown skill 'node': declare it in the plan's 'skills' list
  data/bad/unknown-skill.yaml:10:14: error: unknown skill 'sq1' (did you mean 'sql'?)
  [65]

Where a list of resources is expected, a string is the id of a resource.
stride's rule (docs/plan-format.md, "Rules stride chose", 9): an inline
resource with an id may be named that way too, not only a library entry, so
this file is valid:

  $ stride lint data/good/inline-resource-reference.yaml

Columns count characters, not bytes: each of "é → 日 本 語 🎉" is one column.

  $ stride lint data/bad/unicode-columns.yaml
  data/bad/unicode-columns.yaml:7:42: error: 'priority' must be high, medium or low, got "urgent"
  data/bad/unicode-columns.yaml:8:32: error: unknown key 'priorty' in a task (did you mean 'priority'?)
  [65]

Documents that are not plans
============================

An empty file, a file of comments only and a lone document marker are all
empty, at 1:1:

  $ stride lint data/bad/empty.yaml
  data/bad/empty.yaml:1:1: error: the file is empty: a plan needs at least 'stride', 'id', 'title' and 'phases'
  [65]

  $ stride lint data/bad/comments-only.yaml
  data/bad/comments-only.yaml:1:1: error: the file is empty: a plan needs at least 'stride', 'id', 'title' and 'phases'
  [65]

  $ printf -- '---\n' > dashes.yaml
  $ stride lint dashes.yaml
  dashes.yaml:1:1: error: the file is empty: a plan needs at least 'stride', 'id', 'title' and 'phases'
  [65]

A document that is not a mapping:

  $ stride lint data/bad/scalar.yaml
  data/bad/scalar.yaml:1:1: error: a plan file must be a mapping (key: value lines) with 'stride', 'id', 'title' and 'phases'; got "just a sentence"
  [65]

  $ stride lint data/bad/list.yaml
  data/bad/list.yaml:1:1: error: a plan file must be a mapping (key: value lines) with 'stride', 'id', 'title' and 'phases'; got a list
  [65]

Two documents in one file, at the second one's start:

  $ stride lint data/bad/two-docs.yaml
  data/bad/two-docs.yaml:6:1: error: a plan file holds one YAML document; a second one starts here
  [65]

YAML that does not parse: libyaml's own words, with where the flow
sequence began:

  $ stride lint data/bad/syntax-error.yaml
  data/bad/syntax-error.yaml:7:10: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at 6:12)
  [65]

A tab used to indent, at the tab:

  $ stride lint data/bad/tab-indent.yaml
  data/bad/tab-indent.yaml:5:1: error: invalid YAML: found character that cannot start any token (while scanning for the next token at 5:1) (a tab cannot indent YAML: use spaces)
  [65]

Anchors and aliases are refused, each where it stands. The alias used as a
title is one error, the alias: the title is not also "empty", since the file
holds no empty title.

  $ stride lint data/bad/anchors.yaml
  data/bad/anchors.yaml:3:8: error: anchors (&title) are not supported in a plan: write the value out
  [65]

  $ stride lint data/bad/alias.yaml
  data/bad/alias.yaml:3:8: error: anchors (&name) are not supported in a plan: write the value out
  data/bad/alias.yaml:5:12: error: aliases (*name) are not supported in a plan: write the value out
  data/bad/alias.yaml:6:12: error: anchors (&reading) are not supported in a plan: write the value out
  data/bad/alias.yaml:9:12: error: aliases (*reading) are not supported in a plan: write the value out
  [65]

A billion laughs is refused quickly, without expanding anything: 9 anchors
and 73 aliases are 82 errors, the first 50 shown (in line order) and a note
for the other 32.

  $ timeout 5 stride lint data/bad/billion-laughs.yaml > laughs.out 2>&1
  [65]
  $ head -n 3 laughs.out
  data/bad/billion-laughs.yaml:4:6: error: anchors (&a) are not supported in a plan: write the value out
  data/bad/billion-laughs.yaml:5:6: error: anchors (&b) are not supported in a plan: write the value out
  data/bad/billion-laughs.yaml:5:10: error: aliases (*a) are not supported in a plan: write the value out
  $ tail -n 2 laughs.out
  data/bad/billion-laughs.yaml:9:38: error: aliases (*e) are not supported in a plan: write the value out
  data/bad/billion-laughs.yaml: note: 32 more errors not shown
  $ grep -c ': error: ' laughs.out
  50

Bytes that are not text
=======================

Invalid UTF-8 (the file was written with printf: "caf" then the Latin-1
byte 0xE9), at the bad byte:

  $ LC_ALL=C grep -c $'^title: "caf\xe9 au lait"$' data/bad/invalid-utf8.yaml
  1
  $ stride lint data/bad/invalid-utf8.yaml
  data/bad/invalid-utf8.yaml:3:12: error: invalid UTF-8 (byte 0xe9): a plan file must be UTF-8 text
  [65]

A file may begin with one byte order mark (it is not a column: the file's
first key is at 1:1), not two; the second is reported where it stands, as
what it is:

  $ printf '\357\273\277stride: 1\nid: b\ntitle: B\nphases:\n  - title: P\n' > bom.yaml
  $ stride lint bom.yaml
  $ printf '\357\273\277\357\273\277stride: 1\nid: b\ntitle: B\nphases:\n  - title: P\n' > two-boms.yaml
  $ stride lint two-boms.yaml
  two-boms.yaml:1:1: error: a second byte order mark (U+FEFF): a file may begin with one, no more; delete this one
  [65]

A raw C0 control byte (BEL) in a plain scalar:

  $ stride lint data/bad/control-byte.yaml
  data/bad/control-byte.yaml:3:15: error: control character U+0007 is not allowed in a plan file
  [65]

An ESC written as the YAML escape "\e" in a double-quoted title: refused at
the value, and the message itself carries no ESC byte to the terminal.

  $ sed -n 3p data/bad/control-escape.yaml
  title: "\e[31mRed alert"
  $ stride lint data/bad/control-escape.yaml
  data/bad/control-escape.yaml:3:8: error: control character U+001B in a string: plan text may hold tabs and newlines, no other control characters
  [65]
  $ stride lint data/bad/control-escape.yaml 2>&1 | tr -d -c '\033' | wc -c
  0

Tabs and newlines are the control characters that plan text may hold
("Strings: any Unicode text; C0 control characters other than tab and
newline are an error"), titles included. A title is shown on one line, so
its line breaks become spaces (docs/plan-format.md, "Values"):

  $ stride lint data/good/newline-in-title.yaml
  $ stride lint --summary data/good/newline-in-title.yaml | head -n 1
  data/good/newline-in-title.yaml: A title on two lines (newline-in-title)

Nesting limits
==============

Phases nest at most 8 deep: the ninth level is refused at that phase.

  $ stride lint data/bad/phases-9-deep.yaml
  data/bad/phases-9-deep.yaml:21:37: error: phases nested more than 8 deep
  [65]

  $ stride lint data/good/phases-8-deep.yaml

Tasks too:

  $ stride lint data/bad/tasks-9-deep.yaml
  data/bad/tasks-9-deep.yaml:23:41: error: tasks nested more than 8 deep
  [65]

  $ stride lint data/good/tasks-8-deep.yaml

Many errors
===========

All the errors of a file are reported, in line order, whichever step of
the loader finds them (references are checked after the walk, yet the one on
line 6 comes first):

  $ stride lint data/bad/multiple-errors.yaml
  data/bad/multiple-errors.yaml:6:17: error: unknown resource 'nowhere': declare it in the plan's 'resources' list
  data/bad/multiple-errors.yaml:7:12: error: 'start' 2025-02-30 is not a real date
  data/bad/multiple-errors.yaml:9:5: error: unknown key 'taks' in a phase (did you mean 'tags' or 'tasks'?)
  data/bad/multiple-errors.yaml:13:19: error: 'estimate' must be a duration like 90m or 1.5h, got "lots"
  data/bad/multiple-errors.yaml:14:19: error: 'priority' must be high, medium or low, got "urgent"
  data/bad/multiple-errors.yaml:15:9: error: 'id' must be lowercase letters, digits, '.', '_' or '-', starting with a letter or digit; got "More_Basics"
  data/bad/multiple-errors.yaml:18:5: error: duplicate key 'goal' (first at 17:5)
  data/bad/multiple-errors.yaml:19:5: error: a phase needs 'title'
  [65]

Up to a cap of 50: 61 errors give the first 50 in line order (the unknown
resource on line 6, then the priorities of lines 8 to 56) and a note for the
other 11.

  $ stride lint data/bad/too-many-errors.yaml > many.out 2>&1
  [65]
  $ head -n 2 many.out
  data/bad/too-many-errors.yaml:6:17: error: unknown resource 'nowhere': declare it in the plan's 'resources' list
  data/bad/too-many-errors.yaml:8:36: error: 'priority' must be high, medium or low, got "urgent"
  $ tail -n 2 many.out
  data/bad/too-many-errors.yaml:56:37: error: 'priority' must be high, medium or low, got "urgent"
  data/bad/too-many-errors.yaml: note: 11 more errors not shown
  $ grep -c ': error: ' many.out
  50
