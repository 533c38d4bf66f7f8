#!/usr/bin/env bash
# The terminal goes away (its tmux server is killed): stride ends, and
# what it had done is in the store. Also when SIGHUP is ignored (started
# under nohup, say): reading the terminal then fails, and stride must end
# rather than go on running, let alone spin.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"

# gone_within PID SECONDS: whether PID ends in time
gone_within()
{
	local end
	end=$(_deadline "$2")
	while _running "$1"; do
		[ "$(_now)" -gt "$end" ] && return 1
		sleep 0.02
	done
	return 0
}

[ -d /proc/self ] || { echo "no /proc here: skipped"; exit 77; }

start_tui 100x30 stride
wait_for '^  2 \[ \] Read ES 2025'
keys Space
wait_for '^ 2 is done \(u undoes it\)$'
pid=$(tui_pid) || fail "stride is not running"
_tmux kill-server
gone_within "$pid" 5 || fail "stride still runs 5 s after its terminal went away"
list_item 2 | grep -q '"status":"done"' || fail "the tick was lost: $(list_item 2)"

# SIGHUP ignored
start_tui 100x30 sh -c "trap '' HUP; exec \"\$0\"" "$STRIDE_BIN"
wait_for '^ Monday 14 July 2025$'
pid=$(tui_pid) || fail "stride is not running"
_tmux kill-server
# (5 s, three times that under ASan, whose leak check at exit can take
# seconds on a busy machine: the bound is for a stride that spins)
if ! gone_within "$pid" 5; then
	cpu=$(ps -o time= -p "$pid" 2>/dev/null)
	soft_fail "with SIGHUP ignored, stride still runs 5 s after its terminal went away (CPU time ${cpu:-?}: it spins)"
	kill -9 "$pid" 2>/dev/null
fi
