stride md2yaml: a draft plan from a Markdown roadmap. The draft goes to
stdout, or with -o to a file, written at once (a temporary file renamed
into place) and never over an existing one without --force. One line on
stderr sums up what the draft holds and what was left out. Exit status: 0
written, 65 input that cannot be converted, 1 cannot read or write, 2
usage.

Usage
=====

  $ stride md2yaml
  stride md2yaml: no Markdown file given
  usage: stride md2yaml FILE.md [-o OUT.yaml [--force]] (see 'stride help md2yaml')
  [2]

  $ stride md2yaml a.md b.md
  stride md2yaml: one Markdown file at a time, got 2
  usage: stride md2yaml FILE.md [-o OUT.yaml [--force]] (see 'stride help md2yaml')
  [2]

  $ stride md2yaml --bogus data/md/000_e8defab6699da372.md
  stride md2yaml: unknown option '--bogus'
  usage: stride md2yaml FILE.md [-o OUT.yaml [--force]] (see 'stride help md2yaml')
  [2]

  $ stride md2yaml data/md/000_e8defab6699da372.md -o
  stride md2yaml: -o needs a file
  usage: stride md2yaml FILE.md [-o OUT.yaml [--force]] (see 'stride help md2yaml')
  [2]

  $ stride help md2yaml > a; stride md2yaml --help > b; cmp a b && head -n 3 a
  usage: stride md2yaml FILE.md [-o OUT.yaml [--force]]
  
  draft a plan file from a Markdown roadmap
  $ stride --help | grep md2yaml
    md2yaml    draft a plan file from a Markdown roadmap

The seeds
=========

Each seed roadmap converts to a draft that lints clean (no output, exit
0). The counts on stderr are md2yaml's; `lint --summary` gives the
loader's, and the dates it resolved. Seed 000: two technology phases and
the six-week plan, its six week blocks holding the "Days 1-2" groups.

  $ stride md2yaml data/md/000_e8defab6699da372.md -o 000.yaml
  data/md/000_e8defab6699da372.md: 3 phases, 6 week blocks, 104 tasks, 0 criteria, 0 deliverables, 0 resources
  $ stride lint 000.yaml
  $ stride lint --summary 000.yaml
  000.yaml: 15 Year Guide (15-year-guide)
    3 phases, 6 week blocks, 104 tasks, 0 criteria, 0 deliverables, 0 resources
    unscheduled             1. Most Important Non-Coding Technologies for 2025
    unscheduled             2. Specific Language Focuses
    unscheduled             3. Six-Week Learning Plan
    unscheduled               week 1: Foundation Setup
    unscheduled               week 2: Golang Advanced + Platform Engineering
    unscheduled               week 3: Rust Fundamentals + Systems
    unscheduled               week 4: JavaScript/TypeScript + Modern Web APIs
    unscheduled               week 5: AI/ML Infrastructure Integration
    unscheduled               week 6: Integration + Portfolio
  $ grep -A 3 'id: set-up-development-environment' 000.yaml
            - id: set-up-development-environment
              title: Set up development environment
              days: 1-2
              tasks:

Seed 001: nine phases, dated by its timeline table (the year from the
title), each with its goal, tasks, acceptance criteria and the Saturday
mini-project as its deliverable; the daily routine table is the schedule.

  $ stride md2yaml data/md/001_b2a78756233d0d92.md -o 001.yaml
  data/md/001_b2a78756233d0d92.md: 9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0 resources; left out: 2 HTML blocks, 2 headings with nothing to tick
  $ stride lint --summary 001.yaml
  001.yaml: Mid-Level Backend Roadmap (2025) (mid-level-backend-roadmap-2025)
    2025-06-12 to 2025-12-31: 9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0 resources
    2025-06-12  2025-07-09  Phase 1 – Language & Runtime Mastery
    2025-07-10  2025-08-01  Phase 2 – Data & Persistence
    2025-08-02  2025-08-29  Phase 3 – Design & Architecture
    2025-08-30  2025-09-17  Phase 4 – Quality, Testing & Security
    2025-09-18  2025-10-10  Phase 5 – Performance & System Design
    2025-10-11  2025-11-07  Phase 6 – Cloud & DevOps
    2025-11-08  2025-12-10  Phase 7 – AI & LLMOps
    2025-12-11  2025-12-24  Phase 8 – Polyglot Sprint
    2025-12-25  2025-12-31  Phase 9 – Soft Skills & Wrap‑up
  $ sed -n '/^schedule:/,/^  tue:/p' 001.yaml
  schedule:
    mon:
      minutes: 30
      focus: Theory ‑ docs or video
    tue:
  $ sed -n '/^phases:/,/^  - id: phase-2/p' 001.yaml
  phases:
    # left out: the heading 'Timeline & Milestones' (line 9): nothing to tick under it
    # the timeline table at line 11: 9 rows matched headings, 0 became phases or week blocks, 9 got dates
    # left out: the heading 'Daily Study Routine' (line 27): nothing to tick under it
    # the weekly schedule comes from the table at line 29
    # left out: the heading 'Issue Templates' (line 40) that holds these phases
    # left out: HTML (<details>, 2 lines) at line 42
    - id: phase-1
      title: Phase 1 – Language & Runtime Mastery
      start: 2025-06-12
      end: 2025-07-09
      summary: Advanced JS/TS · Node internals
      goal: Deep JS/TS knowledge, Node internals, async patterns.
      deliverable:
        id: cli-scraper-with-streaming-progress-bar
        title: CLI scraper with streaming + progress bar
      tasks:
        - id: read-es-2025-typescript-5-x-advanced-chapters
          title: Read ES 2025 & TypeScript 5.x advanced chapters
        - id: diagram-node-event-loop-vs-libuv-thread-pool
          title: Diagram Node event‑loop vs libuv thread‑pool
        - id: build-cli-scraper-with-streaming-progress-bar
          title: Build CLI scraper with streaming & progress bar
      criteria:
        - id: cli-handles-10-k-requests-without-blocking
          title: CLI handles 10 k requests without blocking
        - id: progress-updates-every-500-ms
          title: Progress updates every 500 ms
    - id: phase-2

Seeds 002, 003 and 004: phases in months, resources with kinds, week
blocks from bold labels, a mended Mac Roman mojibake and dated months.

  $ stride md2yaml data/md/002_b3a40b5122b0f3e3.md -o 002.yaml
  data/md/002_b3a40b5122b0f3e3.md: 25 phases, 0 week blocks, 117 tasks, 0 criteria, 0 deliverables, 37 resources
  $ stride md2yaml data/md/003_4acbcd0a493c8c72.md -o 003.yaml
  data/md/003_4acbcd0a493c8c72.md: 22 phases, 8 week blocks, 79 tasks, 0 criteria, 0 deliverables, 32 resources; left out: 25 code blocks, 1 table, 4 headings with nothing to tick; 4 guesses marked '# guessed:'
  $ stride md2yaml data/md/004_c480131b889adfef.md -o 004.yaml
  data/md/004_c480131b889adfef.md: 4 phases, 15 week blocks, 61 tasks, 0 criteria, 4 deliverables, 0 resources; 5 guesses marked '# guessed:'
  $ stride lint 002.yaml 003.yaml 004.yaml
  $ stride lint --summary 004.yaml | head -n 8
  004.yaml: Beyond Senior: Staff/Principal Engineer Roadmap (Sep–Dec 2025) (beyond-senior-staff-principal-engineer-roadmap)
    2025-09-01 to 2025-12-31: 4 phases, 15 week blocks, 61 tasks, 0 criteria, 4 deliverables, 0 resources
    2025-09-01  2025-09-30  September – Deep Distributed Systems & Architecture Mastery
    2025-09-01  2025-09-14    weeks 1-2: Distributed Systems Hardcore
    2025-09-15  2025-09-21    week 3: Advanced Architecture Patterns
    2025-09-22  2025-09-28    week 4: Case Studies
    2025-10-01  2025-10-31  October – Cloud, Infra & DevOps at Enterprise Scale
    2025-10-01  2025-10-07    week 1: Multi-Cloud + Infra Complexity
  $ grep -B 1 -A 5 'id: designing-data-intensive-applications$' 002.yaml
  resources:
    - id: designing-data-intensive-applications
      title: Designing Data-Intensive Applications
      kind: book
      by: Martin Kleppmann
      notes: Essential - covers distributed systems, databases, and data processing
    - id: complete-node-js-developer-course

The real-world roadmaps (tests/data/md/realworld, see SOURCES.md there):
lint-clean, and every checklist item a task (the unit tests match them
one by one; here the counts: 463 and 58 checklist lines).

  $ stride md2yaml data/md/realworld/coding-interview-university-README.md -o ciu.yaml
  data/md/realworld/coding-interview-university-README.md: 81 phases, 0 week blocks, 1028 tasks, 0 criteria, 0 deliverables, 75 resources; left out: 2 code blocks, 4 HTML blocks, 4 images, 6 headings with nothing to tick, 1 section or item that is not work; 1 guess marked '# guessed:'
  $ stride md2yaml data/md/realworld/first-repo-PROJECT_ROADMAP.md -o first.yaml
  data/md/realworld/first-repo-PROJECT_ROADMAP.md: 19 phases, 4 week blocks, 90 tasks, 12 criteria, 0 deliverables, 0 resources; left out: 2 tables, 13 headings with nothing to tick, 8 empty or in-page link items, 1 section or item that is not work; 1 guess marked '# guessed:'
  $ stride md2yaml data/md/realworld/ossu-computer-science-README.md -o ossu.yaml
  data/md/realworld/ossu-computer-science-README.md: 19 phases, 0 week blocks, 73 tasks, 0 criteria, 0 deliverables, 63 resources; left out: 1 image, 5 empty or in-page link items, 4 sections or items that are not work; 17 guesses marked '# guessed:'
  $ stride md2yaml data/md/realworld/llm-course-README.md -o llm.yaml
  data/md/realworld/llm-course-README.md: 23 phases, 0 week blocks, 77 tasks, 0 criteria, 0 deliverables, 104 resources; left out: 4 tables, 3 images, 6 headings with nothing to tick, 1 section or item that is not work; 3 guesses marked '# guessed:'
  $ stride lint ciu.yaml first.yaml ossu.yaml llm.yaml

All four import (into a store of their own):

  $ for f in ciu first ossu llm; do STRIDE_DB=rw.db stride import $f.yaml || echo "import $f failed"; done
  imported coding-interview-university: 81 phases, 0 week blocks, 1028 tasks, 0 criteria, 0 deliverables, 75 resources
  imported project-roadmap: 19 phases, 4 week blocks, 90 tasks, 12 criteria, 0 deliverables, 0 resources
  imported open-source-society-university: 19 phases, 0 week blocks, 73 tasks, 0 criteria, 0 deliverables, 63 resources
  imported llm-course: 23 phases, 0 week blocks, 77 tasks, 0 criteria, 0 deliverables, 104 resources

The curriculum's 16 course tables give its 63 courses as tasks, each
under its heading, and the LLM course's reference lists are resources:

  $ grep -c 'became tasks' ossu.yaml
  16
  $ grep -o 'its [0-9]* rows* became' ossu.yaml | awk '{ n += $2 } END { print n }'
  63
  $ grep -c '^title: ' ossu.yaml llm.yaml
  ossu.yaml:1
  llm.yaml:1
  $ grep '^title: ' ossu.yaml llm.yaml
  ossu.yaml:title: Open Source Society University
  llm.yaml:title: LLM Course
  $ grep -c -E '^\s*[-*] \[[ xX]\]' data/md/realworld/coding-interview-university-README.md data/md/realworld/first-repo-PROJECT_ROADMAP.md
  data/md/realworld/coding-interview-university-README.md:463
  data/md/realworld/first-repo-PROJECT_ROADMAP.md:58

The same output every time:

  $ stride md2yaml data/md/003_4acbcd0a493c8c72.md 2>/dev/null | cmp - 003.yaml && echo same
  same

Ticked items
============

`- [x]` items carry `x-done: true`; the header says how to mark them done
as the draft is imported:

  $ cat > ticked.md <<'MD'
  > # Ticks
  > ## Phase 1
  > - [x] Read the guide
  > - [ ] Write the code
  > * [X] Ship it
  > MD
  $ stride md2yaml ticked.md -o ticked.yaml
  ticked.md: 1 phase, 0 week blocks, 3 tasks (2 ticked), 0 criteria, 0 deliverables, 0 resources
  $ cat ticked.yaml
  # A draft plan made by stride md2yaml from ticked.md.
  # Read it through and edit it, then check it with 'stride lint' and
  # bring it in with 'stride import'. Comments say what was left out
  # of the Markdown ('# left out:') and what was guessed ('# guessed:').
  #
  # 2 tasks ticked in the Markdown ([x]) carry 'x-done: true':
  # 'stride import --mark-done' marks them done as it imports this file.
  
  stride: 1
  id: ticks
  title: Ticks
  
  phases:
    - id: phase-1
      title: Phase 1
      tasks:
        - id: read-the-guide
          title: Read the guide
          x-done: true
        - id: write-the-code
          title: Write the code
        - id: ship-it
          title: Ship it
          x-done: true

A plain import brings them in as to do, and says so once, on the plan's
first import (store-import.t has the rest of --mark-done):

  $ STRIDE_DB=t.db stride import ticked.yaml
  imported ticks: 1 phase, 0 week blocks, 3 tasks, 0 criteria, 0 deliverables, 0 resources
  stride: 2 tasks of ticked.yaml are marked x-done: true (ticked in the Markdown); 'stride import --mark-done ticked.yaml' marks them done
  $ STRIDE_DB=t.db stride import --mark-done ticked.yaml
  ticks: up to date
  marked 2 tasks done (x-done: true); 'stride undo' takes them back
  $ STRIDE_DB=t.db stride list
  ticks: Ticks
  1  Phase 1  [2/3]
  2    [x] Read the guide
  3    [ ] Write the code
  4    [x] Ship it

Where the draft goes
====================

Standard input and standard output:

  $ cat ticked.md | stride md2yaml - 2>/dev/null | head -n 1
  # A draft plan made by stride md2yaml from <stdin>.
  $ cat ticked.md | stride md2yaml - 2>&1 >/dev/null
  <stdin>: 1 phase, 0 week blocks, 3 tasks (2 ticked), 0 criteria, 0 deliverables, 0 resources
  $ stride md2yaml ticked.md -o - 2>/dev/null | cmp - ticked.yaml && echo same
  same

An existing file is kept (exit 1) unless --force is given; no temporary
file is left behind either way:

  $ mkdir out && echo 'mine' > out/plan.yaml
  $ stride md2yaml ticked.md -o out/plan.yaml
  stride: out/plan.yaml exists: give --force to replace it, or another -o file
  [1]
  $ cat out/plan.yaml
  mine
  $ stride md2yaml ticked.md -o out/plan.yaml --force
  ticked.md: 1 phase, 0 week blocks, 3 tasks (2 ticked), 0 criteria, 0 deliverables, 0 resources
  $ cmp out/plan.yaml ticked.yaml && ls -A out
  plan.yaml
  $ stride md2yaml ticked.md -o nodir/plan.yaml
  stride: cannot write beside nodir/plan.yaml: No such file or directory
  [1]
  $ ls -A out
  plan.yaml

The file gets the usual mode (0666 less the umask):

  $ (umask 022 && stride md2yaml ticked.md -o out/new.yaml 2>/dev/null) && stat -c %a out/new.yaml
  644

Files that cannot be read:

  $ stride md2yaml nope.md
  stride: cannot read nope.md: No such file or directory
  [1]
  $ stride md2yaml out
  stride: cannot read out: Is a directory
  [1]
