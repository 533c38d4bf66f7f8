stride log --list, --edit and --delete (issue 16): time entries that can
be corrected, each change an event that undo and redo take back and make
again. Today is Wednesday 2025-07-16 (STRIDE_TODAY). An entry's id is the
first 8 hex digits of its event's uid, random: the transcripts show it as
ID and the tests take it from --json.

  $ export STRIDE_TODAY=2025-07-16
  $ stride import plans/backend-roadmap.yaml > /dev/null
  $ hide() { sed -E 's/\b[0-9a-f]{8}\b/ID/g'; }
  $ logged() { stride status --json | tr -d '\n\t ' | grep -o '"slot":{[^}]*' | grep -o '"logged":[0-9]*'; }
  $ id() { stride log --list --json "$@" | grep -o '"id":[[:space:]]*"[0-9a-f]*"' | grep -o '[0-9a-f]\{8\}'; }

No entries yet:

  $ stride log --list
  no time logged: backend-2025, 2025-W29 (2025-07-14 to 2025-07-20)
  $ stride log --list --json
  {
  	"plan":	"backend-2025",
  	"from":	"2025-07-14",
  	"to":	"2025-07-20",
  	"minutes":	0,
  	"entries":	[]
  }

Three logs this week, one last week:

  $ stride log 40m 3 -m "the event loop" --date 2025-07-14 > /dev/null
  $ stride log 25m --date 2025-07-14 > /dev/null
  $ stride log 1h 4 > /dev/null
  $ stride log 30m 2 --date 2025-07-09 > /dev/null

The list: this week's by default, each with an id; --week, --day, an
item (all its days), --json:

  $ stride log --list | hide
  backend-2025, 2025-W29 (2025-07-14 to 2025-07-20):
    ID  2025-07-14    40 min  on 3  Diagram Node event-loop vs libuv thread-pool  (the event loop)
    ID  2025-07-14    25 min  on the plan
    ID  2025-07-16    60 min  on 4  Build CLI scraper with streaming & progress bar
    total 2h05m in 3 entries
  $ stride log --list --week last | hide
  backend-2025, 2025-W28 (2025-07-07 to 2025-07-13):
    ID  2025-07-09    30 min  on 2  Read ES 2025 & TypeScript 5.x advanced chapters
    total 30m in 1 entry
  $ stride log --list --day 2025-07-14 | hide
  backend-2025, 2025-07-14:
    ID  2025-07-14    40 min  on 3  Diagram Node event-loop vs libuv thread-pool  (the event loop)
    ID  2025-07-14    25 min  on the plan
    total 1h05m in 2 entries
  $ stride log --list 2 | hide
  backend-2025, 2  Read ES 2025 & TypeScript 5.x advanced chapters:
    ID  2025-07-09    30 min  on 2  Read ES 2025 & TypeScript 5.x advanced chapters
    total 30m in 1 entry
  $ stride log --list --day 2025-07-14 --json | hide
  {
  	"plan":	"backend-2025",
  	"from":	"2025-07-14",
  	"to":	"2025-07-14",
  	"minutes":	65,
  	"entries":	[{
  			"id":	"ID",
  			"uid":	"[0-9a-f]+", (re)
  			"day":	"2025-07-14",
  			"minutes":	40,
  			"ref":	3,
  			"key":	"phase-1/diagram-node-event-loop-vs-libuv-thread-pool",
  			"title":	"Diagram Node event-loop vs libuv thread-pool",
  			"note":	"the event loop"
  		}, {
  			"id":	"ID",
  			"uid":	"[0-9a-f]+", (re)
  			"day":	"2025-07-14",
  			"minutes":	25,
  			"ref":	null,
  			"key":	null,
  			"title":	null,
  			"note":	null
  		}]
  }

Edit: 40 minutes on item 3 were 55; the entry keeps its item, day and
note, and gets a new id. Undo puts the 40 back, redo the 55:

  $ e=$(id 3)
  $ stride log --edit "$e" 55m | hide
  edited  ID: 55 min on 3  Diagram Node event-loop vs libuv thread-pool, 2025-07-14 (was 40 min; now ID)
  $ stride log --list 3 | hide
  backend-2025, 3  Diagram Node event-loop vs libuv thread-pool:
    ID  2025-07-14    55 min  on 3  Diagram Node event-loop vs libuv thread-pool  (the event loop)
    total 55m in 1 entry
  $ [ "$(id 3)" != "$e" ] && echo "a new id"
  a new id
  $ stride list --json 3 | grep -o '"minutes":[0-9]*'
  "minutes":55
  $ stride undo
  undid   log    3  Diagram Node event-loop vs libuv thread-pool  (55 min)
  undid   unlog  3  Diagram Node event-loop vs libuv thread-pool  (40 min back)
  $ [ "$(id 3)" = "$e" ] && echo "the old entry, its id"
  the old entry, its id
  $ stride list --json 3 | grep -o '"minutes":[0-9]*'
  "minutes":40
  $ stride redo
  redid   unlog  3  Diagram Node event-loop vs libuv thread-pool  (40 min taken out again)
  redid   log    3  Diagram Node event-loop vs libuv thread-pool  (55 min)
  $ stride list --json 3 | grep -o '"minutes":[0-9]*'
  "minutes":55

An edit with a note of its own:

  $ stride log --edit "$(id 3)" 50m -m "the event loop, and libuv" | hide
  edited  ID: 50 min on 3  Diagram Node event-loop vs libuv thread-pool, 2025-07-14 (was 55 min; now ID)
  $ stride log --list 3 | hide
  backend-2025, 3  Diagram Node event-loop vs libuv thread-pool:
    ID  2025-07-14    50 min  on 3  Diagram Node event-loop vs libuv thread-pool  (the event loop, and libuv)
    total 50m in 1 entry

Delete: the entry is taken out, today's minutes with it; undo brings it
back with its id; redo takes it out again:

  $ e=$(id 4)
  $ logged
  "logged":60
  $ stride log --delete "$e" 2>&1 | hide
  deleted ID: 60 min on 4  Build CLI scraper with streaming & progress bar, 2025-07-16 ('stride undo' brings it back)
  $ stride log --list 4
  no time logged: backend-2025, 4  Build CLI scraper with streaming & progress bar
  $ logged
  "logged":0
  $ stride undo
  undid   unlog  4  Build CLI scraper with streaming & progress bar  (60 min back)
  $ [ "$(id 4)" = "$e" ] && echo "back, its id"
  back, its id
  $ logged
  "logged":60
  $ stride redo
  redid   unlog  4  Build CLI scraper with streaming & progress bar  (60 min taken out again)
  $ stride log --list 4
  no time logged: backend-2025, 4  Build CLI scraper with streaming & progress bar
  $ stride undo > /dev/null

A log on the plan as a whole, deleted and its undo:

  $ stride log --delete "$(id --day 2025-07-14 | head -n 1)" | hide
  deleted ID: 25 min on the plan, 2025-07-14 ('stride undo' brings it back)
  $ stride log --list --day 2025-07-14 | hide
  backend-2025, 2025-07-14:
    ID  2025-07-14    50 min  on 3  Diagram Node event-loop vs libuv thread-pool  (the event loop, and libuv)
    total 50m in 1 entry
  $ stride undo
  undid   unlog of 25 min (back)

Bad input: one line, exit 2 (65 for text refused), nothing changed:

  $ before=$(stride log --list --json; stride list --json)
  $ stride log --edit 0000 30m
  stride: no time entry '0000' ('stride log --list' shows them, with their ids)
  [2]
  $ stride log --delete nothex
  stride log: 'nothex' is not a time entry's id: the first 8 characters that 'stride log --list' shows
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log --edit "$(id 4)" 25h
  stride log: '25h' is not a duration like 45m, 1h30m or 1.5h (at most 24h)
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log --edit "$(id 4)"
  stride log: how long? give a duration like 45m, 1h30m or 1.5h
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log --edit "$(id 4)" 30m -m "$(printf 'bad\033[31m')"
  stride: the log note (-m) holds a control character (U+001B, ESC) at character 4: stride keeps UTF-8 text without control characters but tab and newline; nothing was saved
  [65]
  $ stride log --delete "$(id 4)" --edit "$(id 4)" 30m
  stride log: one of --list, --edit and --delete at a time
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log --list --week 2025-W99
  stride log: '2025-W99' is not a week: give 2025-W32, a date in the week, this, last, or -N (N weeks ago)
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log --list --week last --day today
  stride log: --week or --day, not both
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]
  $ stride log 30m --json
  stride log: --week, --day and --json go with --list
  usage: stride log DURATION [REF] [-m NOTE] [--date DAY] | log --list [--week WEEK | --day DAY | REF] [--json] | log --edit ID DURATION [-m NOTE] | log --delete ID (see 'stride help log')
  [2]

An entry of another plan is refused while that plan is not the current
one:

  $ e=$(id 4)
  $ stride import plans/senior-engineer-2025.yaml > /dev/null 2>&1
  $ stride use senior-engineer-2025 > /dev/null
  $ stride log --delete "$e" 2>&1 | hide
  stride: the time entry ID is of the plan backend-2025, not of senior-engineer-2025: 'stride use backend-2025' first
  $ stride log --edit "$e" 10m 2>&1 | hide
  stride: the time entry ID is of the plan backend-2025, not of senior-engineer-2025: 'stride use backend-2025' first
  $ stride use backend-2025 > /dev/null
  $ [ "$before" = "$(stride log --list --json; stride list --json)" ] && echo "nothing changed"
  nothing changed

With the week starting on Sunday (the config file's week-start), this
week is Sunday 2025-07-13 to Saturday 2025-07-19:

  $ mkdir -p .config/stride && echo 'week-start: sunday' > .config/stride/config.yaml
  $ stride log 15m --date 2025-07-13 > /dev/null
  $ stride log --list | hide
  backend-2025, 2025-W29 (2025-07-13 to 2025-07-19):
    ID  2025-07-13    15 min  on the plan
    ID  2025-07-14    25 min  on the plan
    ID  2025-07-14    50 min  on 3  Diagram Node event-loop vs libuv thread-pool  (the event loop, and libuv)
    ID  2025-07-16    60 min  on 4  Build CLI scraper with streaming & progress bar
    total 2h30m in 4 entries
  $ rm .config/stride/config.yaml
  $ stride log --list | head -n 1
  backend-2025, 2025-W29 (2025-07-14 to 2025-07-20):
