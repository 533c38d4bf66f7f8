The bundled plans lint clean (exit 0), with no warnings but the three
overlaps seed 002 asks for: its phase 3 runs "Months 3-5" beside phases 1
and 2, and its phase 4 starts in the last month of phase 2
(plans/README.md says why they stay):

  $ stride lint plans/*.yaml
  plans/senior-engineer-2025.yaml:339:5: warning: phase 'Algorithms & Data Structures' (2025-03-01 to 2025-05-31) overlaps 'Backend & Database Fundamentals' (2025-01-01 to 2025-03-31)
  plans/senior-engineer-2025.yaml:339:5: warning: phase 'Algorithms & Data Structures' (2025-03-01 to 2025-05-31) overlaps 'System Design & Architecture' (2025-04-01 to 2025-06-30)
  plans/senior-engineer-2025.yaml:360:5: warning: phase 'AI/ML & Emerging Technologies' (2025-06-01 to 2025-12-31) overlaps 'System Design & Architecture' (2025-04-01 to 2025-06-30)

Every bundled plan imports, and lists as a tree:

  $ for f in plans/*.yaml; do stride import "$f" > /dev/null 2>&1 || echo "$f failed"; done
  $ stride plans | grep -c '^[ *] [^ ]'
  5

The seed 001 plan: nine dated phases, each with its tasks, criteria and
Saturday mini-project, and the Mon-Sat routine.

  $ stride lint --summary plans/backend-roadmap.yaml
  plans/backend-roadmap.yaml: Mid-Level Backend Roadmap (2025) (backend-2025)
    2025-06-12 to 2025-12-31: 9 phases, 0 week blocks, 34 tasks, 17 criteria, 9 deliverables, 0 resources, 3 habits
    2025-06-12  2025-07-09  Language & Runtime Mastery
    2025-07-10  2025-08-01  Data & Persistence
    2025-08-02  2025-08-29  Design & Architecture
    2025-08-30  2025-09-17  Quality, Testing & Security
    2025-09-18  2025-10-10  Performance & System Design
    2025-10-11  2025-11-07  Cloud & DevOps
    2025-11-08  2025-12-10  AI & LLMOps
    2025-12-11  2025-12-24  Polyglot Sprint
    2025-12-25  2025-12-31  Soft Skills & Wrap-up

The example of docs/plan-format.md prints what the document says it does:

  $ cd data && stride lint --summary example.yaml
  example.yaml: Mid-Level Backend Roadmap (2025) (backend-2025)
    2025-06-12 to 2025-12-31: 3 phases, 2 week blocks, 8 tasks, 3 criteria, 1 deliverable, 1 resource
    2025-06-12  2025-07-09  Language & Runtime Mastery
    2025-07-10  2025-07-30  Data & Persistence
    2025-07-10  2025-07-16    week 1: Postgres indexing
    2025-07-17  2025-07-30    weeks 2-3: Prisma and Redis
    unscheduled             Bonus focus areas
  $ cd ..
  $ awk '/^example.yaml:/,/Bonus focus areas$/' "$TESTROOT/docs/plan-format.md" > doc.out
  $ (cd data && stride lint --summary example.yaml) | diff doc.out - && echo same
  same
