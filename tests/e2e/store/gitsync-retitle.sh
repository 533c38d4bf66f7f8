#!/bin/bash
# gitsync-retitle.sh: a task retitled in place on one machine, before the
# other machine's plan file has the edit (issue 13). Each machine has its
# own copy of the plan file (as two machines do); they sync through a
# local bare repository.
#
#   tests/e2e/store/gitsync-retitle.sh STRIDE_BINARY
#
# The retitle changes the task's key (it has no id), and the progress
# that either machine records before, between and after the two edits
# must land on the one task on both: never on an archived copy made for
# an unknown key. Checks: A retitles and logs, B (old file) takes A's
# time onto its task; B's file gets the edit, nothing splits, the events
# of both stores are the same; both retitle another task each on their
# own before syncing; undo passes a retitle by; a restore of A's export
# into an empty store gives the same export.
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)
command -v git >/dev/null 2>&1 || { echo "# SKIP no git on the PATH"; exit 0; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-retitle.XXXXXX") || exit 2
cleanup() { if [ -n "${KEEP_TMP:-}" ]; then echo "# kept $tmp"; else rm -rf "$tmp"; fi; }
trap cleanup EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_STATE_HOME="$tmp/home/.local/state" \
	STRIDE_TODAY=2025-07-14 TMPDIR="$tmp" LC_ALL=C.UTF-8 \
	GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_DATE= GIT_COMMITTER_DATE=
unset STRIDE_DB GIT_DIR GIT_WORK_TREE GIT_CONFIG_GLOBAL
mkdir -p "$HOME" "$tmp/a" "$tmp/b"
cd "$tmp" || exit 2
git config --global user.name "Test Person"
git config --global user.email test@example.org
git config --global init.defaultBranch main

ok() { echo "ok   - $*"; }
fail() {
	echo "FAIL - $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	exit 1
}
st() { timeout -k 5 120 "$bin" "$@"; }
A() { st --db A.db "$@"; }
B() { st --db B.db "$@"; }
# item X REF: item REF of store X as list --json has it (one object)
item() { st --db "$1.db" list --all --json 2>/dev/null | tr '{' '\n' | grep "\"ref\":$2,"; }
field() { grep -o "\"$1\":[^,]*" | head -n 1; }
# events X: the events of store X's export, one a line
events() {
	st --db "$1.db" export 2>/dev/null |
		awk '/^\t"events":/ { on = 1 } /^\t"reflections":/ { on = 0 } on { print }'
}
# no_copy X KEY: store X has no archived item made for KEY
no_copy() {
	local n
	n=$(st --db "$1.db" list --all --json 2>/dev/null | tr '{' '\n' | grep -c "\"key\":\"$2\"")
	[ "$n" -le 1 ] || fail "$1: the progress split: $n items have the key $2"
}

cp "$root/tests/data/reflect/weekly.yaml" a/weekly.yaml
cp a/weekly.yaml b/weekly.yaml
git init -q --bare remote.git
A import a/weekly.yaml >/dev/null 2>&1 && B import b/weekly.yaml >/dev/null 2>&1 ||
	fail "import fails"
A sync --init remote.git >/dev/null 2>&1 && B sync --init remote.git >/dev/null 2>&1 &&
	A sync >/dev/null 2>&1 || fail "sync --init fails"

# ---- A retitles item 5 in place and logs on it; B's file is as it was ----------
B "done" 5 >/dev/null && B sync >/dev/null 2>&1 && A sync >/dev/null 2>&1 || fail "B: done 5 fails"
sed -i 's/Set up the toolchain/Set up the tool chain/' a/weekly.yaml
out=$(A list 2>&1 >/dev/null)
echo "$out" | grep -q "same place; was: Set up the toolchain" || fail "A: not retitled in place" "$out"
A log 25m 5 >/dev/null || fail "A: log 5 fails"
A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 || fail "sync fails after A's retitle"
[ "$(item B 5 | field minutes)" = '"minutes":25' ] && [ "$(item B 5 | field status)" = '"status":"done"' ] ||
	fail "B: A's time on the retitled task did not land on B's task 5" "$(item B 5)"
no_copy B basics/set-up-the-tool-chain
no_copy B basics/set-up-the-toolchain
[ "$(item B 5 | field title)" = '"title":"Set up the toolchain"' ] ||
	fail "B: its task took A's title before its own file did" "$(item B 5)"
ok "A retitles a task in place and logs on it: B, whose file has the old title, has the time on its task (no copy)"

# ---- B's file gets the edit --------------------------------------------------------------
sed -i 's/Set up the toolchain/Set up the tool chain/' b/weekly.yaml
B log 5m 5 >/dev/null 2>&1 || fail "B: log 5 fails"
B sync >/dev/null 2>&1 && A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 || fail "sync fails"
for x in A B; do
	[ "$(item $x 5 | field minutes)" = '"minutes":30' ] &&
		[ "$(item $x 5 | field title)" = '"title":"Set up the tool chain"' ] ||
		fail "$x: task 5 is not the retitled task with 30 minutes" "$(item $x 5)"
	no_copy $x basics/set-up-the-tool-chain
done
[ "$(events A)" = "$(events B)" ] && [ -n "$(events A)" ] ||
	fail "A and B have different events" "$(diff <(events A) <(events B) | head -n 10)"
ok "B's file gets the same edit: one task with 30 minutes on both, the same events"

# ---- both retitle a task of their own before syncing ---------------------------------------
sed -i 's/Read the streams chapter/Read the streams chapter again/' a/weekly.yaml
sed -i 's/Read the event loop chapter/Read the event-loop chapter/' b/weekly.yaml
A log 10m 3 >/dev/null 2>&1 && B log 15m 2 >/dev/null 2>&1 || fail "log fails"
A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 && A sync >/dev/null 2>&1 || fail "sync fails"
[ "$(item B 3 | field minutes)" = '"minutes":10' ] && [ "$(item A 2 | field minutes)" = '"minutes":15' ] ||
	fail "the time of the retitled tasks did not travel" "$(item B 3)" "$(item A 2)"
sed -i 's/Read the event loop chapter/Read the event-loop chapter/' a/weekly.yaml
sed -i 's/Read the streams chapter/Read the streams chapter again/' b/weekly.yaml
A list >/dev/null 2>&1 && B list >/dev/null 2>&1
A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 && A sync >/dev/null 2>&1 || fail "sync fails"
for x in A B; do
	[ "$(item $x 2 | field minutes)" = '"minutes":15' ] &&
		[ "$(item $x 3 | field minutes)" = '"minutes":10' ] ||
		fail "$x: tasks 2 and 3 do not have their time" "$(item $x 2)" "$(item $x 3)"
	no_copy $x basics/read-the-event-loop-chapter
	no_copy $x basics/read-the-streams-chapter
done
[ "$(events A)" = "$(events B)" ] || fail "A and B have different events" \
	"$(diff <(events A) <(events B) | head -n 10)"
cmp -s a/weekly.yaml b/weekly.yaml || fail "the test's two files should be the same by now"
ok "each machine retitles a task before the other: no copy, the time on both, the same events"

# ---- undo passes a retitle by ---------------------------------------------------------------
A log 7m 5 >/dev/null
sed -i 's/Set up the tool chain/Set up the toolchain at last/' a/weekly.yaml
A list >/dev/null 2>&1
out=$(A undo 2>&1) || fail "A: undo fails" "$out"
echo "$out" | grep -q "undid   log" || fail "A: undo did not undo the log" "$out"
[ "$(item A 5 | field minutes)" = '"minutes":30' ] &&
	[ "$(item A 5 | field key)" = '"key":"basics/set-up-the-toolchain-at-last"' ] ||
	fail "A: undo took the retitle back, or the log stayed" "$(item A 5)"
ok "undo after a retitle undoes the change before it (the log), the retitle stays"

# ---- restore of A's export into an empty store ------------------------------------------------
A export -o A.json 2>/dev/null || fail "A: export fails"
st --db C.db restore A.json >/dev/null 2>&1 || fail "C: restore fails"
st --db C.db export -o C.json 2>/dev/null || fail "C: export fails"
cmp -s A.json C.json || fail "C's export differs from A's" "$(diff A.json C.json | head -n 10)"
grep -q '"type":.*"rekey"' A.json || fail "A's export has no rekey event"
ok "A's export, rekeys and all, restores into an empty store to the same bytes"
