#!/usr/bin/env bash
# shell-readers.sh: what the shell runs at every prompt and Tab (stride
# prompt, stride __complete, stride remind) while other strides write.
#
#   tests/e2e/store/shell-readers.sh STRIDE_BINARY
#
# They open the store strictly read-only: as immutable when no -wal file is
# there, else as a read-only connection. With two writers ticking and
# resetting items in turn and three readers in loops beside them:
#
#   1. every write succeeds, and the ticks add up (a reader never blocks a
#      writer, nor makes it fail);
#   2. every reader exits as documented (prompt and __complete 0, remind 0
#      or 1) and never prints on stderr;
#   3. prompt's %d is always a figure the store held (0 to 2 done), or
#      nothing (a read that met a writer half way says nothing: counted,
#      printed, allowed);
#   4. with the writers done, a last write works and the figures are
#      right (one item done), status works.
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-readers.XXXXXX") || exit 2
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
	wait 2>/dev/null
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
note() { echo "# $*"; }
fail() {
	echo "FAIL - $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	exit 1
}
st() { timeout -k 5 120 "$bin" "$@"; }

st import "$root/plans/backend-roadmap.yaml" >/dev/null 2>&1 || fail "cannot import the plan"
rounds=${READERS_ROUNDS:-40}

# writers: item 3 and item 4 ticked and reset in turn, each round checked
writer() { # REF LOG
	local i
	for ((i = 0; i < rounds; i++)); do
		st done "$1" >/dev/null 2>>"$2" || echo "done $1 failed (round $i)" >>"$2"
		st reset "$1" >/dev/null 2>>"$2" || echo "reset $1 failed (round $i)" >>"$2"
	done
}
# readers: until the writers are through
reader() { # LOG
	local out rc n=0 empty=0
	while [ ! -e writers.done ]; do
		out=$(st prompt '%d' 2>"$1.err"); rc=$?
		[ -s "$1.err" ] && echo "prompt wrote on stderr: $(cat "$1.err")" >>"$1"
		[ $rc = 0 ] || echo "prompt exited $rc" >>"$1"
		case $out in 0 | 1 | 2) ;; '') empty=$((empty + 1)) ;; *) echo "prompt said '$out'" >>"$1" ;; esac
		st __complete -- done 1 >/dev/null 2>"$1.err"; rc=$?
		[ -s "$1.err" ] && echo "__complete wrote on stderr: $(cat "$1.err")" >>"$1"
		[ $rc = 0 ] || echo "__complete exited $rc" >>"$1"
		st remind >/dev/null 2>"$1.err"; rc=$?
		[ -s "$1.err" ] && echo "remind wrote on stderr: $(cat "$1.err")" >>"$1"
		[ $rc -le 1 ] || echo "remind exited $rc" >>"$1"
		n=$((n + 1))
	done
	echo "$n $empty" >"$1.count"
}

: >w3.log; : >w4.log; : >r1.log; : >r2.log
reader r1.log & pids+=($!)
reader r2.log & pids+=($!)
writer 3 w3.log & w1=$!
writer 4 w4.log & w2=$!
wait "$w1" "$w2"
touch writers.done
wait
pids=()

[ ! -s w3.log ] && [ ! -s w4.log ] ||
	fail "a write failed or complained beside the readers" "$(cat w3.log w4.log | head -n 5)"
ok "$((rounds * 4)) writes beside the readers: all succeeded, nothing on stderr"
[ ! -s r1.log ] && [ ! -s r2.log ] ||
	fail "a reader misbehaved" "$(cat r1.log r2.log | head -n 5)"
read -r n1 e1 <r1.log.count
read -r n2 e2 <r2.log.count
[ $((n1 + n2)) -gt 0 ] || fail "the readers never ran"
ok "$(((n1 + n2) * 3)) reads (prompt, __complete, remind): exits as documented, nothing on stderr"
note "prompt said nothing $((e1 + e2)) times of $((n1 + n2)) (a read that met a writer)"

st done 5 >/dev/null 2>&1 || fail "a write after the readers failed"
got=$(st prompt '%d' 2>&1)
[ "$got" = 1 ] || fail "after it all, one item done: prompt says '$got'"
out=$(st status 2>&1) || fail "status after it all" "$out"
ok "the store is whole after it: one item done, status works"
