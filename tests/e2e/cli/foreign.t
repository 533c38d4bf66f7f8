A file claiming another file's plan
===================================

A plan is known by its id, and the store remembers the file it came from.
A second file with the same plan id is refused while the first is still
there, naming both files; the store is unchanged:

  $ tilde() { sed "s#$(pwd -P)/#~/#g"; }
  $ snap() { cksum .local/share/stride/stride.db; }
  $ cp data/sync/base.yaml plan.yaml
  $ stride import plan.yaml
  imported sync-demo: 2 phases, 2 week blocks, 6 tasks, 1 criterion, 1 deliverable, 0 resources
  $ stride done 3
  done    3  Install the toolchain
  sync-demo: 12% done (1 of 8)
  $ sed 's/- Install the toolchain/- Something else/; s/- Read the syntax chapter/- Read another chapter/' plan.yaml > copy.yaml
  $ snap > before
  $ stride import copy.yaml 2>&1 | tilde
  stride: copy.yaml holds the plan 'sync-demo', which the store has from ~/plan.yaml: import that file, give this one another id, or take the plan over from it with 'stride import --replace copy.yaml'
  $ stride import --dry-run copy.yaml 2>&1 | tilde
  stride: copy.yaml holds the plan 'sync-demo', which the store has from ~/plan.yaml: import that file, give this one another id, or take the plan over from it with 'stride import --replace copy.yaml'
  $ snap > after; cmp before after && echo unchanged
  unchanged
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [1/2]
   3    [x] Install the toolchain
   4    [ ] Write hello world  (1 day late)

--replace makes it the plan's file, synced as any edit would be, and says
what it replaced:

  $ stride import --replace copy.yaml 2>&1 | tilde
  sync-demo: 2 retitled; read from copy.yaml now (it was ~/plan.yaml, replaced)
    retitled  basics/week-1/something-else  Something else  (same place; was: Install the toolchain)
    retitled  basics/week-2/read-another-chapter  Read another chapter  (same place; was: Read the syntax chapter)

The first file is no longer the plan's: editing it re-syncs nothing.

  $ echo '# an edit' >> plan.yaml
  $ stride list 2
   2  Setup  2025-07-07..2025-07-13  [1/2]
   3    [x] Something else
   4    [ ] Write hello world  (1 day late)

A plan file that was moved (its old place gone) is simply read from its
new place, and the report says so:

  $ mv copy.yaml moved.yaml
  $ stride import moved.yaml 2>&1 | tilde
  sync-demo: read from moved.yaml now (it was ~/copy.yaml, which is gone)
  $ stride import moved.yaml
  sync-demo: up to date

The same file by another path is the same file:

  $ ln -s moved.yaml link.yaml
  $ stride import link.yaml
  sync-demo: up to date
