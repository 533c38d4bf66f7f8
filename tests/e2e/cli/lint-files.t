stride lint and the files it is given: missing, unreadable, a directory,
standard input, several at once, too big. Exit status: 0 every file valid
(warnings allowed), 65 some file invalid, 1 some file cannot be read (this
one wins over 65), 2 usage.

Usage
=====

  $ stride lint
  stride lint: no plan file given
  usage: stride lint [--json] [--summary] FILE... (see 'stride help lint')
  [2]

  $ stride lint --json
  stride lint: no plan file given
  usage: stride lint [--json] [--summary] FILE... (see 'stride help lint')
  [2]

  $ stride lint --bogus data/good/start-end.yaml
  stride lint: unknown option '--bogus'
  usage: stride lint [--json] [--summary] FILE... (see 'stride help lint')
  [2]

Files that cannot be read
=========================

A missing file:

  $ stride lint nope.yaml
  stride: cannot read nope.yaml: No such file or directory
  [1]

A directory:

  $ mkdir plans.d
  $ stride lint plans.d
  stride: cannot read plans.d: Is a directory
  [1]

A file without read permission. Root reads a file whatever its mode, so
when the tests run as root (id -u is 0) this case cannot be checked and is
skipped, saying so; as any other user it must give "Permission denied" and
exit 1.

  $ cp data/good/start-end.yaml secret.yaml && chmod 000 secret.yaml
  $ if [ "$(id -u)" -eq 0 ]; then
  >   echo "skipped as root: root can read a file of mode 000"
  > else
  >   out=$(stride lint secret.yaml 2>&1); st=$?; echo "$out [$st]"
  > fi
  (stride: cannot read secret\.yaml: Permission denied \[1\]|skipped as root: root can read a file of mode 000) (re)
  $ chmod 644 secret.yaml

/dev/null reads as an empty file:

  $ stride lint /dev/null
  /dev/null:1:1: error: the file is empty: a plan needs at least 'stride', 'id', 'title' and 'phases'
  [65]

Standard input
==============

`-` reads the plan from standard input, named <stdin> in messages:

  $ stride lint - < data/good/start-end.yaml

  $ stride lint - < data/bad/unknown-key.yaml
  <stdin>:4:1: error: unknown key 'colour' in the plan (keys of your own must begin with x-)
  <stdin>:8:5: error: unknown key 'taks' in a phase (did you mean 'tags' or 'tasks'?)
  <stdin>:12:9: error: unknown key 'start' in a week block (keys of your own must begin with x-)
  [65]

  $ printf '' | stride lint -
  <stdin>:1:1: error: the file is empty: a plan needs at least 'stride', 'id', 'title' and 'phases'
  [65]

  $ cat data/good/warnings.yaml | stride lint - data/good/start-end.yaml
  <stdin>:9:9: warning: phase 'Runs past the parent' ends 2025-03-15, after its parent phase ends (2025-03-10)
  <stdin>:15:5: warning: phase 'Overlapping sibling' (2025-04-05 to 2025-04-15) overlaps 'First sibling' (2025-04-01 to 2025-04-10)
  <stdin>:22:9: warning: week block 'Past the phase end' ends 2025-05-14, after its phase ends (2025-05-07)

Several files
=============

Each file is checked and reported, in the order given. Valid files and
warnings: 0.

  $ stride lint data/good/start-end.yaml data/good/warnings.yaml data/good/keys.yaml
  data/good/warnings.yaml:9:9: warning: phase 'Runs past the parent' ends 2025-03-15, after its parent phase ends (2025-03-10)
  data/good/warnings.yaml:15:5: warning: phase 'Overlapping sibling' (2025-04-05 to 2025-04-15) overlaps 'First sibling' (2025-04-01 to 2025-04-10)
  data/good/warnings.yaml:22:9: warning: week block 'Past the phase end' ends 2025-05-14, after its phase ends (2025-05-07)

One invalid file among valid ones: 65, whatever its place.

  $ stride lint data/bad/version-2.yaml data/good/start-end.yaml
  data/bad/version-2.yaml:1:9: error: this plan is in format version 2; this stride reads version 1
  [65]

  $ stride lint data/good/start-end.yaml data/bad/version-2.yaml data/bad/empty-phases.yaml
  data/bad/version-2.yaml:1:9: error: this plan is in format version 2; this stride reads version 1
  data/bad/empty-phases.yaml:4:9: error: 'phases' must hold at least one phase
  [65]

A file that cannot be read: 1, over an invalid one, and the files after it
are still checked:

  $ stride lint data/bad/version-2.yaml nope.yaml data/bad/empty-phases.yaml data/good/start-end.yaml
  data/bad/version-2.yaml:1:9: error: this plan is in format version 2; this stride reads version 1
  stride: cannot read nope.yaml: No such file or directory
  data/bad/empty-phases.yaml:4:9: error: 'phases' must hold at least one phase
  [1]

  $ stride lint data/good/start-end.yaml nope.yaml
  stride: cannot read nope.yaml: No such file or directory
  [1]

Every plan of tests/data/good lints clean, with no output, bar the two
that are there for their warnings (and newline-in-title.yaml, whose own test
is in lint-errors.t):

  $ stride lint $(ls data/good/*.yaml | grep -v -e /warnings.yaml -e /overlaps.yaml -e /newline-in-title.yaml)

Every bundled plan lints clean, exit 0 (the warnings one keeps are shown
in bundled.t):

  $ stride lint plans/*.yaml 2>/dev/null

Files over 64 MiB
=================

A file over 64 MiB is refused from its size, at once, without being read
(a sparse file made with truncate; timeout would give 124 if it were read):

  $ truncate -s 65M big.yaml
  $ timeout 5 stride lint big.yaml
  big.yaml:1:1: error: the file is 68157440 bytes, more than the 64 MiB (67108864 bytes) a plan may have
  [65]

Even one of 16 GiB, which could not be read into memory at all:

  $ truncate -s 16G huge.yaml
  $ timeout 5 stride lint huge.yaml
  huge.yaml:1:1: error: the file is 17179869184 bytes, more than the 64 MiB (67108864 bytes) a plan may have
  [65]

One byte over is over; the size the message gives, if any, must not say
64 MiB of a file that is larger than 64 MiB:

  $ truncate -s 67108865 over.yaml
  $ timeout 5 stride lint over.yaml
  over.yaml:1:1: error: the file is 67108865 bytes, more than the 64 MiB (67108864 bytes) a plan may have
  [65]

On standard input the size is not known before reading: stride reads
64 MiB, finds one byte more, and refuses the whole (no timeout here: reading
64 MiB takes seconds under valgrind).

  $ head -c 67108865 /dev/zero | stride lint -
  <stdin>:1:1: error: the file is 67108865 bytes, more than the 64 MiB (67108864 bytes) a plan may have
  [65]

  $ rm -f big.yaml huge.yaml over.yaml

A week block is named by its title, else its week numbers, else its id:
the outline of `lint --summary` and `list` show each (an unscheduled
block too).

  $ cat > labels.yaml <<'EOF'
  > stride: 1
  > id: labels
  > title: Labels
  > start: 2025-06-02
  > phases:
  >   - id: p
  >     title: P
  >     duration: 3w
  >     weeks:
  >       - { id: warm-up, tasks: [A] }
  >       - { week: 2, tasks: [B] }
  >       - { week: 3, title: Named, tasks: [C] }
  > EOF
  $ stride lint --summary labels.yaml
  labels.yaml: Labels (labels)
    2025-06-02 to 2025-06-22: 1 phase, 3 week blocks, 3 tasks, 0 criteria, 0 deliverables, 0 resources
    2025-06-02  2025-06-22  P
    unscheduled               warm-up
    2025-06-09  2025-06-15    week 2
    2025-06-16  2025-06-22    week 3: Named
  $ STRIDE_DB=labels.db stride import labels.yaml >/dev/null
  stride: labels ran 2025-06-02 to 2025-06-22; to run it from today: stride start labels
  $ STRIDE_DB=labels.db stride list
  labels: Labels
  1  P  2025-06-02..2025-06-22  [0/3]
  2    warm-up  [0/1]
  3      [ ] A  (22 days late)
  4    Week 2  2025-06-09..2025-06-15  [0/1]
  5      [ ] B  (29 days late)
  6    Named  2025-06-16..2025-06-22  [0/1]
  7      [ ] C  (22 days late)
  $ rm -f labels.yaml labels.db
