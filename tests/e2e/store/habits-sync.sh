#!/usr/bin/env bash
# habits-sync.sh: a habit's ticks travel with stride sync (issue 16).
#
#   tests/e2e/store/habits-sync.sh STRIDE_BINARY
#
# Two stores, A and B, of one plan with habits, sync through a local bare
# repository. A ticks two days of a daily habit and one of a 3/week habit;
# B, once synced, has the same ticks and streaks. B unticks a day, A ticks
# another, both sync: each store then shows the same habits, every tick and
# untick taken in once; an undo on A of its last tick travels too.
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-habits-sync.XXXXXX") || exit 2
cleanup() { if [ -n "${KEEP_TMP:-}" ]; then echo "# kept $tmp"; else rm -rf "$tmp"; fi; }
trap cleanup EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_STATE_HOME="$tmp/home/.local/state" \
	STRIDE_TODAY=2026-11-10 TMPDIR="$tmp" LC_ALL=C.UTF-8 \
	GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org \
	GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
unset VISUAL EDITOR STRIDE_DB
mkdir -p "$HOME"
cd "$tmp" || exit 2
command -v git >/dev/null || { echo "# SKIP: no git"; exit 0; }

ok() { echo "ok   - $*"; }
fail() {
	echo "FAIL - $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	exit 1
}
st() { timeout -k 5 120 "$bin" "$@"; }
a() { st --db "$tmp/a.db" "$@"; }
b() { st --db "$tmp/b.db" "$@"; }

git init -q --bare repo.git || fail "git init"
cp "$root/tests/data/good/habits.yaml" plan.yaml
a import plan.yaml >/dev/null || fail "A imports the plan"
a done 10 --date 2026-11-09 >/dev/null && a done 10 >/dev/null &&
	a done 3 --date 2026-11-09 >/dev/null || fail "A ticks"
a sync --init "$tmp/repo.git" >/dev/null 2>&1 || fail "A's first sync" "$(a sync 2>&1)"
b sync --init "$tmp/repo.git" --dir "$tmp/b-sync" >/dev/null 2>&1 || fail "B's first sync"
[ "$(a habits habits --json)" = "$(b habits habits --json)" ] ||
	fail "B's habits are not A's after B's sync" "$(b habits habits)"
b habits habits --json | grep -q '"streak":	2' || fail "B has not Practice's streak of 2" "$(b habits habits)"
ok "A's ticks are B's after a sync"

b reset 10 --date 2026-11-09 >/dev/null || fail "B unticks"
a done 5 >/dev/null || fail "A ticks the gym"
b sync >/dev/null 2>&1 || fail "B's sync"
a sync >/dev/null 2>&1 || fail "A's sync"
b sync >/dev/null 2>&1 || fail "B's sync again"
[ "$(a habits habits --json)" = "$(b habits habits --json)" ] ||
	fail "A and B differ after both synced" "A: $(a habits habits)" "B: $(b habits habits)"
a habits habits | grep -q '^ *10  \[x\]  1/6 ' || fail "B's untick is not on A" "$(a habits habits)"
a habits habits | grep -q '^ *5  \[x\] ' || fail "A's tick of the gym is lost" "$(a habits habits)"
ok "an untick on B and a tick on A meet on both"

a undo >/dev/null || fail "A's undo"
a sync >/dev/null 2>&1 && b sync >/dev/null 2>&1 || fail "the syncs after the undo"
b habits habits | grep -q '^ *5   -  ' || fail "A's undo of the gym's tick is not on B" "$(b habits habits)"
[ "$(a habits habits --json)" = "$(b habits habits --json)" ] || fail "A and B differ after the undo"
ok "an undo of a tick travels"
