#!/usr/bin/env bash
# concurrency.sh: several stride processes writing to one store at once.
#
#   tests/e2e/store/concurrency.sh STRIDE_BINARY
#
# Three writers tick (done / reset), log time (on their item and on the
# plan) and add notes, each on an item of its own, and a reader runs the
# read commands, all in loops against one store for a few seconds
# ($STRIDE_RACE_SECONDS, default 4, a round). Afterwards every command must
# have succeeded, none may have printed "database is locked" or "busy", and
# the store must hold every event: minutes per item and for the week,
# statuses and notes, counted against what the loops did.
#
# A second round does the same while the plan file changes under the
# writers, so that every process finds it out of date and re-syncs it: the
# new task must be there once and nothing may be lost. In a third, a fourth
# process imports another plan of 2,000 tasks over and over (every task
# retitled each time: long write transactions) while the writers tick with
# PLAN:REF refs.
#
# One line a check; the first failure ends the script with status 1.
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-race.XXXXXX") || exit 2
trap '[ -n "${KEEP_TMP:-}" ] && echo "# kept $tmp" || rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_STATE_HOME="$tmp/home/.local/state" \
	STRIDE_TODAY=2025-07-14 STRIDE_DB="$tmp/store.db" TMPDIR="$tmp" \
	LC_ALL=C.UTF-8
unset VISUAL EDITOR
mkdir -p "$HOME"
cd "$tmp" || exit 2

seconds=${STRIDE_RACE_SECONDS:-4}
writers="alpha bravo charlie"
start_ns=$(date +%s%N)

ok() { echo "ok   - $*"; }
fail() {
	echo "FAIL - $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	exit 1
}

# stride with a time limit, so that a hang is a failure and not a stuck run
st() { timeout -k 5 60 "$bin" "$@"; }

plan() {	# plan [EXTRA_TASK]
	cat <<-'YAML'
	stride: 1
	id: race
	title: Race plan
	start: 2025-07-07
	schedule:
	  mon: { minutes: 30, focus: Theory }
	  tue: { minutes: 30, focus: Practice }
	phases:
	  - id: p1
	    title: Phase one
	    duration: 4w
	    tasks:
	      - { id: alpha, title: Alpha task }
	      - { id: bravo, title: Bravo task }
	      - { id: charlie, title: Charlie task }
	YAML
	[ $# -eq 0 ] || printf '      - { id: %s, title: %s task }\n' "$1" "$1"
}

# The line of `list --json` for the item with key $1 (one object a line).
item_line() { grep "\"key\":\"$1\"," "$tmp/list.json"; }
# A numeric field of that line: "minutes":N
field_num() { item_line "$1" | grep -o "\"$2\":[0-9-]*" | head -n 1 | cut -d: -f2; }
field_str() { item_line "$1" | grep -o "\"$2\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }

# One writer: loops until $2 (epoch seconds), counting what succeeded.
# Every command's output goes to out/W.log; failures to out/W.fail.
writer() {
	local key=$1 end=$2 round=$3 ref=$1 i=0 n=0 item_logs=0 plan_logs=0 notes=0
	[ "$round" -lt 3 ] || ref=race:$1	# another plan becomes the current one
	local log="out/$round-$key.log" bad="out/$round-$key.fail"
	run() {	# run WHAT ARGS...: one command, recorded
		local out rc
		out=$(st "$@" 2>&1)
		rc=$?
		n=$((n + 1))
		printf '$ stride %s\n%s\n[%d]\n' "$*" "$out" "$rc" >>"$log"
		if [ $rc -ne 0 ]; then
			printf 'stride %s -> exit %d: %s\n' "$*" "$rc" "$out" >>"$bad"
			return 1
		fi
	}
	while [ "$(date +%s)" -lt "$end" ]; do
		i=$((i + 1))
		run "done" "$ref"
		run log 1m "$ref" && item_logs=$((item_logs + 1))
		run note "$ref" -m "$key-$round-$i" && notes=$((notes + 1))
		run reset "$ref"
		if [ "$round" -lt 3 ]; then
			run log 1m && plan_logs=$((plan_logs + 1))
		fi
	done
	run "done" "$ref"	# the state it ends in
	echo "$n $item_logs $plan_logs $notes" >"out/$round-$key.counts"
}

# The reader: the read commands in a loop.
reader() {
	local end=$1 round=$2 n=0 log="out/$2-reader.log" bad="out/$2-reader.fail"
	local out rc c
	while [ "$(date +%s)" -lt "$end" ]; do
		for c in "status --json race" "list --json race:p1" "today race" "plans --json" "status"; do
			# shellcheck disable=SC2086
			out=$(st $c 2>&1 >/dev/null)
			rc=$?
			n=$((n + 1))
			printf '$ stride %s\n%s\n[%d]\n' "$c" "$out" "$rc" >>"$log"
			[ $rc -eq 0 ] || printf 'stride %s -> exit %d: %s\n' "$c" "$rc" "$out" >>"$bad"
		done
	done
	echo "$n" >"out/$round-reader.counts"
}

# Checks what one round left: every command succeeded, nothing said busy,
# and the store has every event. $1 is the round, $2.. the writers' totals
# carried over from earlier rounds are in the tot_* variables.
declare -A tot_item tot_notes
tot_logs=0
check_round() {
	local round=$1 key n item plan notes cmds=0
	for key in $writers; do
		[ -f "out/$round-$key.counts" ] ||
			fail "round $round: writer $key did not finish" \
				"$(tail -n 5 "out/$round-$key.log" 2>/dev/null)"
		read -r n item plan notes <"out/$round-$key.counts"
		if [ -s "out/$round-$key.fail" ]; then
			mapfile -t lines < <(head -n 5 "out/$round-$key.fail")
			fail "round $round: writer $key: $(wc -l <"out/$round-$key.fail") of $n commands failed" "${lines[@]}"
		fi
		ok "round $round: writer $key: all $n commands succeeded ($item logs on $key, $plan on the plan, $notes notes)"
		tot_item[$key]=$(( ${tot_item[$key]:-0} + item ))
		tot_notes[$key]=$(( ${tot_notes[$key]:-0} + notes ))
		tot_logs=$((tot_logs + item + plan))
		cmds=$((cmds + n))
	done
	read -r n <"out/$round-reader.counts" || n=0
	if [ -s "out/$round-reader.fail" ]; then
		mapfile -t lines < <(head -n 5 "out/$round-reader.fail")
		fail "round $round: reader: $(wc -l <"out/$round-reader.fail") of $n commands failed" "${lines[@]}"
	fi
	ok "round $round: reader: all $n read commands succeeded"
	[ "$cmds" -ge 15 ] ||
		fail "round $round: the writers ran only $cmds commands in all: too few to race"

	if grep -il -e 'database is locked' -e 'busy' out/"$round"-*.log >/dev/null; then
		mapfile -t lines < <(grep -ih -m 3 -e 'database is locked' -e 'busy' out/"$round"-*.log)
		fail "round $round: some output says 'database is locked' or 'busy'" "${lines[@]}"
	fi
	ok "round $round: no output says 'database is locked' or 'busy'"

	# what the store holds
	local out rc
	out=$(st list --json race:p1 2>&1 >"$tmp/list.json")
	rc=$?
	[ $rc -eq 0 ] || fail "round $round: stride list --json race:p1 exits $rc afterwards" "$out"
	for key in $writers; do
		local m s note_count
		m=$(field_num "$key" minutes)
		s=$(field_str "$key" status)
		[ "$m" = "${tot_item[$key]}" ] ||
			fail "round $round: $key has ${m:-no} minutes in list --json, but ${tot_item[$key]} 'log 1m $key' succeeded" "$(item_line "$key")"
		[ "$s" = "done" ] ||
			fail "round $round: $key is '${s:-?}' in list --json, but its last command, 'done $key', succeeded" "$(item_line "$key")"
		note_count=$(item_line "$key" | grep -o "$key-[0-9]*-[0-9]*" | sort -u | wc -l)
		[ "$note_count" -eq "${tot_notes[$key]}" ] ||
			fail "round $round: $key's note has $note_count of the ${tot_notes[$key]} paragraphs added with 'note -m'" "$(item_line "$key" | cut -c 1-300)"
		ok "round $round: $key: done, ${tot_item[$key]} min and ${tot_notes[$key]} note paragraphs, as the loops recorded them"
	done
	local week
	out=$(st status --json race 2>&1 >"$tmp/status.json")
	rc=$?
	[ $rc -eq 0 ] || fail "round $round: stride status --json race exits $rc afterwards" "$out"
	week=$(awk '/"this_week"/ { inside = 1 } inside && /"logged"/ { gsub(/[^0-9]/, ""); print; exit }' "$tmp/status.json")
	[ "$week" = "$tot_logs" ] ||
		fail "round $round: status --json says ${week:-nothing} minutes logged this week, but $tot_logs 'log 1m' commands succeeded" \
			"$(grep -A 4 this_week "$tmp/status.json" | tr -d '\t' | tr '\n' ' ')"
	ok "round $round: status --json: $week minutes logged this week, one for each successful 'log 1m'"
}

mkdir -p out
plan >race.yaml
out=$(st import race.yaml 2>&1) || fail "stride import of a small plan fails" "$out"
ok "imported a plan of 3 tasks into a new store"

# ---- round 1: three writers and a reader --------------------------------
end=$(( $(date +%s) + seconds ))
for key in $writers; do writer "$key" "$end" 1 & done
reader "$end" 1 &
wait
check_round 1

# ---- round 2: the same, while the plan file changes ---------------------
end=$(( $(date +%s) + seconds ))
for key in $writers; do writer "$key" "$end" 2 & done
reader "$end" 2 &
sleep "$(awk -v s="$seconds" 'BEGIN { print s / 2 }')"
plan delta >race.yaml.new && mv race.yaml.new race.yaml
wait
check_round 2
n=$(grep -c '"key":"delta",' "$tmp/list.json")
[ "$n" -eq 1 ] ||
	fail "after the plan file gained a task during round 2, list --json shows it $n times (want once)" \
		"$(grep '"kind":"task"' "$tmp/list.json" | cut -c 1-120)"
ok "round 2: the task added to the file while the loops ran is there, once"

# ---- round 3: the same, while another plan is imported again and again -----
bulk() {	# bulk VERSION: 20 phases of 100 tasks, titles by VERSION
	printf 'stride: 1\nid: bulk\ntitle: Bulk plan %s\nphases:\n' "$1"
	local p t
	for ((p = 1; p <= 20; p++)); do
		printf '  - id: b%d\n    title: Bulk phase %d\n    tasks:\n' "$p" "$p"
		for ((t = 1; t <= 100; t++)); do
			printf '      - { id: t%d-%d, title: "Task %d.%d, version %s" }\n' "$p" "$t" "$p" "$t" "$1"
		done
	done
}
bulk a >bulk-a.yaml
bulk b >bulk-b.yaml
importer() {
	local end=$1 n=0 v=a out rc log=out/3-importer.log bad=out/3-importer.fail
	while [ "$(date +%s)" -lt "$end" ]; do
		out=$(st import --replace "bulk-$v.yaml" 2>&1 >/dev/null)
		rc=$?
		n=$((n + 1))
		printf '$ stride import bulk-%s.yaml\n%s\n[%d]\n' "$v" "$out" "$rc" >>"$log"
		[ $rc -eq 0 ] || printf 'stride import bulk-%s.yaml -> exit %d: %s\n' "$v" "$rc" "$out" >>"$bad"
		[ $v = a ] && v=b || v=a
	done
	echo "$n" >out/3-importer.counts
}
end=$(( $(date +%s) + seconds ))
for key in $writers; do writer "$key" "$end" 3 & done
reader "$end" 3 &
importer "$end" &
wait
read -r n <out/3-importer.counts || n=0
if [ -s out/3-importer.fail ]; then
	mapfile -t lines < <(head -n 5 out/3-importer.fail)
	fail "round 3: importer: $(wc -l <out/3-importer.fail) of $n imports of 2,000 tasks failed" "${lines[@]}"
fi
[ "$n" -ge 2 ] || fail "round 3: the importer ran only $n imports: too few to race"
ok "round 3: importer: all $n imports of 2,000 retitled tasks succeeded"
check_round 3

echo "# $(( ($(date +%s%N) - start_ns) / 1000000 )) ms"
