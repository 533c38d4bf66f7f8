Plans by name: `stride list PLAN` lists that plan, `stride use PLAN` makes
it the current one, `stride drop PLAN` removes it from the store, refused
without --yes while it holds progress.

  $ stride import plans/backend-roadmap.yaml > /dev/null
  $ stride import data/resources/library.yaml > /dev/null
  $ stride plans
  * library: Databases, from the books
      0% done (0 of 5), phase 1 of 2: Storage engines
    backend-2025: Mid-Level Backend Roadmap (2025)
      0% done (0 of 60), phase 2 of 9: Data & Persistence

A plan's id lists that plan, whichever is current:

  $ stride list backend-2025 | head -n 3
  backend-2025: Mid-Level Backend Roadmap (2025)
   1  Language & Runtime Mastery  2025-06-12..2025-07-09  [0/6]
   2    [ ] Read ES 2025 & TypeScript 5.x advanced chapters  (5 days late)
  $ stride list backend-2025 --json | head -n 2 | cut -c 1-40
  [
  {"ref":1,"key":"phase-1","kind":"phase",
  $ stride list nosuch
  stride: nothing in library matches 'nosuch': give a number or a key from 'stride list', or part of a title
  [2]

use
---

  $ stride use backend-2025
  now on backend-2025: Mid-Level Backend Roadmap (2025)
  $ stride status | head -n 1
  Mid-Level Backend Roadmap (2025) (backend-2025)
  $ stride use backend-2025
  now on backend-2025: Mid-Level Backend Roadmap (2025) (it was already)
  $ stride use
  stride use: no plan given ('stride plans' lists them)
  usage: stride use PLAN (see 'stride help use')
  [2]
  $ stride use nosuch
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]

drop
----

A plan with progress is refused, with what would go, and nothing changes:

  $ stride done 2 > /dev/null
  $ stride reflect -m "Closures." > /dev/null
  $ stride drop backend-2025
  stride: backend-2025 holds your progress (1 event in its history, 1 reflection), which would go with it: nothing was removed; 'stride drop backend-2025 --yes' removes it all
  [1]
  $ stride list 2 | tail -n 1
   2  [x] Read ES 2025 & TypeScript 5.x advanced chapters

With --yes it goes, all of it; the other plan becomes the current one:

  $ stride drop backend-2025 --yes
  dropped backend-2025: 72 items, 1 event, 1 reflection (its plan file is untouched: importing it again brings the plan back, without progress)
  $ stride plans
  * library: Databases, from the books
      0% done (0 of 5), phase 1 of 2: Storage engines
  $ stride undo
  stride: nothing to undo
  [1]

A plan without progress goes without --yes; imported again, it is new:

  $ stride drop library
  dropped library: 16 items (its plan file is untouched: importing it again brings the plan back, without progress)
  $ stride plans
  No plans yet. Import one: stride import plans/backend-roadmap.yaml
  $ stride import plans/backend-roadmap.yaml
  imported backend-2025: 9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0 resources, 3 habits
  $ stride list 2 | tail -n 1
   2  [ ] Read ES 2025 & TypeScript 5.x advanced chapters
  $ stride drop backend-2025 extra
  stride drop: unexpected 'extra' (one plan at a time)
  usage: stride drop PLAN [--yes] (see 'stride help drop')
  [2]
