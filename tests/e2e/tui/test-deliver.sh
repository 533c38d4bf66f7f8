#!/usr/bin/env bash
# The Checklist's D (stride deliver) and the details pane: D asks for a
# link (one that is not a URL is refused, nothing recorded) and what was
# learned; the item is done, and the pane shows its links and lessons;
# u undoes it.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
stride deliver 7 --link https://github.com/me/scraper >/dev/null || fail "deliver 7"

start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
for _ in 1 2 3 4 5 6; do keys j; done
wait_selected '^  7     \[x\] deliverable: CLI scraper'
keys Enter
wait_for '^ Links \(D adds one\)$'
wait_for '^   https://github.com/me/scraper$'

# a link that is not one: refused, nothing recorded
keys D
wait_for 'Deliver 7: a link to show it \(Enter: none\):'
type_text 'not a url'
keys Enter
wait_for "^ 'not a url' is not a link: give a URL like https://github.com/you/project; nothing delivered$"
[ "$(stride portfolio --json | grep -c 'not a url')" = 0 ] || fail "the bad link was recorded"

# a second link and the lessons
keys D
wait_for 'Deliver 7: a link'
type_text 'https://me.dev/scraper'
keys Enter
wait_for 'What you learned \(Enter: as it was\):'
type_text 'Backpressure matters.'
keys Enter
wait_for '^ delivered 7 \(u undoes it\)$'
wait_for '^   https://me.dev/scraper$'
wait_for '^ What I learned'
wait_for 'Backpressure matters\.'
stride portfolio | grep -q '^\*\*What I learned:\*\* Backpressure matters\.$' ||
	fail "the portfolio: $(stride portfolio)"

# u: the links and lessons as they were
keys u
wait_gone 'https://me.dev/scraper'
wait_gone 'Backpressure matters'
quit_tui
