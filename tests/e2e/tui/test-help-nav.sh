#!/usr/bin/env bash
# Help, views and the Checklist's moves at 100x30: the hints name the
# help key, the help screen (?) over each view and any key closing it,
# Tab / Shift-Tab / 1 to 6, paging (PgDn, PgUp, End, Home, C-f, C-b), the
# mouse (a click selects a row or a tab, the wheel moves), the details
# pane (Enter, Esc; it follows the cursor), folds (z, Z, Left, Right,
# Left to the parent), the filter (f) and search (/, n, N; a match hidden
# in a fold is shown; Esc cancels).
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
stride done 2 >/dev/null || fail "stride done 2"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'

# the hints name the help key in every view
bottom_line | grep -q '? help   q quit' ||
	soft_fail "Today: the bottom line does not show the '?' hint: '$(bottom_line)'"

# help, over Today; any key closes it and does nothing else
keys '?'
wait_for '^ Keys \(any key closes this help\)$'
expect_screen help-today
screen | sed '$d' | sed '$d' | grep -n '…' >&2 &&
	soft_fail "the help at 100x30 cuts its lines short (above)"
keys j
wait_for '^ Monday 14 July 2025$'
wait_selected '^ +3 \[ \] Diagram Node'

# switching views: Tab goes round 1 to 6, S-Tab back
keys Tab
wait_for '^ .!Language & Runtime Mastery +'
bottom_line | grep -q '? help   q quit' ||
	soft_fail "Timeline: the bottom line does not show the '?' hint: '$(bottom_line)'"
keys Tab
wait_for '^  1 ▾ Language & Runtime Mastery'
bottom_line | grep -q '? help   q quit' ||
	soft_fail "Checklist: the bottom line does not show the '?' hint: '$(bottom_line)'"
keys Tab
wait_for '^ Week 2025-W29 · 2025-07-14 to 2025-07-20 \(this week\)$'
bottom_line | grep -q '? help   q quit' ||
	soft_fail "Week: the bottom line does not show the '?' hint: '$(bottom_line)'"
keys Tab
wait_for '^ (Streak|No streak)'
bottom_line | grep -q '? help   q quit' ||
	soft_fail "Stats: the bottom line does not show the '?' hint: '$(bottom_line)'"
keys Tab
wait_for '^ Library · '
bottom_line | grep -q '? help   q quit' ||
	soft_fail "Resources: the bottom line does not show the '?' hint: '$(bottom_line)'"
keys Tab
wait_for '^ Monday 14 July 2025$'
keys BTab
wait_for '^ Library · '
keys BTab
wait_for '^ (Streak|No streak)'
keys BTab
wait_for '^ Week 2025-W29'
keys BTab
wait_for '^  1 ▾ Language & Runtime Mastery'
keys BTab
wait_for '^ .!Language & Runtime Mastery +'
keys BTab
wait_for '^ Monday 14 July 2025$'
keys 2
wait_for '^ .!Language & Runtime Mastery +'
keys 5
wait_for '^ (Streak|No streak)'
keys 4
wait_for '^ Week 2025-W29'
keys 6
wait_for '^ Library · '
# (in Resources the digits 1-5 rate: test-resources.sh)
keys Tab
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
keys 1
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'

# help over the Checklist lists its keys
keys '?'
wait_for '^ Keys \(any key closes this help\)$'
expect_screen help-checklist
keys Escape
wait_for '^  1 ▾ Language & Runtime Mastery'

# paging: PgDn, PgUp, End, Home, C-f, C-b
keys NPage
wait_selected '^ 27 '
keys NPage
wait_selected '^ 53 '
keys PPage
wait_selected '^ 27 '
# (End and Home as xterm sends them: tmux's own are those of TERM=tmux-*)
type_text $'\eOF'
wait_selected '^ 72 '
type_text $'\eOH'
wait_selected '^  1 ▾ Language'
keys C-f
wait_selected '^ 27 '
keys C-b
wait_selected '^  1 ▾ Language'

# the mouse: a click selects the row, the wheel moves (xterm SGR reports)
type_text $'\e[<0;20;10M'
type_text $'\e[<0;20;10m'
wait_selected '^  9     \[ \] Index & query tuning'
type_text $'\e[<65;20;10M'
wait_selected '^ 10     \[ \] Implement Prisma'
type_text $'\e[<64;20;10M'
wait_selected '^  9     \[ \] Index & query tuning'
# a click on a tab switches to its view
type_text $'\e[<0;14;1M'
type_text $'\e[<0;14;1m'
wait_for '^ Monday 14 July 2025$'
type_text $'\e[<0;22;1M'
type_text $'\e[<0;22;1m'
wait_for '^ .!Language & Runtime Mastery +'
type_text $'\e[<0;34;1M'
type_text $'\e[<0;34;1m'
wait_for '^  1 ▾ Language & Runtime Mastery'

# details of phase 2 (row 8), then of a task; Esc and Enter close them
keys G g
wait_selected '^  1 ▾ Language'
for _ in 1 2 3 4 5 6 7; do keys j; done
wait_selected '^  8 ▾ Data & Persistence'
keys Enter
wait_for '^ Design schemas, master Postgres|^   Design schemas'
expect_screen help-details-phase
keys Escape
wait_gone '^ Criteria$'
wait_for '^ 15     \[ \] deliverable: API refactor'
keys j Enter
wait_selected '^  9     \[ \] Index & query tuning'
wait_for '^ Index & query tuning in Postgres$'
expect_screen help-details-task
# the pane follows the cursor
keys j
wait_for '^ Implement Prisma migrations \(zero-downtime\)$'
keys Enter
wait_gone '^ Implement Prisma migrations \(zero-downtime\)$'

# folds: z on a phase, Left / Right, Left to the parent, Z for all
keys g
wait_selected '^  1 ▾ Language'
keys z
wait_for '^  1 ▸ Language & Runtime Mastery'
wait_gone '^  2 '
wait_for '^  8 ▾ Data & Persistence'
keys z
wait_for '^  1 ▾ Language & Runtime Mastery'
wait_for '^  2     \[x\] Read ES 2025'
keys Left
wait_for '^  1 ▸ Language & Runtime Mastery'
keys Right
wait_for '^  1 ▾ Language & Runtime Mastery'
keys j j
wait_selected '^  3     \[ \] Diagram Node'
keys Left
wait_selected '^  1 ▾ Language'
keys Z
wait_for '^ 16 ▸ Design & Architecture'
expect_screen help-folded
keys Z
wait_for '^ 17     \[ \] Model aggregates'
wait_for '^  2     \[x\] Read ES 2025'

# the filter: what is left to do (2 is done), what is late (phase 1's
# open items, its end past), then everything
keys f
wait_for '^ showing what is left to do \(f: what is late\)$'
wait_gone '^  2     \[x\]'
wait_for '^  3     \[ \] Diagram Node'
first=$(screen | sed -n 2p)
echo "$first" | grep -q '\[1/6\]  2025-06-12\.\.2025-07-09$' ||
	soft_fail "with the filter on, the first row lost its progress and dates: '$first'"
screen | grep -q 'left to d…' &&
	soft_fail "the filter's 'left to do' marker is cut short: '$first'"
keys f
wait_for '^ showing what is late \(f: everything\)$'
wait_for '^  3     \[ \] Diagram Node.* 5 days late$'
wait_gone '^  9 '
keys f
wait_for '^ showing everything \(f: what is left to do\)$'
wait_for '^  2     \[x\] Read ES 2025'

# search: /, then n and N; a search finds what a fold hides
keys / 
wait_for '^ ?Search titles:'
type_text redis
wait_for '^ ?Search titles: redis'
keys Enter
wait_selected '^ 11     \[ \] Add Redis cache'
keys n
wait_selected '^ 15     \[ \] deliverable: API refactor with Postgres \+ Redis cache'
keys n
wait_selected '^ 33 .*Implement Redis LRU'
keys N
wait_selected '^ 15     \[ \] deliverable: API refactor'
keys N
wait_selected '^ 11     \[ \] Add Redis cache'
keys g z
wait_for '^  1 ▸ Language'
keys / 
wait_for '^ ?Search titles:'
type_text libuv
keys Enter
wait_selected '^  3     \[ \] Diagram Node event-loop vs libuv'
wait_for '^  1 ▾ Language'
keys /
wait_for '^ ?Search titles:'
type_text 'no such title'
keys Enter
wait_for "^ nothing matches 'no such title'$"
wait_selected '^  3     \[ \] Diagram Node'
# Esc cancels the prompt
keys /
wait_for '^ ?Search titles:'
type_text prisma
keys Escape
wait_gone 'Search titles:'
wait_selected '^  3     \[ \] Diagram Node'
quit_tui

# at 80x24 the help is taller than the screen: it says so, the moving keys
# scroll it to its last key, and Esc closes it
start_tui 80x24 stride
wait_for '^ Monday 14 July 2025$'
keys 3 '?'
wait_for '^ Keys \(j/k, PgUp/PgDn scroll; any other key closes this help\)$'
wait_for '^ ↓ [0-9]+ more$'
screen | grep -q '^   q        quit$' && soft_fail "the last key shows before scrolling"
keys G
wait_for '^   q        quit$'
wait_for '^ \(the end\)$'
keys k
wait_for '^ ↓ 1 more$'
keys Escape
wait_for '^  1 ▾ Language & Runtime Mastery'
quit_tui
