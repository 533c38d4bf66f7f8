stride clock (issue 16): a running clock in the store, logged as a normal
log event when it stops. Today is Monday 2025-07-14 (STRIDE_TODAY); the
clock's time is pinned with STRIDE_NOW.

No store, no clock (and no store made):

  $ stride clock
  no clock is running ('stride clock in [REF]' starts one)
  $ stride clock out
  stride: no clock is running: 'stride clock in [REF]' starts one
  [2]
  $ ls .local/share/stride
  ls: cannot access '.local/share/stride': No such file or directory
  [2]

  $ stride import plans/backend-roadmap.yaml > /dev/null
  $ stride clock
  no clock is running ('stride clock in [REF]' starts one)
  $ stride clock --json
  {
  	"running":	false
  }

Clock in on item 3 with a note; what runs, for how long:

  $ STRIDE_NOW=2025-07-14T09:30 stride clock in 3 -m "the event loop"
  clocked in  on 3  Diagram Node event-loop vs libuv thread-pool at 09:30
  $ STRIDE_NOW=2025-07-14T09:55 stride clock
  running  25m on 3  Diagram Node event-loop vs libuv thread-pool (since 09:30)
    the event loop
  $ STRIDE_NOW=2025-07-14T09:55 stride clock --json
  {
  	"running":	true,
  	"plan":	"backend-2025",
  	"ref":	3,
  	"key":	"phase-1/diagram-node-event-loop-vs-libuv-thread-pool",
  	"title":	"Diagram Node event-loop vs libuv thread-pool",
  	"since":	"2025-07-14T09:30",
  	"minutes":	25,
  	"note":	"the event loop",
  	"past_midnight":	false
  }

Two clocks: clocking in on 4 stops 3's first and logs its 40 minutes
(the note goes with it):

  $ STRIDE_NOW=2025-07-14T10:10 stride clock in 4
  clocked out  40 min on 3  Diagram Node event-loop vs libuv thread-pool, 2025-07-14
  clocked in  on 4  Build CLI scraper with streaming & progress bar at 10:10
  $ stride list --json 3 | grep -o '"minutes":[0-9]*'
  "minutes":40
  $ STRIDE_NOW=2025-07-14T11:15:40 stride clock out
  clocked out  66 min on 4  Build CLI scraper with streaming & progress bar, 2025-07-14
  $ stride clock
  no clock is running ('stride clock in [REF]' starts one)
  $ stride log --list | sed -E 's/^  [0-9a-f]{8}/  ID/'
  backend-2025, 2025-W29 (2025-07-14 to 2025-07-20):
    ID  2025-07-14    40 min  on 3  Diagram Node event-loop vs libuv thread-pool  (the event loop)
    ID  2025-07-14    66 min  on 4  Build CLI scraper with streaming & progress bar
    total 1h46m in 2 entries

The stop is a log like any other: undo takes it back (the clock is not
started again), redo makes it again:

  $ stride undo
  undid   log    4  Build CLI scraper with streaming & progress bar  (66 min)
  $ stride list --json 4 | grep -o '"minutes":[0-9]*'
  "minutes":0
  $ stride redo
  redid   log    4  Build CLI scraper with streaming & progress bar  (66 min)
  $ stride list --json 4 | grep -o '"minutes":[0-9]*'
  "minutes":66

Under half a minute logs nothing; a clock on the plan as a whole:

  $ STRIDE_NOW=2025-07-14T12:00:00 stride clock in
  clocked in  on the plan at 12:00
  $ STRIDE_NOW=2025-07-14T12:00:20 stride clock out
  clocked out  nothing logged on the plan

--keep and --at, for a clock forgotten: at most what it ran, between its
start and now:

  $ STRIDE_NOW=2025-07-14T13:00 stride clock in 5
  clocked in  on 5  CLI handles 10 k requests without blocking at 13:00
  $ STRIDE_NOW=2025-07-14T15:00 stride clock out --keep 3h
  stride: the clock ran 2h: it cannot keep 3h (give at most 2h)
  [65]
  $ STRIDE_NOW=2025-07-14T15:00 stride clock out --at 12:30
  stride: --at 12:30 is not between the clock's start (13:00) and now, on the day it started
  [2]
  $ STRIDE_NOW=2025-07-14T15:00 stride clock out --at 16:00
  stride: --at 16:00 is not between the clock's start (13:00) and now, on the day it started
  [2]
  $ STRIDE_NOW=2025-07-14T15:00 stride clock out --keep 1h --at 14:00
  stride clock: --keep or --at, not both
  usage: stride clock [--json] | clock in [REF] [-m NOTE] | clock out [--keep DURATION | --at HH:MM] (see 'stride help clock')
  [2]
  $ STRIDE_NOW=2025-07-14T15:00 stride clock out --at 13:45
  clocked out  45 min on 5  CLI handles 10 k requests without blocking, 2025-07-14
  $ stride list --json 5 | grep -o '"minutes":[0-9]*'
  "minutes":45

Bad input: one line, nothing changed:

  $ stride clock out
  stride: no clock is running: 'stride clock in [REF]' starts one
  [2]
  $ stride clock out --keep soon
  stride clock: 'soon' is not a duration like 45m, 1h30m or 1.5h (0 for none; at most 24h)
  usage: stride clock [--json] | clock in [REF] [-m NOTE] | clock out [--keep DURATION | --at HH:MM] (see 'stride help clock')
  [2]
  $ stride clock out --at 25:00
  stride clock: '25:00' is not a time like 17:30
  usage: stride clock [--json] | clock in [REF] [-m NOTE] | clock out [--keep DURATION | --at HH:MM] (see 'stride help clock')
  [2]
  $ stride clock in 9999
  stride: backend-2025 has no item 9999 ('stride list' shows the numbers)
  [2]
  $ stride clock in 3 4
  stride clock: unexpected '4'
  usage: stride clock [--json] | clock in [REF] [-m NOTE] | clock out [--keep DURATION | --at HH:MM] (see 'stride help clock')
  [2]
  $ stride clock sideways
  stride clock: 'sideways' is not 'in' or 'out'
  usage: stride clock [--json] | clock in [REF] [-m NOTE] | clock out [--keep DURATION | --at HH:MM] (see 'stride help clock')
  [2]
  $ STRIDE_NOW=yesterday stride clock in 3
  stride: STRIDE_NOW must be a time like 2025-07-14T09:30, got 'yesterday'
  [2]
  $ stride clock
  no clock is running ('stride clock in [REF]' starts one)

Midnight: a clock left running is never logged past midnight unasked.
The next command says so on stderr; clock in and a plain clock out
refuse; --keep or --at settles it, logged on the day it started:

  $ STRIDE_NOW=2025-07-14T22:10 stride clock in 6
  clocked in  on 6  Progress updates every 500 ms at 22:10
  $ export STRIDE_TODAY=2025-07-15 STRIDE_NOW=2025-07-15T07:30
  $ stride status > /dev/null
  stride: the clock started 2025-07-14 22:10 ran past midnight: 'stride clock out --keep DURATION' (0 for none) or '--at HH:MM' logs what of it was study
  $ stride clock
  running  since 2025-07-14 22:10, past midnight, on 6  Progress updates every 500 ms
  stride: it is not logged past midnight unasked: 'stride clock out --keep DURATION' (0 for none) or '--at HH:MM' says how much of it was study
  $ stride clock --json | grep past_midnight
  	"past_midnight":	true
  $ stride prompt '[%c]'
  [clock?]
  $ stride clock out
  stride: the clock started 2025-07-14 22:10 ran past midnight: say how much of it to log with 'stride clock out --keep DURATION' (0 for none) or '--at HH:MM' (when you stopped)
  [65]
  $ stride clock in 3
  stride: the clock started 2025-07-14 22:10 ran past midnight: say how much of it to log with 'stride clock out --keep DURATION' (0 for none) or '--at HH:MM' (when you stopped)
  [65]
  $ stride clock out --keep 1h30m
  clocked out  90 min on 6  Progress updates every 500 ms, 2025-07-14
  $ stride log --list --day 2025-07-14 | tail -n 2 | sed -E 's/^  [0-9a-f]{8}/  ID/'
    ID  2025-07-14    90 min  on 6  Progress updates every 500 ms
    total 4h01m in 4 entries
  $ stride clock
  no clock is running ('stride clock in [REF]' starts one)

--keep 0 logs nothing; --at is a time on the day the clock started:

  $ STRIDE_NOW=2025-07-15T23:00 stride clock in 6
  clocked in  on 6  Progress updates every 500 ms at 23:00
  $ export STRIDE_TODAY=2025-07-16 STRIDE_NOW=2025-07-16T08:00
  $ stride clock out --at 23:45
  clocked out  45 min on 6  Progress updates every 500 ms, 2025-07-15
  $ STRIDE_NOW=2025-07-16T09:00 stride clock in 6
  clocked in  on 6  Progress updates every 500 ms at 09:00
  $ STRIDE_NOW=2025-07-17T09:00 STRIDE_TODAY=2025-07-17 stride clock out --keep 0
  clocked out  nothing logged on 6  Progress updates every 500 ms

The prompt's %c: the clock's time, nothing when none runs:

  $ stride prompt '[%c]'
  []
  $ STRIDE_NOW=2025-07-16T09:00 stride clock in 6
  clocked in  on 6  Progress updates every 500 ms at 09:00
  $ STRIDE_NOW=2025-07-16T10:05 stride prompt '[%c] %P'
  [1h05m] backend-2025
