#!/usr/bin/env bash
# kill9-import.sh: kill -9 in the middle of importing a 100,000-task plan.
#
#   tests/e2e/store/kill9-import.sh STRIDE_BINARY
#
# The store holds a small plan; a generated plan with the same id and
# 100,000 tasks (tests/bench/genplan) replaces it. `stride import BIG` is
# started again and again and killed with SIGKILL at different moments,
# spread over the whole import (parse, the write transaction, the commit
# and the checkpoint after it). After each kill, `stride plans --json` and
# `stride list --json` must show either the old plan or the new one,
# completely (byte for byte what a clean store shows), and `stride status`
# must work. A final import without a kill must succeed.
#
# The kills stop when the time budget is spent ($STRIDE_KILL_BUDGET
# seconds from the start, default 10), so a slow build makes fewer of them;
# a build too slow to import 100,000 tasks in a few seconds (sanitizers)
# is given a plan of 5,000 or 2,000 tasks instead, and the script says so.
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-kill9.XXXXXX") || exit 2
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

budget=${STRIDE_KILL_BUDGET:-10}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(now_ms)

ok() { echo "ok   - $*"; }
fail() {
	echo "FAIL - $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	exit 1
}
st() { timeout -k 5 120 "$bin" "$@"; }

# genplan TASKS SEED > FILE, with the plan id every plan here shares
gen() {
	./genplan "$1" "$2" | sed '0,/^id: /s/^id: .*/id: killme/'
}
${CC:-cc} -O2 -o genplan "$root/tests/bench/genplan.c" 2>cc.err ||
	fail "cannot build tests/bench/genplan.c" "$(head -n 5 cc.err)"

# The state of the store: "LINES LISTSUM PLANSSUM", or a failure.
snapshot() {
	local out rc
	out=$(st list --json 2>&1 >list.json)
	rc=$?
	[ $rc -eq 0 ] || { echo "list --json exits $rc: $out"; return 1; }
	out=$(st plans --json 2>&1 >plans.json)
	rc=$?
	[ $rc -eq 0 ] || { echo "plans --json exits $rc: $out"; return 1; }
	echo "$(wc -l <list.json) $(cksum <list.json | cut -d' ' -f1) $(cksum <plans.json | cut -d' ' -f1)"
}

# keep a copy of the store as NAME (and its WAL, if stride left one);
# bring it back as the store
save_store() {
	rm -f "$1" "$1-wal"
	cp store.db "$1"
	[ ! -e store.db-wal ] || cp store.db-wal "$1-wal"
}
use_store() {
	rm -f store.db store.db-wal store.db-shm store.db-journal
	cp "$1" store.db
	[ ! -e "$1-wal" ] || cp "$1-wal" store.db-wal
}

# ---- the old plan --------------------------------------------------------
gen 20 7 >old.yaml
out=$(st import old.yaml 2>&1) || fail "importing a small plan fails" "$out"
old=$(snapshot) || fail "the store with the small plan cannot be read: $old"
cp list.json old-list.json
cp plans.json old-plans.json
save_store old.db
ok "old plan: 20 tasks, list --json has ${old%% *} lines"

# ---- how fast is this build? 2,000 tasks first -----------------------------
# import_new TASKS: the generated plan of TASKS tasks over the old one;
# sets dur (ms)
import_new() {
	gen "$1" 1 >big.yaml
	use_store old.db
	local s out
	s=$(now_ms)
	out=$(st import --replace big.yaml 2>&1) ||
		fail "importing a $1-task plan over the small one fails" "$(echo "$out" | tail -n 3)"
	dur=$(( $(now_ms) - s ))
}
import_new 2000
t2k=$dur
if [ $((t2k * 50)) -le 4000 ]; then
	tasks=100000
else
	# sanitizers: the import would take too long for the kills to fit
	[ $((t2k * 5 / 2)) -le 2000 ] && tasks=5000 || tasks=2000
	echo "# this build imports 2,000 tasks in $t2k ms (sanitizers?): 100,000 would take too long here; killing a $tasks-task import instead"
fi
[ $tasks -eq 2000 ] || import_new $tasks
new=$(snapshot) || fail "the store with the big plan cannot be read: $new"
cp list.json new-list.json
cp plans.json new-plans.json
[ "$old" != "$new" ] || fail "the old and the new plan look the same"
ok "new plan: $tasks tasks, imported in $dur ms, list --json has ${new%% *} lines"

# ---- kill it at different moments ----------------------------------------
use_store old.db
state=old
kills=0
finished=0
seen_old=0
seen_new=0
# spread over the whole import, the first ones far apart
for pct in 50 10 90 30 70 97 20 80 60 40 95 5 85 65 45 99 15 75 55 35 25 103; do
	if [ $kills -ge 3 ] && [ $(( $(now_ms) - t0 )) -ge $((budget * 1000)) ]; then
		echo "# time budget of $budget s spent after $kills kills"
		break
	fi
	at=$((dur * pct / 100))
	"$bin" import --replace big.yaml >import.out 2>&1 &
	pid=$!
	sleep "$(awk -v ms="$at" 'BEGIN { printf "%.3f", ms / 1000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	rc=$?
	pid=
	kills=$((kills + 1))
	if [ $rc -eq 137 ]; then
		how="killed at $at ms ($pct%)"
	else
		how="not killed at $at ms ($pct%): it had finished, exit $rc"
		finished=$((finished + 1))
		[ $rc -eq 0 ] || fail "stride import, run to the end, exits $rc" "$(tail -n 3 import.out)"
	fi

	got=$(snapshot) || fail "$how; then the store cannot be read" "$got"
	if [ "$got" = "$old" ]; then
		state=old
		seen_old=$((seen_old + 1))
	elif [ "$got" = "$new" ]; then
		state=new
		seen_new=$((seen_new + 1))
	else
		[ "${got%% *}" -lt $(( (${old%% *} + ${new%% *}) / 2 )) ] && near=old || near=new
		mapfile -t lines < <(diff "$near-plans.json" plans.json | head -n 6; diff "$near-list.json" list.json | head -n 6)
		fail "$how; the store holds neither the old plan nor the new one" \
			"list --json: ${got%% *} lines (old ${old%% *}, new ${new%% *}); the differences from the $near plan:" \
			"${lines[@]}"
	fi
	out=$(st status 2>&1 >/dev/null)
	rc=$?
	[ $rc -eq 0 ] || fail "$how; then stride status exits $rc" "$out"
	ok "$how: the store opens and holds the $state plan, status works"
	if [ "$state" = new ]; then	# back to the old plan for the next kill
		use_store old.db
		state=old
	fi
done
ok "$kills imports stopped ($finished had already finished): $seen_old times the old plan, $seen_new times the new one, never anything else"

# ---- a normal import after all that ----------------------------------------
out=$(st import --replace big.yaml 2>&1)
rc=$?
[ $rc -eq 0 ] || fail "a normal import after the kills exits $rc" "$(echo "$out" | tail -n 3)"
got=$(snapshot) || fail "after a normal import the store cannot be read" "$got"
[ "$got" = "$new" ] ||
	fail "after a normal import the store does not hold the new plan" \
		"list --json: ${got%% *} lines (new ${new%% *})"
out=$(st status 2>&1 >/dev/null) || fail "stride status after the final import fails" "$out"
ok "a normal import then succeeds and the store holds the new plan"
if command -v sqlite3 >/dev/null; then
	ic=$(sqlite3 -readonly store.db 'PRAGMA integrity_check' 2>&1)
	[ "$ic" = ok ] || fail "sqlite3: PRAGMA integrity_check on the final store" "$ic"
	ok "sqlite3 finds the final store intact"
fi

echo "# $(( $(now_ms) - t0 )) ms"
