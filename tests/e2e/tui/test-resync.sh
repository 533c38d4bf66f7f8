#!/usr/bin/env bash
# The plan file changes while the TUI is open: it re-syncs by itself (when
# idle), says so on the bottom line, shows the new task, and keeps what
# the person set up: the folds, the row they are on, the details pane. A
# plan file that no longer loads is reported on the bottom line, and the
# TUI carries on with what the store has.
source "$(dirname "$0")/lib.sh"

cp "$ROOT/plans/backend-roadmap.yaml" "$HOME/plan.yaml"
start_tui 100x30 stride "$HOME/plan.yaml"
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
keys z
wait_for '^  1 ▸ Language & Runtime Mastery'
for _ in 1 2 3 4 5 6 7 8; do keys j; done
wait_selected '^ 15     \[ \] deliverable: API refactor'
keys Enter
wait_for '^ deliverable #15 · '

# a task added to phase 2
sed -i 's/^      - Index & query tuning in Postgres$/&\n      - A brand new task/' "$HOME/plan.yaml"
grep -q 'A brand new task' "$HOME/plan.yaml" || fail "could not change the plan file"
wait_for 'plan\.yaml changed; synced backend-2025: 1 added' 10
wait_for '^ 73     \[ \] A brand new task$'
wait_for '^  1 ▸ Language & Runtime Mastery'
wait_selected '^ 15     \[ \] deliverable: API refactor'
wait_for '^ deliverable #15 · '
# (C-l: a key, so the message gives way to the hints)
keys C-l
expect_screen resync-after
list_item 73 | grep -q '"title":"A brand new task"' || fail "the new task is not in the store: $(list_item 73)"

# a plan file that no longer loads
printf 'stride: 1\nid: backend-2025\ntitle: [broken\n' >"$HOME/plan.yaml"
wait_for 'plan\.yaml changed and is no longer a valid plan' 10
wait_for '^ 73     \[ \] A brand new task$'
tui_pid >/dev/null || fail "stride ended on a broken plan file"
quit_tui
