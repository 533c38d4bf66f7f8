stride ical (issue 15): a plan as an iCalendar file. The plan is
data/ical/plan.yaml: two phases (the second of two week blocks), a
milestone, a due date, and three study days a week.

  $ cp data/ical/plan.yaml cal.yaml
  $ stride import cal.yaml > /dev/null

To standard output, lines ending in CRLF as RFC 5545 says; the phases and
week blocks, the milestone and the due date as all-day events (DTEND the
day after the last), the schedule as weekly events at 18:00; DTSTAMP is
the plan file's modification time, here pinned:

  $ touch -d '2025-07-01 12:00:00 UTC' cal.yaml; stride import cal.yaml > /dev/null
  $ stride ical cal > out.ics
  $ head -c 200 out.ics | od -c | grep -c '\\r  \\n'
  8
  $ tr -d '\r' < out.ics
  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//stride//stride//EN
  CALSCALE:GREGORIAN
  X-WR-CALNAME:Calendar check
  BEGIN:VEVENT
  UID:basics@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Basics
  DESCRIPTION:Get the basics right.\n\ncal: basics (stride\, item 1)
  DTSTART;VALUE=DATE:20250707
  DTEND;VALUE=DATE:20250721
  TRANSP:TRANSPARENT
  END:VEVENT
  BEGIN:VEVENT
  UID:milestone.basics@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Milestone: basics-done
  DESCRIPTION:cal: the last day of Basics (stride\, item 1)
  DTSTART;VALUE=DATE:20250720
  DTEND;VALUE=DATE:20250721
  TRANSP:TRANSPARENT
  END:VEVENT
  BEGIN:VEVENT
  UID:due.setup@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Due: Set up the editor
  DESCRIPTION:cal: setup (stride\, item 3)
  DTSTART;VALUE=DATE:20250711
  DTEND;VALUE=DATE:20250712
  TRANSP:TRANSPARENT
  END:VEVENT
  BEGIN:VEVENT
  UID:project@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Project
  DESCRIPTION:cal: project (stride\, item 4)
  DTSTART;VALUE=DATE:20250721
  DTEND;VALUE=DATE:20250804
  TRANSP:TRANSPARENT
  END:VEVENT
  BEGIN:VEVENT
  UID:project/week-1@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Build it
  DESCRIPTION:cal: project/week-1 (stride\, item 5)
  DTSTART;VALUE=DATE:20250721
  DTEND;VALUE=DATE:20250728
  TRANSP:TRANSPARENT
  END:VEVENT
  BEGIN:VEVENT
  UID:project/week-2@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Test it
  DESCRIPTION:cal: project/week-2 (stride\, item 7)
  DTSTART;VALUE=DATE:20250728
  DTEND;VALUE=DATE:20250804
  TRANSP:TRANSPARENT
  END:VEVENT
  BEGIN:VEVENT
  UID:schedule.mon@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Calendar check: Theory
  DESCRIPTION:cal: 30 minutes (stride\, the plan's schedule)
  DTSTART:20250707T180000
  DURATION:PT30M
  RRULE:FREQ=WEEKLY;UNTIL=20250803T235959;BYDAY=MO
  END:VEVENT
  BEGIN:VEVENT
  UID:schedule.wed@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Calendar check: Practice\, with a comma\; and a semicolon
  DESCRIPTION:cal: 45 minutes (stride\, the plan's schedule)
  DTSTART:20250709T180000
  DURATION:PT45M
  RRULE:FREQ=WEEKLY;UNTIL=20250803T235959;BYDAY=WE
  END:VEVENT
  BEGIN:VEVENT
  UID:schedule.sat@cal.stride
  DTSTAMP:20250701T120000Z
  SUMMARY:Calendar check: study
  DESCRIPTION:cal: 90 minutes (stride\, the plan's schedule)
  DTSTART:20250712T180000
  DURATION:PT1H30M
  RRULE:FREQ=WEEKLY;UNTIL=20250803T235959;BYDAY=SA
  END:VEVENT
  END:VCALENDAR

The same bytes again, so a calendar that re-imports it changes nothing;
the UIDs come from the plan's id and the items' keys:

  $ stride ical cal | cmp - out.ics && echo same
  same
  $ grep '^UID' out.ics | tr -d '\r'
  UID:basics@cal.stride
  UID:milestone.basics@cal.stride
  UID:due.setup@cal.stride
  UID:project@cal.stride
  UID:project/week-1@cal.stride
  UID:project/week-2@cal.stride
  UID:schedule.mon@cal.stride
  UID:schedule.wed@cal.stride
  UID:schedule.sat@cal.stride

--at sets the schedule's time of day; a time that is not one is refused:

  $ stride ical cal --at 07:30 | grep '^DTSTART:' | tr -d '\r'
  DTSTART:20250707T073000
  DTSTART:20250709T073000
  DTSTART:20250712T073000
  $ stride ical cal --at 7:30
  stride ical: --at takes a time of day as HH:MM, 00:00 to 23:59, not '7:30'
  usage: stride ical [PLAN] [-o FILE] [--at HH:MM] (see 'stride help ical')
  [2]
  $ stride ical cal --at 24:00
  stride ical: --at takes a time of day as HH:MM, 00:00 to 23:59, not '24:00'
  usage: stride ical [PLAN] [-o FILE] [--at HH:MM] (see 'stride help ical')
  [2]

Without --at, the config file's calendar-time (man 5 stride-config) sets
it; --at still wins:

  $ printf 'calendar-time: "06:45"\n' > cal-config.yaml
  $ STRIDE_CONFIG=cal-config.yaml stride ical cal | grep '^DTSTART:' | tr -d '\r'
  DTSTART:20250707T064500
  DTSTART:20250709T064500
  DTSTART:20250712T064500
  $ STRIDE_CONFIG=cal-config.yaml stride ical cal --at 20:00 | grep -c '^DTSTART:.*T200000'
  3

-o writes the file whole, then renames it into place (nothing left beside
it), and says what it wrote on stderr; it replaces what was there:

  $ mkdir cal; echo old > cal/plan.ics
  $ stride ical -o cal/plan.ics
  wrote cal to cal/plan.ics: 6 dated events, 3 weekly study events at 18:00
  $ cmp cal/plan.ics out.ics && echo same
  same
  $ ls -a cal
  .
  ..
  plan.ics
  $ stride ical -o nowhere/plan.ics
  stride: cannot write beside nowhere/plan.ics: No such file or directory
  [1]
  $ ls nowhere
  ls: cannot access 'nowhere': No such file or directory
  [2]

Moved by stride start: the same UIDs, the dates moved, and DTSTAMP the
move's time:

  $ stride start cal 2025-07-14 > /dev/null
  $ stride ical cal | tr -d '\r' | grep -e '^UID:basics' -A5 | grep -e DTSTART -e DTEND
  DTSTART;VALUE=DATE:20250714
  DTEND;VALUE=DATE:20250728
  $ stride ical cal | tr -d '\r' | grep -m1 '^DTSTAMP' | grep -v 20250701
  DTSTAMP:[0-9]+T[0-9]+Z (re)

A pause (days off the plan) takes the study days in it out of the weekly
events (EXDATE):

  $ stride pause cal 2025-07-21 2025-07-23 > /dev/null
  $ stride ical cal | tr -d '\r' | grep -e '^UID:schedule' -e '^EXDATE'
  UID:schedule.mon@cal.stride
  EXDATE:20250721T180000
  UID:schedule.wed@cal.stride
  EXDATE:20250723T180000
  UID:schedule.sat@cal.stride

A plan with no dates has nothing for a calendar, and stride says what to
do: stride start lays it out, when its phases say how long they run:

  $ cp data/ical/nodates.yaml data/ical/undated.yaml .
  $ stride import nodates.yaml undated.yaml > /dev/null
  $ stride ical later
  stride: later has no dates yet, so nothing for a calendar: 'stride start later' lays it out from today (or 'stride start later YYYY-MM-DD' from another day)
  [1]
  $ stride start later 2025-07-14 > /dev/null
  $ stride ical later | tr -d '\r' | grep -e '^UID' -e '^DTSTART'
  UID:one@later.stride
  DTSTART;VALUE=DATE:20250714
  $ stride ical backlog
  stride: backlog has no dates, so nothing for a calendar: give it a 'start:' date in its file, or its phases a 'duration:' and then 'stride start backlog'
  [1]

No such plan, and no store:

  $ stride ical nope
  stride: no plan 'nope' in the store ('stride plans' lists them)
  [2]
  $ XDG_DATA_HOME=$PWD/empty stride ical
  stride: no plans yet: import one with 'stride import FILE'
  [65]
