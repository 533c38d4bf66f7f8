stride remind: what needs the person now, a line each, exit 0; nothing,
exit 1 (like grep). Today is pinned by STRIDE_TODAY.

No store yet: nothing needs anyone, and no store is made.

  $ stride remind
  [1]
  $ stride remind --json
  []
  [1]
  $ ls .local/share/stride 2>&1 | head -n 1
  ls: cannot access '.local/share/stride': No such file or directory

A plan of four weeks from Monday 2025-07-07, 20 minutes a day but Sunday,
one task due on Wednesday 2025-07-16:

  $ cat > nudge.yaml <<'YAML'
  > stride: 1
  > id: nudge
  > title: Nudge
  > start: 2025-07-07
  > schedule:
  >   mon: { minutes: 20, focus: Reading }
  >   tue: { minutes: 20 }
  >   wed: { minutes: 20 }
  >   thu: { minutes: 20 }
  >   fri: { minutes: 20 }
  >   sat: { minutes: 20 }
  >   sun: rest
  > phases:
  >   - id: p1
  >     title: Phase one
  >     duration: 4w
  >     tasks:
  >       - { id: t1, title: First, due: 2025-07-16 }
  >       - { id: t2, title: Second }
  > YAML
  $ stride import nudge.yaml > /dev/null

Monday 2025-07-14: today's slot is not met, with how to meet it:

  $ stride remind
  nudge: today's slot: 0 of 20 min logged (Reading): 'stride log 20m'
  $ stride log 15m > /dev/null
  $ stride remind
  nudge: today's slot: 15 of 20 min logged (Reading): 'stride log 5m'

Met: nothing needs the person, exit 1 and nothing printed:

  $ stride log 5m > /dev/null
  $ stride remind
  [1]

Tuesday, nothing done yet: the slot, and the streak of one day (Monday)
that ends today unless something is done:

  $ STRIDE_TODAY=2025-07-15 stride remind
  nudge: today's slot: 0 of 20 min logged: 'stride log 20m'
  nudge: the streak of 1 day ends today unless you tick or log something
  $ STRIDE_TODAY=2025-07-15 stride done t2 > /dev/null
  $ STRIDE_TODAY=2025-07-15 stride remind
  nudge: today's slot: 0 of 20 min logged: 'stride log 20m'

Thursday, the task due Wednesday is late; the streak (Monday, Tuesday)
broke on Wednesday, so there is none to keep:

  $ STRIDE_TODAY=2025-07-17 stride remind
  nudge: today's slot: 0 of 20 min logged: 'stride log 20m'
  nudge: 1 item is late: 'stride list --late'

Sunday 2025-07-20, a rest day: no slot, and the streak does not need it;
the week's reflection is not written and the week ends today:

  $ STRIDE_TODAY=2025-07-20 stride remind
  nudge: 1 item is late: 'stride list --late'
  nudge: the reflection of 2025-W29 is not written, and the week ends today: 'stride reflect'
  $ STRIDE_TODAY=2025-07-20 stride reflect -m "read a lot" > /dev/null
  $ STRIDE_TODAY=2025-07-20 stride done t1 > /dev/null
  $ STRIDE_TODAY=2025-07-20 stride remind
  [1]

A person whose week starts on Sunday (the config file's week-start) is
reminded on Saturday, the last day of their week, which is named by the
ISO week of its Monday:

  $ printf 'week-start: sunday\n' > sunday.yaml
  $ STRIDE_CONFIG=sunday.yaml STRIDE_TODAY=2025-07-26 stride remind | grep reflection
  nudge: the reflection of 2025-W30 is not written, and the week ends today: 'stride reflect'
  $ STRIDE_CONFIG=sunday.yaml STRIDE_TODAY=2025-07-27 stride remind | grep -c reflection
  0
  [1]

--json: the same as an array, an object a plan (see man stride), the
same exit status; with nothing to say, no reasons and exit 1:

  $ STRIDE_TODAY=2025-07-21 stride remind --json | tr -d '\t\n'; echo
  [{"plan":"nudge","title":"Nudge","today":"2025-07-21","reasons":[{"kind":"slot","logged":0,"minutes":20,"focus":"Reading"}, {"kind":"streak","days":1}]}]
  $ STRIDE_TODAY=2025-07-15 stride remind --json | tr -d '\t\n'; echo
  [{"plan":"nudge","title":"Nudge","today":"2025-07-15","reasons":[{"kind":"slot","logged":0,"minutes":20,"focus":null}]}]
  $ STRIDE_TODAY=2025-07-14 stride remind --json | tr -d '\t\n'; echo "[${PIPESTATUS[0]}]"
  [{"plan":"nudge","title":"Nudge","today":"2025-07-14","reasons":[]}][1]
  $ stride remind --json --notify
  stride remind: --notify or --json, not both
  usage: stride remind [PLAN] [--notify | --json] (see 'stride help remind')
  [2]

A plan by name; one that is not there is an error (2):

  $ STRIDE_TODAY=2025-07-20 stride remind nudge
  [1]
  $ stride remind nope
  stride: no plan 'nope' in the store ('stride plans' lists them)
  [2]
  $ stride remind --frob
  stride remind: unknown option '--frob'
  usage: stride remind [PLAN] [--notify | --json] (see 'stride help remind')
  [2]

Without PLAN, every plan that is running, the most recently used first
(the last imported, here); a template (below), a plan still to start and
one that has ended are left out, unless named. A second plan from 2025-07-14, ten minutes on
Mondays, and one that ended on 2025-07-13 with a task open:

  $ cat > second.yaml <<'YAML'
  > stride: 1
  > id: second
  > title: Second
  > start: 2025-07-14
  > schedule: { mon: { minutes: 10 } }
  > phases: [{ id: p, title: P, duration: 2w, tasks: [{ id: s1, title: S1 }] }]
  > YAML
  $ cat > over.yaml <<'YAML'
  > stride: 1
  > id: over
  > title: Over
  > start: 2025-07-07
  > phases: [{ id: p, title: P, duration: 1w, tasks: [A, B] }]
  > YAML
  $ stride import second.yaml over.yaml > /dev/null 2>&1
  $ STRIDE_TODAY=2025-07-21 stride done over:b > /dev/null

The tick made "over" the current plan: for the others, what to run says
to make theirs current first ('stride log' works on the current plan):

  $ STRIDE_TODAY=2025-07-21 stride remind
  second: today's slot: 0 of 10 min logged: 'stride use second', then 'stride log 10m'
  nudge: today's slot: 0 of 20 min logged (Reading): 'stride use nudge', then 'stride log 20m'
  nudge: the streak of 1 day ends today unless you tick or log something
  $ STRIDE_TODAY=2025-07-22 stride remind
  nudge: today's slot: 0 of 20 min logged: 'stride use nudge', then 'stride log 20m'
  $ STRIDE_TODAY=2025-07-22 stride remind over
  over: 1 item is late: 'stride list --late'
  $ STRIDE_TODAY=2025-07-22 stride remind --json | grep '"plan"'
  		"plan":	"second",
  		"plan":	"nudge",

A template whose dates are past (the bundled plans are dated 2025) needs
nothing until it is started:

  $ STRIDE_TODAY=2026-12-07 stride import plans/backend-roadmap.yaml > /dev/null 2>&1
  $ STRIDE_TODAY=2026-12-07 stride remind backend-2025
  [1]

  $ stride use nudge > /dev/null
  $ STRIDE_TODAY=2025-07-22 stride remind over
  over: 1 item is late: 'stride list over --late'
  $ STRIDE_TODAY=2025-07-22 stride list over --late
  over: Over
  1  P  2025-07-07..2025-07-13  [1/2]
  2    [ ] A  (9 days late)

It reads the store only: a plan file changed since its import is not
re-synced (the next other command does), and the store is not written.

  $ md5sum < .local/share/stride/stride.db > before
  $ sed -i 's/title: Second }/title: Renamed }/' nudge.yaml
  $ STRIDE_TODAY=2025-07-21 stride remind nudge
  nudge: today's slot: 0 of 20 min logged (Reading): 'stride log 20m'
  nudge: the streak of 1 day ends today unless you tick or log something
  $ md5sum < .local/share/stride/stride.db | cmp - before && ls .local/share/stride
  stride.db

--notify sends it with notify-send, by fork and exec (no shell: the
words arrive as they are), and prints nothing on standard output; the
reasons are one notification, a line each. A fake notify-send records its
arguments:

  $ mkdir fake && printf '#!/bin/sh\nfor a; do printf "<%%s>\\n" "$a"; done > "$HOME/notified"\n' > fake/notify-send
  $ chmod +x fake/notify-send
  $ STRIDE_TODAY=2025-07-21 PATH="$PWD/fake:$PATH" stride remind --notify nudge
  $ cat notified
  <--app-name=stride>
  <-->
  <Nudge>
  <today's slot: 0 of 20 min logged (Reading): 'stride log 20m'
  the streak of 1 day ends today unless you tick or log something>

Nothing to say (Saturday, its slot met, nothing late): no notification
at all, exit 1:

  $ rm notified
  $ STRIDE_TODAY=2025-07-26 stride log 20m 2>&1 > /dev/null
  stride: .*/nudge.yaml changed; synced nudge: 1 retitled (re)
    retitled  t2  Renamed  (was: Second)
  $ STRIDE_TODAY=2025-07-26 PATH="$PWD/fake:$PATH" stride remind --notify nudge
  [1]
  $ ls notified
  ls: cannot access 'notified': No such file or directory
  [2]

No notify-send on PATH (only what the tests may run stride under,
valgrind): it says so, and the reminder is on standard output; a
notify-send that fails, the same:

  $ mkdir empty; v=$(command -v valgrind) && ln -s "$v" "$v.bin" empty/; true
  $ STRIDE_TODAY=2025-07-21 PATH="$PWD/empty" "$(command -v stride)" remind --notify nudge
  stride: no notify-send on PATH (Debian: apt install libnotify-bin): the reminder is on standard output
  nudge: today's slot: 0 of 20 min logged (Reading): 'stride log 20m'
  nudge: the streak of 1 day ends today unless you tick or log something
  $ printf '#!/bin/sh\nexit 3\n' > fake/notify-send
  $ STRIDE_TODAY=2025-07-21 PATH="$PWD/fake:$PATH" stride remind --notify nudge
  stride: notify-send failed (exit 3): the reminder is on standard output
  nudge: today's slot: 0 of 20 min logged (Reading): 'stride log 20m'
  nudge: the streak of 1 day ends today unless you tick or log something

A store that cannot be read is an error (2), said on stderr:

  $ printf 'not a store' > bad.db
  $ stride --db bad.db remind
  stride: bad.db is not a stride store (it is not a SQLite database): give another path with --db, or move the file away
  [2]

A store of an older schema is not upgraded by a command that only reads:
it says what to run, and the store is left as it was:

  $ cp data/store/v2.db old.db && md5sum < old.db > before
  $ stride --db old.db remind
  stride: the store old.db needs upgrading to this stride's schema, which this command does not do (it only reads): run 'stride status' once
  [2]
  $ md5sum < old.db | cmp - before
