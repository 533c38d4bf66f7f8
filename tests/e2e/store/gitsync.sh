#!/usr/bin/env bash
# gitsync.sh: stride sync between stores through a local bare repository
# (issue 13), no network.
#
#   tests/e2e/store/gitsync.sh STRIDE_BINARY
#
# Three stores (A.db, B.db, C.db, three devices) and remote.git, made
# with `git init --bare`; HOME holds a git config with a name and an
# email. Checks: --init against an empty remote (the first commit), a
# tick on A reaches B; concurrent changes of the same item on A and B end
# the same on both; a push refused because the other pushed first is
# merged and pushed again (a git on the PATH before the real one skips
# one fetch, so that the push meets the other's commit); offline (the
# remote moved away) commits here and pushes next time; --status; a
# damaged line in another device's file is named with its file and line
# and the rest taken in; kill -9 at moments through a sync leaves the
# store and the repository usable and the next sync completes; a third
# store joins and all three exports are the same bytes.
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)
command -v git >/dev/null 2>&1 || { echo "# SKIP no git on the PATH"; exit 0; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-gitsync.XXXXXX") || exit 2
pid=
cleanup() {
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
	if [ -n "${KEEP_TMP:-}" ]; then echo "# kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_STATE_HOME="$tmp/home/.local/state" \
	STRIDE_TODAY=2025-07-14 TMPDIR="$tmp" LC_ALL=C.UTF-8 \
	GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_DATE= GIT_COMMITTER_DATE=
unset STRIDE_DB GIT_DIR GIT_WORK_TREE GIT_CONFIG_GLOBAL
mkdir -p "$HOME"
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
C() { st --db C.db "$@"; }

# same X Y: the two stores' exports and lists are the same bytes
same() {
	st --db "$1.db" export -o "$1.json" 2>/dev/null || fail "$1: export fails"
	st --db "$2.db" export -o "$2.json" 2>/dev/null || fail "$2: export fails"
	cmp -s "$1.json" "$2.json" || fail "$1 and $2 differ after syncing" \
		"$(diff "$1.json" "$2.json" | head -n 20)"
	st --db "$1.db" list --all --json >"$1.list" 2>&1
	st --db "$2.db" list --all --json >"$2.list" 2>&1
	cmp -s "$1.list" "$2.list" || fail "$1 and $2 list differently" \
		"$(diff "$1.list" "$2.list" | head -n 20)"
}
# status_of X REF: the status of item REF in store X (list --json)
status_of() {
	st --db "$1.db" list --json 2>/dev/null | tr '{' '\n' | grep "\"ref\":$2," |
		grep -o '"status":"[a-z]*"' | head -n 1
}

git init -q --bare remote.git
cp "$root/tests/data/reflect/weekly.yaml" weekly.yaml
A import weekly.yaml >/dev/null 2>&1 || fail "import into A fails"

# ---- the first machine, an empty remote --------------------------------------
A done 2 >/dev/null || fail "done 2 on A fails"
out=$(A sync --init remote.git 2>&1) || fail "A: sync --init of an empty remote fails" "$out"
[ -d A-sync/.git ] || fail "A: no clone at A-sync (beside A.db)" "$out"
devA=$(ls A-sync/devices)
[ -s "A-sync/devices/$devA/events.jsonl" ] && [ -s "A-sync/devices/$devA/plans/weekly.json" ] ||
	fail "A: its device's files are not in the repository" "$(find A-sync/devices)"
[ "$(git --git-dir=remote.git rev-list --count main 2>&1)" = 1 ] ||
	fail "the remote has not A's first commit" "$(git --git-dir=remote.git log --oneline 2>&1)"
ok "A: --init of an empty bare repository clones it beside the store and pushes the first commit"

# ---- a tick on A reaches B ------------------------------------------------------
out=$(B sync --init remote.git --dir "$tmp/b-clone" 2>&1) || fail "B: sync --init fails" "$out"
echo "$out" | grep -q "added 1 of 1 event" || fail "B: did not say what it took in" "$out"
[ "$(status_of B 2)" = '"status":"done"' ] || fail "B: item 2 is not done after the sync" \
	"$(B list 2>&1 | head -n 5)"
same A B
ok "B: --init --dir of the same remote gets the plan (from A's text) and A's tick; the same export as A"

out=$(B sync 2>&1) && out2=$(B sync 2>&1) || fail "B: syncing again fails" "$out" "$out2"
echo "$out2" | grep -q "up to date" || fail "B: a sync with nothing new is not up to date" "$out2"
n=$(git --git-dir=remote.git rev-list --count main)
B sync >/dev/null 2>&1 && A sync >/dev/null 2>&1
[ "$(git --git-dir=remote.git rev-list --count main)" = "$n" ] ||
	fail "syncs with nothing new made commits"
ok "syncing again with nothing new adds nothing and commits nothing"

# ---- concurrent changes of the same item ------------------------------------------
A done 3 >/dev/null && A note 3 -m "from A" >/dev/null && A log 20m 3 >/dev/null ||
	fail "changes on A fail"
B skip 3 >/dev/null && B note 3 -m "from B" >/dev/null && B log 10m 3 >/dev/null ||
	fail "changes on B fail"
A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 && A sync >/dev/null 2>&1 ||
	fail "syncing the concurrent changes fails"
same A B
[ "$(status_of A 3)" = '"status":"skipped"' ] ||
	fail "item 3 should be B's skip (the later change): $(status_of A 3)"
grep -q '"minutes":30' A.list || fail "the 20 and the 10 minutes do not add up to 30 on A"
ok "concurrent changes of one item on A and B: both end the same (the later status and note, the minutes added)"

# ---- status ---------------------------------------------------------------------
out=$(A sync --status 2>&1) || fail "A: sync --status fails" "$out"
echo "$out" | grep -q "remote: *$tmp/remote.git" && echo "$out" | grep -q "last sync: *[0-9]" &&
	echo "$out" | grep -q "waiting: *0 events" ||
	fail "A: --status after a sync is not right" "$out"
A done 4 >/dev/null
out=$(A sync --status 2>&1)
echo "$out" | grep -q "waiting: *1 event not synced yet" ||
	fail "A: --status does not count the tick not synced yet" "$out"
out=$(st --db D.db sync --status 2>&1)
echo "$out" | grep -q "not synced" || fail "a store that never synced: --status says" "$out"
ok "--status: the remote, the last sync, the events waiting"

# ---- offline ----------------------------------------------------------------------
mv remote.git remote.away
out=$(A sync 2>&1) || fail "A: an offline sync fails (it should commit here)" "$out"
echo "$out" | grep -q "offline" || fail "A: offline is not said" "$out"
out=$(A sync --status 2>&1)
echo "$out" | grep -q "1 commit not pushed" || fail "A: --status does not say a commit waits" "$out"
mv remote.away remote.git
out=$(A sync 2>&1) || fail "A: the sync after coming back fails" "$out"
out=$(A sync --status 2>&1)
echo "$out" | grep -q "commit not pushed" && fail "A: the commit was not pushed" "$out"
B sync >/dev/null 2>&1 || fail "B: sync fails"
same A B
ok "offline: committed here, said so, --status counts it; pushed by the next sync"

# ---- a push refused: the other pushed first ------------------------------------------
# a git that skips B's next fetch, as if A pushed just after it
mkdir -p fakebin
realgit=$(command -v git)
cat >fakebin/git <<EOF
#!/bin/sh
for a in "\$@"; do
	if [ "\$a" = fetch ] && [ -e "$tmp/skip-fetch" ]; then
		rm -f "$tmp/skip-fetch"
		exit 0
	fi
done
exec "$realgit" "\$@"
EOF
chmod +x fakebin/git
B done 5 >/dev/null
A done 6 >/dev/null
A sync >/dev/null 2>&1 || fail "A: sync fails"
touch skip-fetch
out=$(PATH="$tmp/fakebin:$PATH" B sync 2>&1) || fail "B: a sync whose push is refused fails" "$out"
[ ! -e skip-fetch ] || fail "the fake git did not skip a fetch"
echo "$out" | grep -q "pushed first" || fail "B: the refused push is not said" "$out"
A sync >/dev/null 2>&1 || fail "A: sync fails"
same A B
ok "a push refused because A pushed first: B merges, pushes again; both the same"

# ---- both at once ----------------------------------------------------------------------
A start 7 >/dev/null
B done 7 >/dev/null
A sync >a.out 2>&1 &
B sync >b.out 2>&1
wait $! || fail "A: a sync at the same time as B's fails" "$(cat a.out)"
A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 && A sync >/dev/null 2>&1 ||
	fail "syncing after the simultaneous syncs fails"
same A B
ok "A and B sync at the same time: no conflict; the same after another round"

# ---- a damaged line in another device's file ----------------------------------------------
A done 10 >/dev/null
A sync >/dev/null 2>&1
f="A-sync/devices/$devA/events.jsonl"
{ head -n 1 "$f"; echo '{"id": "not an event"'; echo '{"id":"x"}'; tail -n +2 "$f"; } >f.new
mv f.new "$f"
git -C A-sync commit -qam "damage" && git -C A-sync push -q origin main 2>/dev/null ||
	fail "cannot push the damaged file"
out=$(B sync 2>&1)
rc=$?
[ $rc -eq 65 ] || fail "B: a damaged line should exit 65, not $rc" "$out"
echo "$out" | grep -q "devices/$devA/events.jsonl:2: not a JSON object" &&
	echo "$out" | grep -q "devices/$devA/events.jsonl:3: an event that is not one" ||
	fail "B: the damaged lines are not named with their file and line" "$out"
[ "$(status_of B 10)" = '"status":"done"' ] || fail "B: the rest of A's file was not taken in"
A sync >/dev/null 2>&1
out=$(B sync 2>&1) || fail "B: once A rewrote its file, the sync still fails" "$out"
same A B
ok "damaged lines in A's file: B names file:line, takes in the rest (exit 65); A's next sync mends its file"

# a fault deeper than a line's JSON: a move whose undo rows are damaged, a
# reflection without its week, a plan file of a plan B lacks that is no
# plan entry; each named, the rest of A's changes taken in
A done 12 >/dev/null
A reflect -m "a week of damage" >/dev/null 2>&1 || fail "A: reflect fails"
A shift weekly 1d >/dev/null 2>&1 || fail "A: shift fails"
A sync >/dev/null 2>&1
f="A-sync/devices/$devA/events.jsonl"
n=$(grep -n '"type":"move"' "$f" | tail -n 1 | cut -d: -f1)
[ -n "$n" ] || fail "A's file has no move event"
sed -i "${n}s/\"undo\":\[\[/\"undo\":[[{},/" "$f"
r="A-sync/devices/$devA/reflections.jsonl"
sed -i '$s/"week":"[0-9-]*",//' "$r"
echo '{"id":"other-plan","title":"x"}' >"A-sync/devices/$devA/plans/other-plan.json"
git -C A-sync add -A && git -C A-sync commit -qm "deeper damage" &&
	git -C A-sync push -q origin main 2>/dev/null || fail "cannot push the damaged files"
out=$(B sync 2>&1)
rc=$?
[ $rc -eq 65 ] || fail "B: damaged entries should exit 65, not $rc" "$out"
echo "$out" | grep -q "devices/$devA/events.jsonl:$n: an event that is not one" &&
	echo "$out" | grep -q "devices/$devA/reflections.jsonl:[0-9]*: a reflection that is not one" &&
	echo "$out" | grep -q "devices/$devA/plans/other-plan.json:1: a plan that is not one" ||
	fail "B: the damaged entries are not named with their file and line" "$out"
[ "$(status_of B 12)" = '"status":"done"' ] || fail "B: the rest of A's changes were not taken in" "$out"
rm "A-sync/devices/$devA/plans/other-plan.json"
A sync >/dev/null 2>&1
out=$(B sync 2>&1) || fail "B: once A rewrote its files, the sync still fails" "$out"
same A B
ok "a damaged move, reflection and plan file: each named by B at file:line, the rest taken in; A's next sync mends its files"

# this device's events file cut short (a sync killed while it appended):
# the next sync writes it whole again
B done 13 >/dev/null
B sync >/dev/null 2>&1 || fail "B: sync fails"
devB=$(ls b-clone/devices | grep -v "^$devA\$")
f="b-clone/devices/$devB/events.jsonl"
[ -s "$f" ] || fail "B has no events file at $f"
before=$(wc -l <"$f")
head -c -20 "$f" >f.cut && cat f.cut >"$f"
B log 5m 13 >/dev/null
B sync >/dev/null 2>&1 || fail "B: sync after its file was cut fails"
[ "$(wc -l <"$f")" -gt "$before" ] && tail -n 2 "$f" | head -n 1 | grep -q '"type":"status"' &&
	tail -n 1 "$f" | grep -q '"type":"log"' || fail "B's events file was not written whole again" \
	"$(tail -c 300 "$f")"
A sync >/dev/null 2>&1
out=$(A sync 2>&1) || fail "A: sync fails after B's file was mended" "$out"
same A B
ok "B's own events file cut short: written whole again at its next sync, A takes it without a fault"

# ---- a merge cut short: another device's files changed and new in the clone ---------------
# (a sync killed while git fast-forwarded: the files written, not the index
# or HEAD, and no MERGE_HEAD to say so; found by the kills below)
A log 5m 2 >/dev/null
A sync >/dev/null 2>&1
echo '{"half": "written"}' >>"b-clone/devices/$devA/events.jsonl"
mkdir -p b-clone/devices/0123456789abcdef && echo '{}' >b-clone/devices/0123456789abcdef/events.jsonl
# and B's own files: a commit not pushed yet (a sync killed before its
# push), then a change staged (one killed between git add and git commit)
B log 5m 3 >/dev/null
f="b-clone/devices/$devB/events.jsonl"
echo '{"cut": ' >>"$f" && git -C b-clone commit -qm "not pushed" -- "devices/$devB" || fail "cannot commit on B"
B log 5m 3 >/dev/null
echo '{"cut": ' >>"$f" && git -C b-clone add "devices/$devB/events.jsonl" || fail "cannot stage on B"
A log 5m 2 >/dev/null
A sync >/dev/null 2>&1
out=$(B sync 2>&1) || fail "B: a sync after a merge cut short fails" "$out"
[ ! -e b-clone/devices/0123456789abcdef ] && [ -z "$(git -C b-clone status --porcelain)" ] ||
	fail "B: the clone is not clean after the sync" "$(git -C b-clone status --porcelain)"
A sync >/dev/null 2>&1 || fail "A: sync fails"
same A B
ok "a sync cut short (another device's file changed, a new one untracked; B's own change committed and not pushed, another staged): the next sync puts them back, merges, pushes"

# ---- kill -9 through a sync ------------------------------------------------------------------
kills=0
for ms in 5 40 15 80 25 60 120 10 200 35; do
	B log 5m 2 >/dev/null || fail "B: log fails after $kills kills"
	A log 5m 4 >/dev/null
	A sync >/dev/null 2>&1
	"$bin" --db B.db sync >kill.out 2>&1 &
	pid=$!
	sleep "0.$(printf '%03d' "$ms")"
	kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	pid=
	out=$(B status 2>&1) || fail "B: the store is not usable after kill -9 at $ms ms" "$out"
done
out=$(B sync 2>&1) || fail "B: the sync after the kills fails" "$out"
git -C b-clone fsck --no-progress >fsck.err 2>&1 || fail "B's clone is damaged" "$(head -n 5 fsck.err)"
A sync >/dev/null 2>&1 || fail "A: sync fails after B's kills"
same A B
grep -q '"minutes":50' B.list || fail "B: the time logged around the kills is not all there"
ok "kill -9 at 10 moments through B's syncs ($kills killed): store and clone usable, the next sync completes, nothing lost"

# ---- a third store joins ---------------------------------------------------------------------
C sync --init "file://$tmp/remote.git" >c.out 2>&1 || fail "C: --init by a file:// URL fails" "$(cat c.out)"
C done 12 >/dev/null
C sync >/dev/null 2>&1 && A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 ||
	fail "syncing three stores fails"
same A B
same A C
[ "$(ls A-sync/devices | wc -l)" = 3 ] || fail "the repository should have three devices' directories"
ok "C joins by a file:// URL: the three exports are the same bytes"

git init -q --bare other.git
out=$(B sync --init other.git --dir "$tmp/A-sync" 2>&1) &&
	fail "B: --init of another remote into A's clone does not fail" "$out"
echo "$out" | grep -q "a clone of $tmp/remote.git, not of $tmp/other.git" ||
	fail "B: --init of another remote into a clone does not say why" "$out"
out=$(A sync --init missing.git --dir "$tmp/m" 2>&1) && fail "A: --init of a missing remote does not fail"
echo "$out" | grep -q "cannot clone missing.git" || fail "A: --init of a missing remote does not say why" "$out"
out=$(A sync 2>&1) || fail "A: after the refused --init, sync fails" "$out"
ok "--init of another remote into a clone, or of a missing remote: refused, saying why; the sync as it was"

# ---- a machine whose clock is a day ahead ------------------------------------------------------
# (libfaketime's faketime: not under ASan, whose runtime must come first)
if grep -q __asan_init "$bin" 2>/dev/null || ! command -v faketime >/dev/null; then
	ok "# skipped: clocks skewed by a day (no faketime, or an ASan build)"
else
	ahead() { faketime -f '+1d' timeout -k 5 120 "$bin" --db A.db "$@"; }
	A sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 || fail "syncing before the skew fails"
	# A, a day ahead, ticks 13; B, after it has A's tick, skips it: B's
	# change came after A's, whatever the clocks say, and wins on both
	ahead "done" 13 >/dev/null || fail "A (a day ahead): done 13 fails"
	ahead sync >/dev/null 2>&1 || fail "A (a day ahead): sync fails"
	B sync >/dev/null 2>&1 || fail "B: sync after A's skewed tick fails"
	B skip 13 >/dev/null || fail "B: skip 13 fails"
	B sync >/dev/null 2>&1 && ahead sync >/dev/null 2>&1 || fail "syncing the skip fails"
	same A B
	grep -q '"ref":13,[^}]*"status":"skipped"' B.list ||
		fail "B: a change made after seeing the skewed machine's lost to it" \
			"$(grep -o '"ref":13,[^}]*' B.list | head -c 300)"
	# both change 4 without seeing the other's: the same on both
	ahead skip 4 >/dev/null && B start 4 >/dev/null || fail "changing 4 on both fails"
	ahead sync >/dev/null 2>&1 && B sync >/dev/null 2>&1 && ahead sync >/dev/null 2>&1 ||
		fail "syncing the concurrent change fails"
	same A B
	ok "a machine a day ahead: a change made after seeing its tick wins on both; concurrent ones end the same on both"
fi
