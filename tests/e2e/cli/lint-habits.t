stride lint on habits (docs/plan-format.md, "Habits"): every form of
`every` loads, the plan's `habits` list too, and each bad value is one
error at its line and column that says what to write instead. An invalid
file exits 65.

Every form: a weekday, a list of weekdays, day, N/week, all seven weekdays
(the same as day), in the plan's habits, a phase and a week block:

  $ stride lint data/good/habits.yaml
  $ stride lint --summary data/good/habits.yaml
  data/good/habits.yaml: Habits test (habits)
    2026-11-02 to 2026-12-27: 2 phases, 1 week block, 1 task, 0 criteria, 0 deliverables, 0 resources, 6 habits
    2026-11-02  2026-11-29  Phase one
    2026-11-30  2026-12-27  Phase two
    2026-11-30  2026-12-06    week 1
  $ stride lint --json data/good/habits.yaml | grep -E '"(tasks|habits)":'
  			"tasks":	1,
  			"habits":	6

Each bad value, at the value (a key that a habit does not take, at the
key):

  $ stride lint data/bad/habits.yaml
  data/bad/habits.yaml:5:24: error: 'every' 8/week is more often than a week has days: give 1/week to 7/week, or every: day
  data/bad/habits.yaml:6:25: error: 'every' takes the weekdays mon, tue, wed, thu, fri, sat, sun; got "funday"
  data/bad/habits.yaml:7:38: error: 'minutes' must be a whole number from 1 to 1440, got "-5"
  data/bad/habits.yaml:8:7: error: a habit under 'habits' needs 'every' (day, a list of weekdays like [mon, wed, fri], or N/week like 3/week)
  data/bad/habits.yaml:9:24: error: 'every' [] names no day: give day, a list of weekdays like [mon, wed, fri], or N/week like 3/week
  data/bad/habits.yaml:10:24: error: 'every' 0/week is never: give 1/week to 7/week
  data/bad/habits.yaml:11:24: error: 'every' must be day, a list of weekdays like [mon, wed, fri], or N/week like 3/week; got "daily" (write every: day)
  data/bad/habits.yaml:12:30: error: 'every' names mon twice
  data/bad/habits.yaml:13:7: error: a habit under 'habits' needs 'every' (day, a list of weekdays like [mon, wed, fri], or N/week like 3/week)
  data/bad/habits.yaml:13:26: error: 'minutes' is for a habit: add 'every' (day, a list of weekdays like [mon, wed, fri], or N/week like 3/week), or give a one-off task an 'estimate' like 30m
  data/bad/habits.yaml:17:33: error: a habit (a task with 'every') takes no 'days': it is due on the days 'every' gives
  data/bad/habits.yaml:17:44: error: a habit (a task with 'every') takes no 'estimate': give the time each occurrence takes as 'minutes'
  data/bad/habits.yaml:20:25: error: a habit must stand in a phase, a week block or the plan's 'habits', not under a task
  [65]

Nothing is imported from a bad file:

  $ stride import data/bad/habits.yaml 2>/dev/null
  [65]
  $ stride plans
  No plans yet. Import one: stride import plans/backend-roadmap.yaml
