#!/usr/bin/env bash
# The first run, on an empty store: a welcome screen that says how to
# import a plan and lists the bundled plans (./plans, when run from the
# source tree); Enter imports the one chosen, starts it today (stride
# start: a bundled plan is a template) and opens Today on it. Run
# elsewhere, it says that no bundled plan was found, and q quits.
source "$(dirname "$0")/lib.sh"

# stride's installed plans (STRIDE_DATADIR/plans) are listed too: the
# screens are compared only where none are installed
installed=0
for d in /usr/local/share/stride/plans /usr/share/stride/plans; do
	[ -d "$d" ] && installed=1
done

TUI_CWD=$ROOT
start_tui 100x30 stride
wait_for '^  Welcome to stride$'
wait_for 'Mid-Level Backend Roadmap \(2025\) +plans/backend-roadmap\.yaml'
[ $installed = 1 ] || expect_screen welcome
wait_selected 'Mid-Level Backend Roadmap \(2025\)'
# the hints and the help say what Enter does here: import the plan
bottom_line | grep -Eqi 'Enter +[a-z ]*(import|open|start|choose)' ||
	soft_fail "the welcome screen's hint for Enter does not say that it imports: '$(bottom_line)'"
keys '?'
wait_for '^ Keys \(any key closes this help\)$'
screen | grep -E '^   Enter ' | grep -Eqi 'import|open|start|choose' ||
	soft_fail "the welcome screen's help for Enter does not say that it imports: '$(screen | grep -E '^   Enter ')'"
keys Escape
wait_for '^  Welcome to stride$'
keys Enter
wait_for '^ Monday 14 July 2025$'
# a bundled plan is a template: it runs from today, the file untouched
wait_for '^ imported backend-2025; started 2025-07-14; the file says 2025-06-12 \(u undoes it\)$'
wait_for '^ Phase 1 of 9: Language & Runtime Mastery · 2025-07-14 to 2025-08-10 · 0/6 done$'
wait_for '^ 0% done \(0 of 60\), on schedule$'
wait_for '^  2 \[ \] Read ES 2025 & TypeScript 5\.x advanced chapters$'
stride plans | grep -q backend-2025 || fail "stride plans: $(stride plans 2>&1)"
stride status | grep -qx 'Dates: started 2025-07-14; the file says 2025-06-12' ||
	fail "stride status after the welcome's start: $(stride status 2>&1)"
git -C "$ROOT" diff --quiet -- plans/backend-roadmap.yaml || fail "the plan file was changed"
# u takes the start back: the file's dates, phase 2 current on 07-14
keys u
wait_for '^ Phase 2 of 9: Data & Persistence · 2025-07-10 to 2025-08-01 · 0/7 done$'
wait_for '^  9 \[ \] Index & query tuning in Postgres$'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
quit_tui

# keys that need a plan do nothing on the welcome screen, then Enter
# still opens Today
start_tui 100x30 stride --db "$T/second.db"
wait_for '^  Welcome to stride$'
keys 3 Space c x
settle
screen | grep -q '^  Welcome to stride$' || fail "a key left the welcome screen: $(screen)"
stride --db "$T/second.db" plans 2>&1 | grep -q backend-2025 && fail "a key imported a plan"
keys Enter
wait_for '^ imported backend-2025; started 2025-07-14'
poll_for '^ Monday 14 July 2025$' 2 ||
	soft_fail "after keys pressed on the welcome screen (3 Space c x), Enter imports but opens $(screen | sed -n 2p | cut -c1-40)... not Today"
quit_tui

# elsewhere, on another empty store
TUI_CWD=$HOME
start_tui 100x30 stride --db "$T/empty.db"
wait_for '^  Welcome to stride$'
[ $installed = 1 ] || wait_for '^  No bundled plans were found\.$'
keys Enter
settle
screen | grep -q '^  Welcome to stride$' || fail "Enter with no plan to choose left the welcome screen"
quit_tui
