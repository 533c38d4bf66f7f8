#!/usr/bin/env bash
# The check-in on Today: c, the minutes, Enter, a note, Enter; the store
# has them at once. Esc cancels at either prompt; what is not a duration
# is refused; Backspace and C-u edit.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
start_tui 100x30 stride
wait_for '^ Logged today: 0 of 30 min'

# as a person would: c, 45m, Enter. The prompt offers what is left of
# today's slot (30m); typing a duration replaces it.
keys c
wait_for 'Check in: minutes studied today \(e\.g\. 30m\):'
type_text 45m
wait_for 'Check in: .*45m$'
keys Enter
wait_for 'A note \(Enter to skip\):|is not a duration'
if screen | grep -q 'is not a duration'; then
	soft_fail "typing after c appends to the suggested minutes instead of replacing them: '$(bottom_line)'"
	keys c
	wait_for 'Check in: minutes studied today'
	keys C-u
	type_text 45m
	wait_for 'Check in: minutes studied today \(e\.g\. 30m\): 45m$'
	keys Enter
	wait_for 'A note \(Enter to skip\):'
fi
type_text 'read the Postgres docs'
wait_for 'A note \(Enter to skip\): read the Postgres docs$'
keys Enter
wait_for '^ checked in: 45 min today$'
wait_for '^ This week: 45 of 180 min · streak 1 day$'
[ "$(logged_today)" = 45 ] || fail "stride status: $(logged_today) min today, not 45"
note=$(sql "SELECT minutes, text FROM events WHERE minutes IS NOT NULL ORDER BY id DESC LIMIT 1")
[ "$note" = "45|read the Postgres docs" ] || fail "the check-in in the store: '$note'"

# Esc at the minutes: nothing
keys c
wait_for 'Check in: minutes studied today'
type_text 20m
keys Escape
wait_for '^ no check-in$'
# Esc at the note: nothing either
keys c
wait_for 'Check in: minutes studied today'
keys C-u
type_text 20m
keys Enter
wait_for 'A note \(Enter to skip\):'
type_text 'not this one'
keys Escape
wait_for '^ no check-in$'
[ "$(logged_today)" = 45 ] || fail "after Esc: $(logged_today) min today, not 45"

# not a duration
keys c
wait_for 'Check in: minutes studied today'
keys C-u
type_text soon
keys Enter
wait_for "^ 'soon' is not a duration like 30m, 1h15m or 1.5h \(at most 24h\): nothing logged$"
# nothing typed
keys c
wait_for 'Check in: minutes studied today'
keys C-u Enter
wait_for '^ no check-in$'
[ "$(logged_today)" = 45 ] || fail "after bad input: $(logged_today) min today, not 45"

# Backspace edits; Enter at the note skips it
keys c
wait_for 'Check in: minutes studied today'
keys C-u
type_text 15mx
wait_for 'Check in: .* 15mx$'
keys BSpace
wait_for 'Check in: .* 15m$'
keys Enter
wait_for 'A note \(Enter to skip\):'
keys Enter
wait_for '^ checked in: 60 min today$'
wait_for '^ Logged today: 60 of 30 min'
quit_tui
[ "$(logged_today)" = 60 ] || fail "at the end: $(logged_today) min today, not 60"
