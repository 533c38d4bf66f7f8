#!/usr/bin/env bash
# converge.sh: three stores that change apart and trade exports end alike.
#
#   tests/e2e/store/converge.sh STRIDE_BINARY
#
# A property test of export and restore (issue 13; with
# CONVERGE_TRANSPORT=git, of stride sync: converge-git.sh). Each schedule makes
# three new stores, A, B and C, of the same plan (tests/data/reflect/
# weekly.yaml, copied, with two resources added), and runs two to four
# rounds: a few random operations on random stores (done, start, skip and
# reset of an item; log, on an item or the plan; log --edit and --delete
# of a time entry of the three items; deliver with a link and lessons;
# note -m; undo; redo; a
# resource's status, rating or note; rate; reflect -m; start PLAN DATE;
# shift; pause; STRIDE_TODAY moved on), then a few exchanges (one store's
# export restored into another). The operations fall on three items, so
# that the stores meet on them. A schedule ends with a full exchange (each
# store's export restored into each other one, twice round), and then:
#
#   - the three stores' exports are the same bytes, and so are their
#     `list --all --json`, `status --json`, `pause --list --json`,
#     `review` (the week's reflection and ratings), `resources --json`,
#     `portfolio --json` and `log --list --json` (a week's entries)
#     (every path in them is the same: the stores share the plan file);
#   - restoring an export again adds nothing, and the store's export is
#     the same afterwards;
#   - an export restored into an empty store gives the same export bytes,
#     and the same views.
#
# The schedules come from a seed: $CONVERGE_SEED (default 1). There are
# $CONVERGE_SCHEDULES of them (default 200), numbered from $CONVERGE_FIRST
# (default 1); schedule N's operations depend on the seed and N alone, so
#
#   CONVERGE_SEED=S CONVERGE_FIRST=N CONVERGE_SCHEDULES=1 converge.sh BIN
#
# runs schedule N again by itself. A failure prints the seed, the schedule
# (every command, on which store, with its exit status) and the difference,
# and exits 1. A command that dies of a signal, times out or reports a
# sanitizer's error fails at once; one that refuses (undo with nothing to
# undo, redo with nothing to redo, a pause over another) is part of the schedule.
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
plan_src=$here/../../data/reflect/weekly.yaml
[ -f "$plan_src" ] || { echo "$0: no plan at $plan_src" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-converge.XXXXXX") || exit 2
trap '[ -n "${KEEP_TMP:-}" ] && echo "# kept $tmp" || rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_STATE_HOME="$tmp/home/.local/state" \
	TMPDIR="$tmp" LC_ALL=C.UTF-8
unset VISUAL EDITOR STRIDE_DB STRIDE_TODAY
mkdir -p "$HOME"
cd "$tmp" || exit 2

# the way the stores trade what they did: export (one store's export
# restored into another) or git (stride sync through a bare repository:
# an exchange is one store's sync)
transport=${CONVERGE_TRANSPORT:-export}
case $transport in export | git) ;; *) echo "$0: CONVERGE_TRANSPORT is export or git" >&2; exit 2 ;; esac
if [ "$transport" = git ]; then
	git config --global user.name "Test Person" &&
		git config --global user.email test@example.org &&
		git config --global init.defaultBranch main || exit 2
fi
seed=${CONVERGE_SEED:-1}
count=${CONVERGE_SCHEDULES:-200}
first=${CONVERGE_FIRST:-1}
case "$seed$count$first" in *[!0-9]*) echo "$0: CONVERGE_SEED, _SCHEDULES and _FIRST are numbers" >&2; exit 2 ;; esac

ok() { echo "ok   - $*"; }
note() { echo "# $*"; }

# ---- the random numbers: an LCG of its own, the same in every bash ------------
rng=0
# rnd N: a number in [0, N) in $R
rnd() {
	rng=$(( (rng * 1103515245 + 12345) & 0x7fffffff ))
	R=$(( (rng >> 8) % $1 ))
}
# pick WORD...: one of the words in $R
pick() {
	local a=("$@")
	rnd ${#a[@]}
	R=${a[$R]}
}

# ---- a schedule --------------------------------------------------------------
sched=()	# what ran: one line a command
entry_edits=0 entry_deletes=0	# time entries corrected and taken out
delivers=0	# stride deliver that succeeded
schedule_no=0
today=
dir=

fail() {
	echo "FAIL - schedule $schedule_no: $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	echo "# seed $seed, schedule $schedule_no; to run it again by itself:"
	echo "#   CONVERGE_SEED=$seed CONVERGE_FIRST=$schedule_no CONVERGE_SCHEDULES=1 $0 $bin"
	echo "# the schedule (store: command -> exit status):"
	for line in "${sched[@]}"; do printf '#   %s\n' "$line"; done
	exit 1
}

# st STORE ARGS...: stride on store STORE (A, B, C, D) with today's date;
# its output in $out, its status in $rc; recorded in the schedule
st() {
	local store=$1
	shift
	out=$(STRIDE_TODAY=$today timeout -k 5 60 "$bin" --db "$store.db" "$@" 2>&1)
	rc=$?
	sched+=("$store: stride $* -> $rc")
	if [ $rc -ge 124 ]; then
		fail "stride $* on $store: exit $rc (a timeout or a signal)" "$(head -n 5 <<<"$out")"
	fi
	if [[ $out == *Sanitizer* || $out == *"runtime error:"* ]]; then
		fail "stride $* on $store: a sanitizer's report" "$(head -n 10 <<<"$out")"
	fi
}
# must STORE ARGS...: as st, and it must succeed
must() {
	st "$@"
	[ $rc -eq 0 ] || fail "stride ${*:2} on $1 exits $rc" "$(head -n 5 <<<"$out")"
}

# exchange X Y: X's export restored into Y
exchange() {
	must "$1" export -o "$1.json"
	must "$2" restore "$1.json"
}

# day N: today plus N days (N may be negative)
day() { date -u -d "$today $1 days" +%F; }

items=(3 4 13)	# two tasks and the deliverable: few, so that the stores meet on them
stores=(A B C)
words=(alpha bravo charlie delta echo foxtrot)

# one random operation (not an exchange) on a random store
operation() {
	pick "${stores[@]}"
	local s=$R item
	pick "${items[@]}"
	item=$R
	rnd 94
	local w=$R
	if [ $w -ge 82 ]; then
		# a time entry (of the three items, any day) corrected or taken
		# out; none: the command refuses, and that is part of the schedule
		local ids=() id=0000 x m
		for x in "${items[@]}"; do
			ids+=($(STRIDE_TODAY=$today "$bin" --db "$s.db" log --list "$x" --json 2>/dev/null |
				grep -o '"id":[[:space:]]*"[0-9a-f]*"' | grep -o '[0-9a-f]\{8\}'))
		done
		if [ ${#ids[@]} -gt 0 ]; then
			rnd ${#ids[@]}
			id=${ids[$R]}
		fi
		rnd 90
		m=$((R + 5))
		rnd 3
		if [ $R = 0 ]; then
			st "$s" log --edit "$id" "${m}m" -m "fixed on $s"
			[ $rc -eq 0 ] && entry_edits=$((entry_edits + 1))
		elif [ $R = 1 ]; then
			st "$s" log --delete "$id"
			[ $rc -eq 0 ] && entry_deletes=$((entry_deletes + 1))
		else
			# what an item delivered: a link and lessons (stride deliver)
			pick "${words[@]}"
			st "$s" deliver "$item" --link "https://$R.dev/$s" -m "$R on $s"
			[ $rc -eq 0 ] && delivers=$((delivers + 1))
		fi
	elif [ $w -lt 20 ]; then
		pick "done" start skip reset
		st "$s" "$R" "$item"
	elif [ $w -lt 26 ]; then
		local res
		pick ddia sre
		res=$R
		rnd 3
		case $R in
			0) pick todo doing "done"; st "$s" resource "$res" --status "$R" ;;
			1) rnd 6; st "$s" resource "$res" --rating "$R" ;;
			*) pick "${words[@]}"; st "$s" resource "$res" -m "$R from $s" ;;
		esac
	elif [ $w -lt 34 ]; then
		local m
		rnd 90
		m=$((R + 5))
		rnd 4
		case $R in
			0) st "$s" log "${m}m" ;;
			1) st "$s" log "${m}m" "$item" --date -1 ;;
			*) st "$s" log "${m}m" "$item" ;;
		esac
	elif [ $w -lt 44 ]; then
		pick "${words[@]}"
		st "$s" note "$item" -m "$R from $s"
	elif [ $w -lt 53 ]; then
		st "$s" undo
		# often redone at once, or undone again and then redone
		rnd 4
		case $R in
			0) st "$s" redo ;;
			1) st "$s" undo; st "$s" redo; st "$s" redo ;;
		esac
	elif [ $w -lt 60 ]; then
		st "$s" redo
	elif [ $w -lt 63 ]; then
		local k
		pick node sql
		k=$R
		rnd 5
		st "$s" rate "$k" $((R + 1))
	elif [ $w -lt 66 ]; then
		pick "${words[@]}"
		st "$s" reflect -m "went $R on $s"
	elif [ $w -lt 69 ]; then
		rnd 15
		st "$s" start weekly "$(day $((R - 14)))"
	elif [ $w -lt 74 ]; then
		pick -3 -1 1 2 5 7
		st "$s" shift weekly "${R}d"
	elif [ $w -lt 78 ]; then
		local from
		rnd 12
		from=$((R - 3))
		rnd 4
		st "$s" pause weekly "$(day $from)" "$(day $((from + R)))"
	else
		rnd 3
		today=$(day $((R + 1)))
		sched+=("   STRIDE_TODAY=$today")
	fi
}

# one exchange between two random stores (git: one random store syncs)
random_exchange() {
	pick "${stores[@]}"
	if [ "$transport" = git ]; then
		must "$R" sync
		return
	fi
	local s=$R others=() x
	for x in "${stores[@]}"; do [ "$x" = "$s" ] || others+=("$x"); done
	pick "${others[@]}"
	exchange "$s" "$R"
}

# same WHAT FILE...: the files are the same bytes
same() {
	local what=$1 a=$2 f
	shift 2
	for f in "$@"; do
		cmp -s "$a" "$f" ||
			fail "$what: $(basename "$a") and $(basename "$f") differ" \
				"$(diff -u "$a" "$f" | head -n 60)"
	done
}

# views STORE: what the store shows, in STORE.*
views() {
	must "$1" export -o "$1.final.json"
	must "$1" list --all --json weekly
	printf '%s\n' "$out" >"$1.list"
	must "$1" status --json weekly
	printf '%s\n' "$out" >"$1.status"
	must "$1" pause --list --json weekly
	printf '%s\n' "$out" >"$1.pauses"
	must "$1" review
	printf '%s\n' "$out" >"$1.review"
	must "$1" resources --json weekly
	printf '%s\n' "$out" >"$1.resources"
	must "$1" portfolio --json weekly
	printf '%s\n' "$out" >"$1.portfolio"
	must "$1" log --list --week 2025-07-14 --json
	printf '%s\n' "$out" >"$1.entries"
}

run_schedule() {
	schedule_no=$1
	sched=()
	rng=$(( (seed * 1000003 + schedule_no * 7919) & 0x7fffffff ))
	rnd 2; rnd 2; rnd 2
	today=2025-07-14
	dir=$tmp/s
	cd "$tmp" && rm -rf "$dir"
	mkdir -p "$dir"
	cd "$dir" || exit 2
	{
		cat "$plan_src"
		printf '%s\n' "resources:" \
			"  - { id: ddia, title: Designing Data-Intensive Applications, kind: book }" \
			"  - { id: sre, title: Site Reliability Engineering, kind: book }"
	} >weekly.yaml
	local s
	for s in "${stores[@]}"; do
		must "$s" import weekly.yaml
	done
	if [ "$transport" = git ]; then
		git init -q --bare remote.git || fail "git init --bare"
		for s in "${stores[@]}"; do
			must "$s" sync --init "$dir/remote.git"
		done
	fi
	# rounds of a few operations on the stores apart, then a few exchanges
	local rounds r n i
	rnd 3
	rounds=$((R + 2))
	for ((r = 0; r < rounds; r++)); do
		rnd 4
		n=$((R + 1))
		for ((i = 0; i < n; i++)); do
			operation
		done
		rnd 3
		n=$((R + 1))
		for ((i = 0; i < n; i++)); do
			random_exchange
		done
	done
	sched+=("   the full exchange")
	local round x y
	for round in 1 2; do
		for x in "${stores[@]}"; do
			if [ "$transport" = git ]; then
				must "$x" sync
				continue
			fi
			must "$x" export -o "$x.json"
			for y in "${stores[@]}"; do
				[ "$x" = "$y" ] || must "$y" restore "$x.json"
			done
		done
	done
	sched+=("   the checks")
	for s in "${stores[@]}"; do
		views "$s"
	done
	same "the exports after the full exchange" "A.final.json" "B.final.json" "C.final.json"
	same "list --all --json after the full exchange" "A.list" "B.list" "C.list"
	same "status --json after the full exchange" "A.status" "B.status" "C.status"
	same "pause --list --json after the full exchange" "A.pauses" "B.pauses" "C.pauses"
	same "review after the full exchange" "A.review" "B.review" "C.review"
	same "resources --json after the full exchange" "A.resources" "B.resources" "C.resources"
	same "portfolio --json after the full exchange" "A.portfolio" "B.portfolio" "C.portfolio"
	same "log --list --json after the full exchange" "A.entries" "B.entries" "C.entries"
	# restoring again adds nothing
	must B restore "A.final.json"
	case $out in
		"added 0 of "*", 0 of "*", 0 of "*"(the store has all of it already)") ;;
		*) fail "restoring A's export into B again adds something" "$out" ;;
	esac
	must B export -o B.again.json
	same "B's export after restoring A's again" "A.final.json" "B.again.json"
	# into an empty store: the same bytes
	must D restore "A.final.json"
	views D
	same "the export of an empty store A's export was restored into" "A.final.json" "D.final.json"
	local v
	for v in list status pauses review resources portfolio entries; do
		same "the $v of an empty store A's export was restored into" "A.$v" "D.$v"
	done
}

start_ns=$(date +%s%N)
events=0
for ((k = first; k < first + count; k++)); do
	run_schedule "$k"
	events=$((events + $(grep -c '"clock":' "$dir/A.final.json")))
done
ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
ok "$count schedules (seed $seed, from $first): the three stores converge, restoring again adds nothing, an empty store restores the same bytes ($events events in all, $entry_edits time entries edited and $entry_deletes deleted, $delivers delivers, $((ms / 1000)).$((ms % 1000 / 100)) s)"
