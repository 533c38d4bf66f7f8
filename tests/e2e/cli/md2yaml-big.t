stride md2yaml on big input: a 1 MB line and 50,000 bullets convert to
drafts that lint clean (the unit tests time them: well under a second).
Not in the valgrind run (it takes it tens of seconds); ASan runs it.

Big input
=========

A 1 MB line: a short title, the text in the notes (cut at 4 KiB):

  $ { echo '# Long'; printf -- '- [ ] '; head -c 1000000 /dev/zero | tr '\0' 'w'; echo; } > long.md
  $ stride md2yaml long.md -o long.yaml
  long.md: 1 phase, 0 week blocks, 1 task, 0 criteria, 0 deliverables, 0 resources
  $ stride lint long.yaml && wc -c < long.yaml
  4618

50,000 bullets:

  $ { echo '# Many'; echo '## Phase 1'; seq 1 50000 | sed 's/^/- [ ] Task /'; } > many.md
  $ stride md2yaml many.md -o many.yaml
  many.md: 1 phase, 0 week blocks, 50000 tasks, 0 criteria, 0 deliverables, 0 resources
  $ stride lint --json many.yaml | grep -o '"tasks":[[:space:]]*[0-9]*' | sed 's/[[:space:]]//g'
  "tasks":50000
