--json on the read commands: one JSON document on stdout (made with
cJSON), with stable field names. `plans`, `status` and `today` print one
pretty-printed document (shown here without its tab indentation, `j`),
`list` one array with one compact object a line. This directory's path is
shown as ~.

  $ j() { tr -d '\t' | sed "s#$(pwd -P)/#~/#g; s#$HOME/#~/#g"; }

With no store yet, `plans` is an empty array; `status` has no plan to
show: an error on stderr, nothing on stdout.

  $ stride plans --json
  []
  $ stride status --json 2>/dev/null
  [1]
  $ stride today --json 2>/dev/null
  [1]

The plan of store-commands.t, with two tasks done, one started, 40 minutes
today and 20 on a task yesterday (Sunday, a rest day), and a note with a
quote and a tab in it:

  $ cp data/sync/pace.yaml pace.yaml
  $ stride import pace.yaml > /dev/null
  $ stride done 2 3 > /dev/null; stride start 9 > /dev/null
  $ stride log 40m > /dev/null; stride log 20m 2 --date yesterday > /dev/null
  $ stride note 3 -m "$(printf 'say "hi"\tthen go')" > /dev/null


status --json
-------------

2 of 10 done (20%); phase one expects 3.2 of the 9 dated items by today
(35%) and 2 by 07-11: 3 days behind (days_ahead is negative behind). The
streak is 07-13 (rest day, with activity) and today.

  $ stride status --json | j
  {
  "plan":"pace",
  "title":"Pace check",
  "source":"~/pace.yaml",
  "start":"2025-07-07",
  "end":"2025-07-30",
  "file_start":"2025-07-07",
  "file_end":"2025-07-30",
  "today":"2025-07-14",
  "ended":false,
  "starts_in":0,
  "template":false,
  "done":2,
  "total":10,
  "percent":20,
  "phase":{
  "ref":1,
  "key":"one",
  "title":"Phase one",
  "goal":"Get the basics right.",
  "start":"2025-07-07",
  "end":"2025-07-16",
  "done":2,
  "total":4
  },
  "phase_number":1,
  "phase_count":3,
  "subphase":null,
  "week":null,
  "expected_percent":35,
  "days_ahead":-2,
  "slot":{
  "date":"2025-07-14",
  "weekday":"mon",
  "minutes":30,
  "focus":"Theory",
  "rest":false,
  "paused_to":null,
  "logged":40
  },
  "streak":{
  "current":2,
  "longest":2
  },
  "this_week":{
  "start":"2025-07-14",
  "logged":40,
  "scheduled":165
  },
  "next":{
  "ref":4,
  "key":"one/read-the-style-guide",
  "kind":"task",
  "title":"Read the style guide",
  "status":"todo",
  "depth":2,
  "optional":false,
  "archived":false,
  "start":null,
  "end":null,
  "done":0,
  "total":0,
  "minutes":0,
  "estimate":null,
  "note":null,
  "due":null,
  "priority":null,
  "late_days":0,
  "tags":["reading"],
  "parent":1
  },
  "open":3,
  "late":0
  }

On Friday 07-18, a rest day, in phase two's first week block (phase one's
4 items and 3 x 2/7 + 2/14 = 1 of phase two's are expected: 5 of 9, 55%;
2 done, as expected on 07-11: 7 days behind):

  $ STRIDE_TODAY=2025-07-18 stride status --json | j | grep -v -e '^"\(plan\|title\|source\|start\|end\|done\|total\|percent\)"' | sed '/^"next"/,$d'
  {
  "file_start":"2025-07-07",
  "file_end":"2025-07-30",
  "today":"2025-07-18",
  "ended":false,
  "starts_in":0,
  "template":false,
  "phase":{
  "ref":7,
  "key":"two",
  "goal":null,
  },
  "phase_number":2,
  "phase_count":3,
  "subphase":null,
  "week":{
  "ref":8,
  "key":"two/week-1",
  "goal":null,
  },
  "expected_percent":55,
  "days_ahead":-6,
  "slot":{
  "date":"2025-07-18",
  "weekday":"fri",
  "minutes":0,
  "focus":null,
  "rest":true,
  "paused_to":null,
  "logged":0
  },
  "streak":{
  "current":0,
  "longest":2
  },
  "this_week":{
  "logged":40,
  "scheduled":165
  },

A plan without dates has no ahead or behind: days_ahead is null.

  $ cp data/sync/undated.yaml undated.yaml
  $ stride import undated.yaml > /dev/null
  $ stride status --json undated | j | sed '/^"next"/,$d' | grep -e days_ahead -e expected_percent -e '"minutes"' -e '"rest"' -e scheduled
  "expected_percent":null,
  "days_ahead":null,
  "minutes":0,
  "rest":false,
  "scheduled":0


today --json
------------

Today's slot, where we are, and the next open tasks (the same objects as
`list --json`), with how many more there are:

  $ stride today --json pace | j
  {
  "plan":"pace",
  "title":"Pace check",
  "source":"~/pace.yaml",
  "start":"2025-07-07",
  "end":"2025-07-30",
  "file_start":"2025-07-07",
  "file_end":"2025-07-30",
  "slot":{
  "date":"2025-07-14",
  "weekday":"mon",
  "minutes":30,
  "focus":"Theory",
  "rest":false,
  "paused_to":null,
  "logged":40
  },
  "phase":{
  "ref":1,
  "key":"one",
  "title":"Phase one",
  "goal":"Get the basics right.",
  "start":"2025-07-07",
  "end":"2025-07-16",
  "done":2,
  "total":4
  },
  "subphase":null,
  "week":null,
  "next":[{
  "ref":4,
  "key":"one/read-the-style-guide",
  "kind":"task",
  "title":"Read the style guide",
  "status":"todo",
  "depth":2,
  "optional":false,
  "archived":false,
  "start":null,
  "end":null,
  "done":0,
  "total":0,
  "minutes":0,
  "estimate":null,
  "note":null,
  "due":null,
  "priority":null,
  "late_days":0,
  "tags":["reading"],
  "parent":1
  }, {
  "ref":6,
  "key":"one/can-explain-the-basics",
  "kind":"criterion",
  "title":"Can explain the basics",
  "status":"todo",
  "depth":2,
  "optional":false,
  "archived":false,
  "start":null,
  "end":null,
  "done":0,
  "total":0,
  "minutes":0,
  "estimate":null,
  "note":null,
  "due":null,
  "priority":null,
  "late_days":0,
  "tags":[],
  "parent":1
  }, {
  "ref":5,
  "key":"one/watch-the-conference-talk",
  "kind":"task",
  "title":"Watch the conference talk",
  "status":"todo",
  "depth":2,
  "optional":true,
  "archived":false,
  "start":null,
  "end":null,
  "done":0,
  "total":0,
  "minutes":0,
  "estimate":null,
  "note":null,
  "due":null,
  "priority":null,
  "late_days":0,
  "tags":["video"],
  "parent":1
  }],
  "carried":0,
  "more":0,
  "streak":{
  "current":2,
  "longest":2
  }
  }


plans --json
------------

One object a plan, the current one (imported last) first:

  $ stride plans --json | j
  [{
  "plan":"undated",
  "title":"Reading list",
  "source":"~/undated.yaml",
  "start":null,
  "end":null,
  "file_start":null,
  "file_end":null,
  "current":true,
  "template":false,
  "done":0,
  "total":3,
  "percent":0,
  "phase":{
  "ref":1,
  "key":"books",
  "title":"Books",
  "goal":null,
  "start":null,
  "end":null,
  "done":0,
  "total":2
  },
  "phase_number":1,
  "phase_count":2,
  "subphase":null,
  "week":null
  }, {
  "plan":"pace",
  "title":"Pace check",
  "source":"~/pace.yaml",
  "start":"2025-07-07",
  "end":"2025-07-30",
  "file_start":"2025-07-07",
  "file_end":"2025-07-30",
  "current":false,
  "template":false,
  "done":2,
  "total":10,
  "percent":20,
  "phase":{
  "ref":1,
  "key":"one",
  "title":"Phase one",
  "goal":"Get the basics right.",
  "start":"2025-07-07",
  "end":"2025-07-16",
  "done":2,
  "total":4
  },
  "phase_number":1,
  "phase_count":3,
  "subphase":null,
  "week":null
  }]


list --json
-----------

One array, with one compact object a line, in the order of `stride list`,
its brackets on lines of their own. The current plan (undated) has 5
items:

  $ stride list --json | wc -l
  7
  $ stride list --json | grep -v '^{"ref":[0-9]*,.*},\{0,1\}$'
  [
  ]

Phase one of pace, with one item of each status, an estimate (minutes),
time logged, an optional task and a note with a quote and a tab:

  $ stride skip pace:4 > /dev/null
  $ stride list --json pace:1
  [
  {"ref":1,"key":"one","kind":"phase","title":"Phase one","status":null,"depth":1,"optional":false,"archived":false,"start":"2025-07-07","end":"2025-07-16","done":2,"total":3,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":null},
  {"ref":2,"key":"one/read-the-tutorial","kind":"task","title":"Read the tutorial","status":"done","depth":2,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":20,"estimate":60,"note":null,"due":null,"priority":null,"late_days":0,"tags":["reading"],"parent":1},
  {"ref":3,"key":"setup","kind":"task","title":"Set up the editor","status":"done","depth":2,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":"say \"hi\"\tthen go","due":null,"priority":null,"late_days":0,"tags":[],"parent":1},
  {"ref":4,"key":"one/read-the-style-guide","kind":"task","title":"Read the style guide","status":"skipped","depth":2,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":["reading"],"parent":1},
  {"ref":5,"key":"one/watch-the-conference-talk","kind":"task","title":"Watch the conference talk","status":"todo","depth":2,"optional":true,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":["video"],"parent":1},
  {"ref":6,"key":"one/can-explain-the-basics","kind":"criterion","title":"Can explain the basics","status":"todo","depth":2,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":1}
  ]

Phase two: week blocks with their dates, a task in progress with its
sub-tasks counted, a deliverable:

  $ stride list --json pace:7
  [
  {"ref":7,"key":"two","kind":"phase","title":"Phase two","status":null,"depth":1,"optional":false,"archived":false,"start":"2025-07-17","end":"2025-07-30","done":0,"total":5,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":null},
  {"ref":8,"key":"two/week-1","kind":"week","title":"Parsing","status":null,"depth":2,"optional":false,"archived":false,"start":"2025-07-17","end":"2025-07-23","done":0,"total":3,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":7},
  {"ref":9,"key":"two/week-1/write-the-parser","kind":"task","title":"Write the parser","status":"doing","depth":3,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":2,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":8},
  {"ref":10,"key":"two/week-1/write-the-parser/tokenizer","kind":"task","title":"Tokenizer","status":"todo","depth":4,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":9},
  {"ref":11,"key":"two/week-1/write-the-parser/grammar","kind":"task","title":"Grammar","status":"todo","depth":4,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":9},
  {"ref":12,"key":"two/week-2","kind":"week","title":"Testing","status":null,"depth":2,"optional":false,"archived":false,"start":"2025-07-24","end":"2025-07-30","done":0,"total":1,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":7},
  {"ref":13,"key":"two/week-2/test-the-parser","kind":"task","title":"Test the parser","status":"todo","depth":3,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":["testing"],"parent":12},
  {"ref":14,"key":"two/a-working-calculator","kind":"deliverable","title":"A working calculator","status":"todo","depth":2,"optional":false,"archived":false,"start":null,"end":null,"done":0,"total":0,"minutes":0,"estimate":null,"note":null,"due":null,"priority":null,"late_days":0,"tags":[],"parent":7}
  ]

A subtree's first item keeps its parent (the week block 8 is in phase 7):

  $ stride list --json pace:8 | sed -n 2p | grep -o '"parent":[^}]*'
  "parent":7

Filters apply as in `stride list`; nothing to show is an empty array:

  $ stride list --json pace:1 --done | grep -o '"ref":[0-9]*'
  "ref":1
  "ref":2
  "ref":3
  $ stride list --json pace:1 --tag video | grep -o '"ref":[0-9]*,"key":"[^"]*"'
  "ref":1,"key":"one"
  "ref":5,"key":"one/watch-the-conference-talk"
  $ stride list --json pace:1 --tag nosuch
  []

Errors go to stderr, and stdout stays empty:

  $ stride list --json pace:nosuch 2>/dev/null
  [2]
  $ stride status --json nosuch 2>/dev/null
  [2]


The fields are documented
-------------------------

Each command's help sends to the man page for its JSON fields: stride.1
covers every command and names the fields above.

  $ for c in import plans status today list done start skip reset undo log note; do
  >   grep -Eq "^\.(B|BR) $c( |$)" "$TESTROOT/docs/stride.1" || echo "stride.1 lacks the command $c"
  > done
  $ for f in phase_number phase_count subphase expected_percent days_ahead weekday this_week scheduled current longest next more kind depth optional archived estimate note parent; do
  >   grep -q "$f" "$TESTROOT/docs/stride.1" || echo "stride.1 lacks the field $f"
  > done

Rendered, the man page shows the field names as written: no field loses
its quotes to a roff macro ("{"plan", title , source , ..."):

  $ if command -v nroff > /dev/null; then nroff -man "$TESTROOT/docs/stride.1" 2>/dev/null | sed 's/.\x08//g' | grep -c ' , ' || true; else echo 0; fi
  0
