Keys, in both senses: the keys of the YAML mappings (unknown, duplicate,
missing) and the ids and keys of items (PLAN_FORMAT.md, "Keys", "Ids" and
"Identity").

`keys` prints the key of each phase and week block from `stride lint
--json`, in document order (a phase, its sub-phases, then its week blocks).

  $ set -o pipefail
  $ keys() {
  >   stride lint --json "$@" | tr -d '\n\t' |
  >   grep -oE '"key":"[^"]*","title":(null|"[^"]*")' |
  >   sed -E 's/^"key":"([^"]*)".*/\1/'
  > }

Item keys
=========

An explicit id is a phase's key; a phase without one is the slug of its
title; nested phases and week blocks are the path of slugs from the top.
A week block with `week` is week-N (week-N-M for a range), with an id it is
that id, else the slug of its title. Duplicate sibling slugs get -2, -3
("Review & Retro", "Review & retro" and "Review: retro!" all slug to
review-retro).

  $ stride lint data/good/keys.yaml
  $ keys data/good/keys.yaml
  phase-one
  phase-one/week-1
  phase-one/week-2-3
  phase-one/extra
  phase-one/review-retro
  phase-one/review-retro-2
  phase-one/review-retro-3
  language-runtime-mastery
  language-runtime-mastery/month-1
  language-runtime-mastery/month-1-2
  language-runtime-mastery/month-1-3
  language-runtime-mastery/m-x
  language-runtime-mastery/m-x/deep-dive
  spaces-and-punctuation

The `id` field is the explicit id only, null without one:

  $ stride lint --json data/good/keys.yaml | tr -d '\n\t' |
  > grep -oE '"id":(null|"[^"]*"),"key":"[^"]*"'
  "id":"phase-one","key":"phase-one"
  "id":null,"key":"language-runtime-mastery"
  "id":null,"key":"language-runtime-mastery/month-1"
  "id":null,"key":"language-runtime-mastery/month-1-2"
  "id":null,"key":"language-runtime-mastery/month-1-3"
  "id":"m-x","key":"language-runtime-mastery/m-x"
  "id":null,"key":"language-runtime-mastery/m-x/deep-dive"
  "id":null,"key":"spaces-and-punctuation"

Eight levels of phases are allowed, and their keys are paths:

  $ keys data/good/phases-8-deep.yaml | tail -n 1
  level-1/level-2/level-3/level-4/level-5/level-6/level-7/level-8

Ids
===

Ids are [a-z0-9][a-z0-9._-]* and at most 64 characters; the bad one is
reported at the value (the plan's own id too):

  $ stride lint data/bad/bad-id.yaml
  data/bad/bad-id.yaml:2:5: error: 'id' must be lowercase letters, digits, '.', '_' or '-', starting with a letter or digit; got "Bad_Plan"
  data/bad/bad-id.yaml:5:9: error: 'id' must be lowercase letters, digits, '.', '_' or '-', starting with a letter or digit; got "-basics"
  data/bad/bad-id.yaml:7:9: error: 'id' must be lowercase letters, digits, '.', '_' or '-', starting with a letter or digit; got "phase two"
  data/bad/bad-id.yaml:9:9: error: 'id' is 65 characters long; an id has at most 64
  [65]

An id of exactly 64 characters, and ids with '.', '_' and '-', are fine
(the plan that uses every key and value form):

  $ stride lint data/good/values.yaml
  $ keys data/good/values.yaml
  a234567890123456789012345678901234567890123456789012345678901234
  a234567890123456789012345678901234567890123456789012345678901234/w-one
  a234567890123456789012345678901234567890123456789012345678901234/week-2-4

Explicit ids are unique in the whole plan, across all kinds (a skill and a
resource; a phase and a task): the second one is reported at its value,
naming the first.

  $ stride lint data/bad/duplicate-id.yaml
  data/bad/duplicate-id.yaml:7:11: error: duplicate id 'sql': a skill at 5:11 has it already
  data/bad/duplicate-id.yaml:12:13: error: duplicate id 'intro': a phase at 9:9 has it already
  [65]

Unknown keys
============

An unknown key is reported at the key, with the nearest valid key when one
is close; keys that begin with x- are ignored (x-colour on line 5); a key
that is valid elsewhere (start in a week block) is unknown where it is not
allowed.

  $ stride lint data/bad/unknown-key.yaml
  data/bad/unknown-key.yaml:4:1: error: unknown key 'colour' in the plan (keys of your own must begin with x-)
  data/bad/unknown-key.yaml:8:5: error: unknown key 'taks' in a phase (did you mean 'tags' or 'tasks'?)
  data/bad/unknown-key.yaml:12:9: error: unknown key 'start' in a week block (keys of your own must begin with x-)
  [65]

A UTF-8 byte order mark does not count as a column, nor does it hide the
first key:

  $ printf '\357\273\277colour: blue\nstride: 1\nid: bom\ntitle: BOM\nphases:\n  - title: A\n' > bom.yaml
  $ stride lint bom.yaml
  bom.yaml:1:1: error: unknown key 'colour' in the plan (keys of your own must begin with x-)
  [65]

CRLF line ends are line ends (the carriage return is no column):

  $ printf 'stride: 1\r\nid: crlf\r\ntitle: CRLF\r\nphases:\r\n  - title: A\r\n    taks: [Read]\r\n' > crlf.yaml
  $ stride lint crlf.yaml
  crlf.yaml:6:5: error: unknown key 'taks' in a phase (did you mean 'tags' or 'tasks'?)
  [65]

Duplicate keys
==============

Reported at the second one, naming the first; x- keys are no exception:

  $ stride lint data/bad/duplicate-key.yaml
  data/bad/duplicate-key.yaml:7:5: error: duplicate key 'goal' (first at 6:5)
  [65]

  $ printf 'stride: 1\nid: dup\ntitle: Dup\nx-a: 1\nphases:\n  - { title: A, title: B }\nx-a: 2\n' > dup.yaml
  $ stride lint dup.yaml
  dup.yaml:6:17: error: duplicate key 'title' (first at 6:7)
  dup.yaml:7:1: error: duplicate key 'x-a' (first at 4:1)
  [65]

Missing keys
============

A missing key is reported at the first key of the mapping that lacks it:

  $ stride lint data/bad/missing-title.yaml
  data/bad/missing-title.yaml:5:5: error: a phase needs 'title'
  [65]

Not at 1:1 when the plan begins with comments and a blank line:

  $ stride lint data/bad/missing-id.yaml
  data/bad/missing-id.yaml:4:1: error: a plan needs 'id'
  [65]

  $ stride lint data/bad/missing-stride.yaml
  data/bad/missing-stride.yaml:1:1: error: a plan needs 'stride'
  [65]

In a flow mapping, at its first key; a skill needs a name, a resource a
title:

  $ stride lint data/bad/missing-name.yaml
  data/bad/missing-name.yaml:5:7: error: a skill needs 'name'
  data/bad/missing-name.yaml:7:5: error: a resource needs 'title'
  [65]

Deliverables, tasks and criteria written as mappings need a title:

  $ stride lint data/bad/missing-task-title.yaml
  data/bad/missing-task-title.yaml:7:7: error: a deliverable needs 'title'
  data/bad/missing-task-title.yaml:10:9: error: a task needs 'title'
  data/bad/missing-task-title.yaml:13:9: error: a criterion needs 'title'
  [65]

An empty mapping has no first key: at the mapping itself.

  $ stride lint data/bad/empty-mapping.yaml
  data/bad/empty-mapping.yaml:5:5: error: a phase needs 'title'
  [65]
