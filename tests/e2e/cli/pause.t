Pauses (issue 12): days off a plan, for a holiday or an illness. The
backend roadmap, run from Monday 2026-03-02 (its schedule: Monday to
Saturday, Sunday a rest day), studied every day of its first week:

  $ STRIDE_TODAY=2026-03-02 stride import plans/backend-roadmap.yaml > /dev/null 2>&1
  $ STRIDE_TODAY=2026-03-02 stride start backend-2025 2026-03-02 > /dev/null
  $ for d in 02 03 04 05 06 07; do STRIDE_TODAY=2026-03-$d stride log 30m > /dev/null; done
  $ STRIDE_TODAY=2026-03-04 stride done 2 > /dev/null
  $ STRIDE_TODAY=2026-03-07 stride status | grep -e Streak -e Done
  Done: 1% (1 of 60); on schedule (2% of the dated items expected by today)
  Streak: 6 days (longest 6)

Away from Monday 03-09 to Wednesday 03-11, nothing logged: on Thursday the
streak is broken and the plan counts the three days against you:

  $ STRIDE_TODAY=2026-03-12 stride status | grep -e Streak -e Done
  Done: 1% (1 of 60); 5 days behind schedule (3% of the dated items expected by today)
  Streak: none (longest 6 days)

The same three days as a pause (a day as a person types it; the last
day, or --days): rest days, which keep the streak, and which the plan's
expected progress does not count; said on stdout, and listed:

  $ STRIDE_TODAY=2026-03-12 stride pause 2026-03-09 2026-03-11
  paused backend-2025 from 2026-03-09 to 2026-03-11 (3 days): rest days, which keep the streak and which the plan does not count ('stride undo' takes it back)
  $ STRIDE_TODAY=2026-03-12 stride status | grep -e Streak -e Done
  Done: 1% (1 of 60); 2 days behind schedule (3% of the dated items expected by today)
  Streak: 6 days (longest 6)
  $ STRIDE_TODAY=2026-03-12 stride pause --list
  2026-03-09 to 2026-03-11  (3 days)
  $ STRIDE_TODAY=2026-03-12 stride pause --list --json
  {
  	"plan":	"backend-2025",
  	"pauses":	[{
  			"first":	"2026-03-09",
  			"last":	"2026-03-11",
  			"days":	3
  		}]
  }
  $ STRIDE_TODAY=2026-03-12 stride pause --json 2026-04-01
  stride pause: --json goes with --list: 'stride pause --list --json'
  usage: stride pause [PLAN] FROM [TO] [--days N] [--shift] | pause --list [--json] [PLAN] (see 'stride help pause')
  [2]

A day of a pause is a rest day: no slot, nothing scheduled; the week's
minutes leave it out (three 30-minute days of six):

  $ STRIDE_TODAY=2026-03-10 stride status | grep -e Today -e 'This week'
  Today, Tue 2026-03-10: paused to 2026-03-11, a rest day (0 min logged)
  This week: 0 of 90 min
  $ STRIDE_TODAY=2026-03-10 stride status --json | tr -d '\t' | grep -e '"rest"' -e paused_to
  "rest":true,
  "paused_to":"2026-03-11",

Undo takes the pause back:

  $ STRIDE_TODAY=2026-03-12 stride undo
  undid   stride pause: its 3 days are plan days again
  $ STRIDE_TODAY=2026-03-12 stride pause --list
  backend-2025 has no pauses
  $ STRIDE_TODAY=2026-03-12 stride pause --list backend-2025 --json | tr -d '\t\n'; echo
  {"plan":"backend-2025","pauses":[]}

A pause to come, with --days, and --shift: what is left of the plan from
its first day moves later by its length, as one step for undo:

  $ STRIDE_TODAY=2026-03-12 stride list | grep '^ *8 '
   8  Data & Persistence  2026-03-30..2026-04-21  [0/7]
  $ STRIDE_TODAY=2026-03-12 stride pause monday --days 5 --shift
  paused backend-2025 from 2026-03-16 to 2026-03-20 (5 days): rest days, which keep the streak and which the plan does not count; what is left from 2026-03-16 on moved 5 days later ('stride undo' takes both back)
  $ STRIDE_TODAY=2026-03-12 stride list | grep '^ *8 '
   8  Data & Persistence  2026-04-04..2026-04-26  [0/7]
  $ STRIDE_TODAY=2026-03-12 stride undo
  undid   stride shift: the plan's dates are as they were before
  undid   stride pause: its 5 days are plan days again
  $ STRIDE_TODAY=2026-03-12 stride list | grep '^ *8 '
   8  Data & Persistence  2026-03-30..2026-04-21  [0/7]

Bad input says what to type instead, and changes nothing: a pause that
ends before it starts, one that overlaps another, a word that is no
day, --days that is no number of days, both a last day and --days:

  $ STRIDE_TODAY=2026-03-12 stride pause 2026-03-20 2026-03-18
  stride pause: the pause would end (2026-03-18) before it starts (2026-03-20): give its first day, then its last
  usage: stride pause [PLAN] FROM [TO] [--days N] [--shift] | pause --list [--json] [PLAN] (see 'stride help pause')
  [2]
  $ STRIDE_TODAY=2026-03-12 stride pause 2026-03-23 --days 7 > /dev/null
  $ STRIDE_TODAY=2026-03-12 stride pause 2026-03-27
  stride: these days overlap the pause from 2026-03-23 to 2026-03-29 ('stride pause --list' lists them; 'stride undo' takes the last back)
  [65]
  $ STRIDE_TODAY=2026-03-12 stride pause someday
  stride pause: 'someday' is not a day: give YYYY-MM-DD, today, tomorrow, yesterday, +N or -N (days from today), or a weekday such as monday
  usage: stride pause [PLAN] FROM [TO] [--days N] [--shift] | pause --list [--json] [PLAN] (see 'stride help pause')
  [2]
  $ STRIDE_TODAY=2026-03-12 stride pause today --days 0
  stride pause: --days takes a number of days from 1 to 3660; got '0'
  usage: stride pause [PLAN] FROM [TO] [--days N] [--shift] | pause --list [--json] [PLAN] (see 'stride help pause')
  [2]
  $ STRIDE_TODAY=2026-03-12 stride pause today tomorrow --days 2
  stride pause: give the last day or --days, not both
  usage: stride pause [PLAN] FROM [TO] [--days N] [--shift] | pause --list [--json] [PLAN] (see 'stride help pause')
  [2]
  $ STRIDE_TODAY=2026-03-12 stride pause
  stride pause: no day given: the first day of the pause (YYYY-MM-DD, today, tomorrow, yesterday, +N or -N (days from today), or a weekday such as monday)
  usage: stride pause [PLAN] FROM [TO] [--days N] [--shift] | pause --list [--json] [PLAN] (see 'stride help pause')
  [2]
  $ STRIDE_TODAY=2026-03-12 stride pause nosuch 2026-04-01
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]
  $ STRIDE_TODAY=2026-03-12 stride pause --list
  2026-03-23 to 2026-03-29  (7 days)
