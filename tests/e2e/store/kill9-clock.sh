#!/usr/bin/env bash
# kill9-clock.sh: the running clock (stride clock) survives a kill -9, and
# clocking in while one runs is all or nothing.
#
#   tests/e2e/store/kill9-clock.sh STRIDE_BINARY
#
# A clock runs on item 3 since 09:00. `stride clock in 4` at 10:00 (which
# stops 3's clock, logs its 60 minutes and starts 4's, in one transaction)
# is started again and again and killed with SIGKILL at different moments.
# After each kill a new process (as after a reboot) must find either the
# clock still on 3 with nothing logged, or the clock on 4 with 3's 60
# minutes logged: never both, never neither. Then the clock on 3 is put
# back (and the 60 minutes undone) for the next round. The kills stop when
# the time budget is spent ($STRIDE_KILL_BUDGET seconds, default 5).
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-kill9-clock.XXXXXX") || exit 2
pid=
cleanup() {
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
	if [ -n "${KEEP_TMP:-}" ]; then echo "# kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_STATE_HOME="$tmp/home/.local/state" \
	STRIDE_TODAY=2025-07-14 STRIDE_DB="$tmp/store.db" TMPDIR="$tmp" \
	LC_ALL=C.UTF-8
mkdir -p "$HOME"
cd "$tmp" || exit 2

ok() { echo "ok   - $*"; }
fail() {
	echo "FAIL - $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	exit 1
}
st() { timeout -k 5 60 "$bin" "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

minutes() { st list --json "$1" | grep -o '"minutes":[0-9]*' | cut -d: -f2; }
clock_ref() { st clock --json | tr -d '\n\t ' | sed -n 's/.*"ref":\([0-9]*\).*/\1/p'; }

st import "$root/plans/backend-roadmap.yaml" >/dev/null 2>&1 || fail "import"
STRIDE_NOW=2025-07-14T09:00 st clock in 3 >/dev/null || fail "clock in 3"
[ "$(clock_ref)" = 3 ] || fail "the clock on 3" "$(st clock --json)"
ok "a clock runs on 3"

# a process killed while it holds the store open and reads the clock
# (the TUI's kind: a sleep between its reads) leaves the clock as it was
STRIDE_NOW=2025-07-14T09:10 st clock --json >/dev/null &
pid=$!
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
pid=
[ "$(clock_ref)" = 3 ] || fail "after a reader's kill, the clock on 3" "$(st clock --json)"
[ "$(STRIDE_NOW=2025-07-14T09:40 st clock --json | tr -d '\n\t ' |
	sed -n 's/.*"minutes":\([0-9]*\).*/\1/p')" = 40 ] ||
	fail "the clock's 40 minutes at 09:40" "$(STRIDE_NOW=2025-07-14T09:40 st clock --json)"
ok "a new process finds the clock, its time counted from 09:00"

budget=${STRIDE_KILL_BUDGET:-5}
t0=$(now_ms)
rounds=0 old=0 new=0
while [ $(( $(now_ms) - t0 )) -lt $((budget * 1000)) ]; do
	rounds=$((rounds + 1))
	STRIDE_NOW=2025-07-14T10:00 "$bin" clock in 4 >/dev/null 2>&1 &
	pid=$!
	# anywhere from at once to after it is done
	sleep "0.00$((RANDOM % 10))$((RANDOM % 10))"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	pid=
	ref=$(clock_ref)
	m3=$(minutes 3)
	case "$ref:$m3" in
	3:0) old=$((old + 1)) ;;
	4:60)
		new=$((new + 1))
		# back: the clock on 3 since 09:00 (4's stopped before its start:
		# nothing logged), and 3's 60 minutes undone
		STRIDE_NOW=2025-07-14T09:00 st clock in 3 >/dev/null ||
			fail "round $rounds: clock in 3 again"
		st undo >/dev/null || fail "round $rounds: undo"
		[ "$(minutes 3)" = 0 ] && [ "$(minutes 4)" = 0 ] ||
			fail "round $rounds: putting back" "3: $(minutes 3), 4: $(minutes 4)"
		;;
	*) fail "round $rounds: the clock on '$ref' with 3's minutes '$m3'" \
		"$(st clock --json)" ;;
	esac
done
ok "$rounds kills of 'stride clock in 4': $old before it, $new after it, none between"
st status >/dev/null || fail "status after the kills"
STRIDE_NOW=2025-07-14T10:30 st clock out >/dev/null || fail "clock out after the kills"
ok "clock out after the kills"
