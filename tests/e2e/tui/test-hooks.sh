#!/usr/bin/env bash
# Hooks in the TUI (issue 15): an on-change hook that fails says so on the
# bottom line, with its first line, and the tick is kept; what the hook
# prints (a lot, on stdout and stderr, escapes too, and on /dev/tty) never
# reaches the screen; a hook that works says nothing and gets the change; one that is
# not executable is said, and the tick kept; q quits cleanly.
source "$(dirname "$0")/lib.sh"

hooks=$XDG_CONFIG_HOME/stride/hooks
mkdir -p "$hooks"
cat >"$hooks/on-change" <<'HOOK'
#!/bin/sh
# straight to the terminal, were it there: it is not (a session of its own)
{ echo TTYJUNK > /dev/tty; } 2>/dev/null
i=0
while [ $i -lt 200 ]; do printf 'GARBAGE %s \033[2J\033[31m\n' $i; i=$((i + 1)); done
echo "no network: the change was not pushed" >&2
exit 3
HOOK
chmod +x "$hooks/on-change"

start_tui 100x30 stride "$ROOT/plans/backend-roadmap.yaml"
wait_for '^ Monday 14 July 2025$'
wait_selected '^ +2 \[ \] Read ES 2025'
keys Space
wait_for '^ hook on-change failed \(exit 3\): GARBAGE 0 \?\[2J\?\[31m; the change is kept$'
wait_gone 'Read ES 2025'
screen | grep -q 'GARBAGE [1-9]' && fail "the hook's output reached the screen"
screen | grep -q 'TTYJUNK' && fail "the hook wrote on the terminal"
list_item 2 | grep -q '"status":"done"' || fail "2 is not done: $(list_item 2)"

# a hook that works: nothing said, and it gets the change as JSON
cat >"$hooks/on-change" <<HOOK
#!/bin/sh
cat > "$T/change.json"
echo fine
HOOK
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
keys j j
wait_selected '^  3     \[ \] Diagram Node event-loop'
keys Space
wait_for '^ 3 is done \(u undoes it\)$'
for _ in $(seq 50); do [ -s "$T/change.json" ] && break; sleep 0.1; done
grep -q '"what":	"done"' "$T/change.json" || fail "the hook got: $(cat "$T/change.json")"
grep -q '"ref":	3' "$T/change.json" || fail "the hook got: $(cat "$T/change.json")"

# not executable: said, and the undo done
chmod -x "$hooks/on-change"
keys u
wait_for '^ hook on-change not run: not an executable file; the change is kept \(chmod'
wait_selected '^  3     \[ \] Diagram Node event-loop'
quit_tui
