#!/usr/bin/env bash
# bad-stores.sh: stores stride must refuse, or serve without writing.
#
#   tests/e2e/store/bad-stores.sh STRIDE_BINARY
#
# Each of these must give one clear line "stride: ..." naming the file,
# exit 1, and leave the file byte for byte as it was (cksum before and
# after), with no -wal, -shm or -journal left next to it:
#
#   - a file that is not a store at all (text), given with --db and with
#     $STRIDE_DB;
#   - a SQLite database of another program (tests/data/store/foreign.sqlite:
#     tables named plans and items, user_version 1, but no stride
#     application_id);
#   - a store whose 100-byte header is damaged (the magic string kept);
#   - a store written by a newer stride (user_version patched to 99);
#   - a directory given as --db;
#   - for the commands that only read or change a store (all but import),
#     an empty file (0 bytes), which must stay empty, and a symbolic link
#     to a file that does not exist, which must be named as such (import
#     then creates the store where the link points).
#
# A store with bytes overwritten in the middle (4 KiB at offset 8192, and
# the middle half of a bigger one) must not crash or hang stride: a command
# that meets the damage says so in one line and exits 1 without changing
# the file; a read command never changes it; the commands that need the
# damaged part (list, for the middle half) must meet it. (A write that never
# touches the damaged pages may succeed: finding damage anywhere in the
# file would take a full integrity check on every command.)
#
# A full disk (a 4 MB tmpfs when root can mount one, and RLIMIT_FSIZE in
# any case): an import or a tick that cannot be written gives a clear
# message and exit 1, the store keeps its old content and, once there is
# room again, works. On the tmpfs with no byte left, every read command
# works and prints what it printed before the disk filled up; a plan file
# changed meanwhile is shown as last imported, with one line on stderr
# saying why; and a new store that cannot be made leaves nothing behind
# (neither the file nor the directories made for it).
#
# A read-only store (file 0444 and/or directory 0555; as root, stride runs
# as nobody through setpriv): every read command works and prints what it
# prints on a writable copy; every write command exits 1 with a clear
# message and the file is unchanged.
#
# One line a check; the first failure ends the script with status 1
# (KEEP_GOING=1: go on, and exit 1 at the end if anything failed).
set -u

usage() { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
[ $# -eq 1 ] || usage
case $1 in /*) bin=$1 ;; *) bin=$PWD/$1 ;; esac
[ -x "$bin" ] || { echo "$0: no executable at $1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)
foreign_fixture=$root/tests/data/store/foreign.sqlite
[ -f "$foreign_fixture" ] || { echo "$0: missing $foreign_fixture" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-bad.XXXXXX") || exit 2
mounted=
cleanup() {
	cd /
	[ -z "$mounted" ] || umount "$mounted" 2>/dev/null
	chmod -R u+rwX "$tmp" 2>/dev/null
	if [ -n "${KEEP_TMP:-}" ]; then echo "# kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" \
	XDG_CONFIG_HOME="$tmp/home/.config" XDG_STATE_HOME="$tmp/home/.local/state" \
	STRIDE_TODAY=2025-07-14 TMPDIR="$tmp" LC_ALL=C.UTF-8
unset STRIDE_DB VISUAL EDITOR
mkdir -p "$HOME"
cd "$tmp" || exit 2
t0=$(date +%s%N)

failures=0
ok() { echo "ok   - $*"; }
note() { echo "# $*"; }
# fail SUMMARY [DETAIL...]: exits, or with KEEP_GOING returns 1
fail() {
	echo "FAIL - $1"
	shift
	for line in "$@"; do printf '       %s\n' "$line"; done
	[ -n "${KEEP_GOING:-}" ] || exit 1
	failures=$((failures + 1))
	return 1
}

# RUNAS: empty, or the command that runs stride as an unprivileged user
RUNAS=()
# stride, with a time limit: a hang is a failure, not a stuck run
st() { timeout -k 5 60 "${RUNAS[@]}" "$bin" "$@"; }

# What a path holds, to compare before and after: the bytes of a file, the
# listing of a directory.
state_of() {
	if [ -d "$1" ]; then
		(cd "$1" && find . -printf '%p %s %m\n' | sort | cksum)
	elif [ -e "$1" ]; then
		cksum <"$1"
	else
		echo absent
	fi
}
short() { local s=$1; [ ${#s} -le 110 ] && echo "$s" || echo "${s:0:107}..."; }

# refused WHAT PATH REGEX [--leftovers-ok] [--output-ok] -- ARGS...:
# `stride --db PATH ARGS` must exit 1 with one line "stride: ..." naming
# PATH and matching REGEX, print nothing on stdout (unless --output-ok: a
# command that streams its output may have begun), and leave PATH as it
# was, with no -wal, -shm or -journal next to it (unless --leftovers-ok).
refused() {
	local what=$1 path=$2 re=$3 leftovers=no output=no
	shift 3
	while [ $# -gt 0 ]; do
		case $1 in
		--leftovers-ok) leftovers=yes ;;
		--output-ok) output=yes ;;
		--) shift; break ;;
		*) break ;;
		esac
		shift
	done
	local before after rc x msg
	before=$(state_of "$path")
	st --db "$path" "$@" >out.txt 2>err.txt
	rc=$?
	after=$(state_of "$path")
	msg=$(head -n 1 err.txt)
	if [ $rc -ne 1 ]; then
		mapfile -t lines < <(head -n 6 err.txt; head -n 3 out.txt)
		fail "$what: stride $* exits $rc (want 1)" "${lines[@]}"
		return 1
	fi
	if [ "$(wc -l <err.txt)" -ne 1 ]; then
		mapfile -t lines < <(head -n 6 err.txt)
		fail "$what: stride $* prints $(wc -l <err.txt) lines on stderr (want one line)" "${lines[@]}"
		return 1
	fi
	if ! grep -qE '^stride( [a-z]+)?: ' err.txt; then
		fail "$what: stride $*: the message does not start with 'stride: '" "$msg"
		return 1
	fi
	if ! grep -qiE -- "$re" err.txt; then
		fail "$what: stride $*: the message does not say what is wrong (want /$re/)" "$msg"
		return 1
	fi
	if ! grep -qF -- "$path" err.txt; then
		fail "$what: stride $*: the message does not name the file" "$msg"
		return 1
	fi
	if [ -s out.txt ] && [ $output = no ]; then
		mapfile -t lines < <(head -n 3 out.txt)
		fail "$what: stride $* exits 1 but prints on stdout" "${lines[@]}"
		return 1
	fi
	if [ "$before" != "$after" ]; then
		fail "$what: stride $* changed the file (cksum $before -> $after)" "$msg"
		return 1
	fi
	if [ $leftovers = no ]; then
		for x in -wal -shm -journal; do
			if [ -e "$path$x" ]; then
				fail "$what: stride $* left $path$x behind" "$msg"
				return 1
			fi
		done
	fi
	ok "$what: stride $*: exit 1, $(short "$msg")$([ -s out.txt ] && echo " (after $(wc -l <out.txt) lines on stdout)")"
}

# ---- plans and a good store ----------------------------------------------
# plan ID PHASES TASKS: a plan with PHASES phases of TASKS tasks each
plan() {
	printf 'stride: 1\nid: %s\ntitle: Plan %s\nstart: 2025-07-07\n' "$1" "$1"
	printf 'schedule:\n  mon: { minutes: 30, focus: Theory }\n'
	printf '  tue: { minutes: 45, focus: Practice }\n  sun: rest\nphases:\n'
	local p t
	for ((p = 1; p <= $2; p++)); do
		printf '  - id: p%d\n    title: Phase %d\n    duration: 2w\n    tasks:\n' "$p" "$p"
		for ((t = 1; t <= $3; t++)); do
			printf '      - Task %d of phase %d, with a title long enough to fill a few pages\n' "$t" "$p"
		done
	done
}
plan demo 2 5 >plan.yaml
plan other 1 3 >other.yaml
plan demo 10 100 >mid.yaml		# 1,000 tasks, same id: a big sync
plan wide 10 100 >wide.yaml		# 1,000 tasks, a plan of its own

# good.db: the small plan, a tick, some time and a note
mkdir good
out=$(st --db good/store.db import plan.yaml 2>&1 &&
	st --db good/store.db "done" 3 2>&1 &&
	st --db good/store.db log 25m 2>&1 &&
	st --db good/store.db note 2 -m "first note" 2>&1) ||
	fail "cannot make a store to work on" "$out"
[ ! -e good/store.db-wal ] || note "stride left good/store.db-wal after a clean exit"
ok "made a store: a plan of 10 tasks, one done, 25 min logged, a note"
# bigger.db: a 1,000-task plan, for damage in the middle of the items
mkdir bigger
out=$(st --db bigger/store.db import wide.yaml 2>&1) || fail "cannot import a 1,000-task plan" "$out"
# The command that creates a store writes it with a rollback journal (a
# big first import is faster so) and leaves it in WAL mode: header bytes
# 18 and 19 (read and write format versions) are 2 for WAL, 1 for legacy.
hdr=$(od -An -tu1 -j18 -N2 bigger/store.db | tr -s ' ')
[ "$hdr" = " 2 2" ] || fail "a new store is not left in WAL mode by its first import" "header bytes 18,19:$hdr"
[ ! -e bigger/store.db-journal ] || fail "the first import left bigger/store.db-journal behind"
ok "a new store is in WAL mode after its first import, no journal left"

# reads_of PATH: what the read commands print, to compare
reads_of() {
	local c
	for c in "list --json --all" "plans --json" "status --json"; do
		# shellcheck disable=SC2086
		st --db "$1" $c 2>&1 || echo "[exit $?]"
	done
}

# The commands run on every store that must be refused.
all_commands=(
	"plans" "status" "today" "list" "list --json" "status --json"
	"done 2" "log 1m" "note 2 -m hello" "undo" "import $tmp/plan.yaml"
)

# ---- damaged stores -----------------------------------------------------
# damaged WHAT PATH ARGS...: stride may serve the command (exit 0) if it
# never meets the damage; if it fails, it must be refused properly. Sets
# met=yes when it was refused. A read command must not change the file.
damaged() {
	local what=$1 path=$2 before after rc kind=read
	shift 2
	case $1 in done | start | skip | reset | log | note | undo | import) kind="write" ;; esac
	before=$(state_of "$path")
	st --db "$path" "$@" >out.txt 2>err.txt
	rc=$?
	after=$(state_of "$path")
	if [ $rc -eq 0 ]; then
		if [ $kind = read ] && [ "$before" != "$after" ]; then
			fail "$what: stride $* (a read command) changed the file"
			return 1
		fi
		ok "$what: stride $*: served (exit 0, it did not meet the damaged pages)$([ "$before" != "$after" ] && echo '; it wrote to the damaged store')"
		return 0
	fi
	# a store with no history: undo finds nothing to take back, and
	# says so, without reading the damaged pages (which pages that is
	# depends on where the schema put the tables)
	if [ "$1" = undo ] && [ "$history" = no ] &&
		[ "$(cat err.txt)" = "stride: nothing to undo" ] && [ "$before" = "$after" ]; then
		ok "$what: stride $*: nothing to undo (a store with no history), file unchanged"
		return 0
	fi
	refused "$what" "$path" 'damaged|corrupt|malformed' --output-ok -- "$@" && met=yes
}

# 4 KiB overwritten at offset 8192 (of a store with a history: undo has
# something to take back)
history=yes
cp good/store.db corrupt.db
head -c 4096 /dev/zero | tr '\0' 'Z' | dd of=corrupt.db bs=1 seek=8192 conv=notrunc status=none
met=no
for c in "${all_commands[@]}"; do
	# shellcheck disable=SC2086
	damaged "4 KiB overwritten at 8192" "$tmp/corrupt.db" $c
done
[ $met = yes ] ||
	fail "4 KiB overwritten at 8192: no command found the damage (not one said the store is damaged)"

# the middle half of a 1,000-task store overwritten: list must meet it
# (the store was only imported: no history)
history=no
cp bigger/store.db corrupt2.db
size=$(stat -c %s corrupt2.db)
pages=$((size / 4096))
head -c $((pages / 2 * 4096)) /dev/zero | tr '\0' 'Z' |
	dd of=corrupt2.db bs=4096 seek=$((pages / 4)) conv=notrunc status=none
refused "middle half overwritten" "$tmp/corrupt2.db" 'damaged|corrupt|malformed' --output-ok -- list --json
refused "middle half overwritten" "$tmp/corrupt2.db" 'damaged|corrupt|malformed' --output-ok -- list
met=no
for c in "${all_commands[@]}"; do
	case $c in list | "list --json") continue ;; esac	# just done
	# shellcheck disable=SC2086
	damaged "middle half overwritten" "$tmp/corrupt2.db" $c
done

# ---- files that are not stride stores ------------------------------------
cp good/store.db header.db
head -c 84 /dev/zero | tr '\0' 'Z' | dd of=header.db bs=1 seek=16 conv=notrunc status=none
for c in "${all_commands[@]}"; do
	# shellcheck disable=SC2086
	refused "header damaged" "$tmp/header.db" 'damaged|corrupt|malformed|not a stride store|not a SQLite' -- $c
done

cp "$foreign_fixture" foreign.sqlite
for c in "${all_commands[@]}"; do
	# shellcheck disable=SC2086
	refused "foreign SQLite file" "$tmp/foreign.sqlite" 'not a stride store' -- $c
done

printf 'These are my notes.\nNot a database at all.\n' >notes.txt
for c in "${all_commands[@]}"; do
	# shellcheck disable=SC2086
	refused "text file" "$tmp/notes.txt" 'not a stride store|not a SQLite' -- $c
done
before=$(state_of notes.txt)
out=$(STRIDE_DB="$tmp/notes.txt" st status 2>&1)
rc=$?
if [ $rc -eq 1 ] && [ "$before" = "$(state_of notes.txt)" ] && grep -q "notes.txt" <<<"$out"; then
	ok "text file given as \$STRIDE_DB: exit 1, $(short "$out")"
else
	fail "text file given as \$STRIDE_DB: stride status exits $rc, or changes it" "$out"
fi

cp good/store.db newer.db
printf '\x00\x00\x00\x63' | dd of=newer.db bs=1 seek=60 conv=notrunc status=none
for c in "${all_commands[@]}"; do
	# shellcheck disable=SC2086
	refused "store from a newer stride (user_version 99)" "$tmp/newer.db" 'newer' -- $c
done

mkdir -p adir
echo "keep me" >adir/file
for c in "${all_commands[@]}"; do
	# shellcheck disable=SC2086
	refused "directory as --db" "$tmp/adir" 'directory' -- $c
done

# ---- an empty file, a link to nothing ----------------------------------------
# Only import makes a store: for any other command these are no store.
: >empty.db
for c in "${all_commands[@]}"; do
	case $c in import*) continue ;; esac
	# shellcheck disable=SC2086
	refused "empty file (0 bytes)" "$tmp/empty.db" "empty \\(0 bytes\\).*'stride import FILE' fills it, or remove the file" -- $c
done
[ "$(stat -c %s empty.db)" -eq 0 ] || fail "empty file: a command wrote to it ($(stat -c %s empty.db) bytes now)"
out=$(st --db empty.db import plan.yaml 2>&1) && [ "$(reads_of empty.db | head -c 1)" = "[" ] &&
	ok "empty file: stride import fills it" || fail "empty file: stride import does not fill it" "$out"

mkdir -p links
ln -s ../nowhere/store.db links/dangling
for c in "${all_commands[@]}"; do
	case $c in import*) continue ;; esac
	# shellcheck disable=SC2086
	refused "symbolic link to a missing file" "$tmp/links/dangling" \
		"is a symbolic link to $tmp/links/../nowhere/store.db, which does not exist: 'stride import FILE' creates it, or fix the link" -- $c
done
[ ! -e nowhere ] || fail "symbolic link to a missing file: a command created $tmp/nowhere"
out=$(st --db links/dangling import plan.yaml 2>&1)
if [ $? -ne 0 ]; then
	fail "symbolic link to a missing file: stride import does not create the store" "$out"
elif [ ! -f nowhere/store.db ] || [ ! -L links/dangling ]; then
	fail "symbolic link to a missing file: stride import did not create the store where the link points" "$(ls -l links nowhere 2>&1)"
elif [ "$(reads_of links/dangling)" != "$(reads_of nowhere/store.db)" ]; then
	fail "symbolic link to a missing file: the store read through the link is not the one it points to"
else
	ok "symbolic link to a missing file: stride import creates the store where it points ($(short "$(stat -c '%A' nowhere) nowhere/, $(stat -c '%A' nowhere/store.db) nowhere/store.db"))"
fi

# ---- a full disk ---------------------------------------------------------
full_re='full|space|too large|cannot write|could not write|no room'

# with RLIMIT_FSIZE just above the store's size
mkdir -p fsize
cp good/store.db fsize/store.db
ref=$(reads_of fsize/store.db)
limit=$(( $(stat -c %s fsize/store.db) / 1024 + 16 ))
before=$(state_of fsize/store.db)
out=$( (trap '' XFSZ; ulimit -f $limit; exec timeout -k 5 60 "$bin" --db "$tmp/fsize/store.db" import --replace "$tmp/mid.yaml") 2>&1 >/dev/null)
rc=$?
if [ $rc -ne 1 ]; then
	fail "file size limit ($limit KiB): importing 1,000 tasks exits $rc (want 1)" "$(tail -n 3 <<<"$out")"
elif [ "$(wc -l <<<"$out")" -ne 1 ] || ! grep -qiE "$full_re" <<<"$out"; then
	fail "file size limit ($limit KiB): importing 1,000 tasks: not one clear line saying it could not write" "$out"
elif [ "$before" != "$(state_of fsize/store.db)" ]; then
	fail "file size limit ($limit KiB): the failed import changed the store" "$out"
else
	ok "file size limit ($limit KiB): import of 1,000 tasks: exit 1, $(short "$out")"
fi
[ "$(reads_of fsize/store.db)" = "$ref" ] &&
	ok "file size limit: the store then opens with its old content" ||
	fail "file size limit: after the failed import the store does not read as before" \
		"$(diff <(echo "$ref") <(reads_of fsize/store.db) | head -n 6)"

# on a tmpfs that fills up
if [ "$(id -u)" -ne 0 ]; then
	note "SKIP full tmpfs: not root, cannot mount one (the file size limit above stands in)"
elif ! mkdir -p disk || ! mount -t tmpfs -o size=4m,mode=0755 tmpfs "$tmp/disk" 2>mount.err; then
	note "SKIP full tmpfs: cannot mount one: $(head -n 1 mount.err) (the file size limit above stands in)"
else
	mounted=$tmp/disk
	cp good/store.db disk/store.db
	ref=$(reads_of disk/store.db)
	# what each read command prints while there is room
	full_reads=(
		"status" "status --json" "today" "today --json" "list" "list --json --all"
		"plans" "plans --json" "review" "review --json" "stats" "stats --json"
	)
	mkdir -p fullref
	i=0
	for c in "${full_reads[@]}"; do
		i=$((i + 1))
		# shellcheck disable=SC2086
		st --db disk/store.db $c >"fullref/$i" 2>&1 || fail "stride $c fails on the store before the disk fills up"
	done
	# room for about 200 KB: not enough for 1,000 more tasks
	avail=$(df -k --output=avail disk | tail -n 1 | tr -d ' ')
	dd if=/dev/zero of=disk/filler1 bs=1k count=$((avail - 200)) status=none 2>/dev/null
	refused "disk full (200 KB left)" "$tmp/disk/store.db" "$full_re" -- import --replace "$tmp/mid.yaml"
	refused "disk full (200 KB left)" "$tmp/disk/store.db" "$full_re" -- import "$tmp/wide.yaml"
	# no room at all
	dd if=/dev/zero of=disk/filler2 bs=4k status=none 2>/dev/null
	# With no byte left, SQLite cannot even empty and remove the -wal file
	# it opened: an empty -wal beside the store is harmless (it holds
	# nothing), and the check below shows the store reads as before.
	for c in "log 1m" "done 2" "note 2 -m more" "import --replace $tmp/mid.yaml"; do
		# shellcheck disable=SC2086
		refused "disk full (0 bytes left)" "$tmp/disk/store.db" "$full_re" \
			--leftovers-ok -- $c
	done
	# what can be read is read
	i=0
	for c in "${full_reads[@]}"; do
		i=$((i + 1))
		before=$(state_of disk/store.db)
		# shellcheck disable=SC2086
		st --db disk/store.db $c >out.txt 2>&1
		rc=$?
		if [ $rc -ne 0 ]; then
			fail "disk full (0 bytes left): stride $c exits $rc (want 0)" "$(head -n 3 out.txt)"
		elif ! cmp -s out.txt "fullref/$i"; then
			mapfile -t lines < <(diff "fullref/$i" out.txt | head -n 6)
			fail "disk full (0 bytes left): stride $c prints something else than with room on the disk" "${lines[@]}"
		elif [ "$before" != "$(state_of disk/store.db)" ]; then
			fail "disk full (0 bytes left): stride $c changed the store"
		else
			ok "disk full (0 bytes left): stride $c works, as with room on the disk"
		fi
	done
	# a plan file changed since the import cannot be synced: one line
	# says so, and the plan is shown as it was
	cp plan.yaml plan.yaml.orig
	plan demo 2 6 >plan.yaml
	st --db disk/store.db status >out.txt 2>err.txt
	rc=$?
	if [ $rc -ne 0 ] || ! cmp -s out.txt fullref/1; then
		fail "disk full, plan file changed: stride status exits $rc, or prints something else than the plan as imported" "$(head -n 3 err.txt)"
	elif [ "$(wc -l <err.txt)" -ne 1 ] || ! grep -q "plan.yaml changed, but the disk holding the store is full: showing the plan as last imported" err.txt; then
		mapfile -t lines < <(head -n 4 err.txt)
		fail "disk full, plan file changed: stride status does not say in one line that it cannot sync it" "${lines[@]}"
	else
		ok "disk full, plan file changed: stride status shows the plan as imported: $(short "$(cat err.txt)")"
	fi
	mv plan.yaml.orig plan.yaml
	# a new store cannot be made: nothing of it is left
	refused "disk full, a new store" "$tmp/disk/new/sub/store.db" "$full_re" -- import "$tmp/plan.yaml"
	[ ! -e disk/new ] &&
		ok "disk full, a new store: the directories made for it are gone too" ||
		fail "disk full, a new store: the failed import left $(find disk/new | tr '\n' ' ')"
	refused "disk full, a new store" "$tmp/disk/other.db" "$full_re" -- import "$tmp/plan.yaml"
	rm -f disk/filler1 disk/filler2
	[ "$(reads_of disk/store.db)" = "$ref" ] &&
		ok "disk full: once there is room again, the store reads as before" ||
		fail "disk full: once there is room again, the store does not read as before" \
			"$(diff <(echo "$ref") <(reads_of disk/store.db) | head -n 6)"
	out=$(st --db disk/store.db log 1m 2>&1) &&
		ok "disk full: once there is room again, 'log 1m' works" ||
		fail "disk full: once there is room again, 'log 1m' fails" "$out"
	out=$(st --db disk/store.db import --replace mid.yaml 2>&1) &&
		ok "disk full: once there is room again, the import of 1,000 tasks works" ||
		fail "disk full: once there is room again, the import of 1,000 tasks fails" "$(tail -n 2 <<<"$out")"
	umount "$tmp/disk" && mounted=
fi

# ---- read-only stores ----------------------------------------------------
read_commands=(
	"plans" "plans --json" "status" "status --json" "today" "today --json"
	"list" "list --json" "list --all" "list --todo" "list 1"
)
write_commands=(
	"done 2" "start 2" "skip 2" "reset 3" "log 1m" "log 5m 2 -m studied"
	"note 2 -m more" "undo" "import $tmp/other.yaml" "import --replace $tmp/mid.yaml"
)
ro_re='read-only|permission|not writable|cannot write'

readonly_case() {	# WHAT DIR_MODE FILE_MODE FILE_OWNER
	local what=$1 dir="$tmp/ro/$2-$3-$4" c rc before i=0
	mkdir -p "$dir"
	cp good/store.db "$dir/store.db"
	chown "$4" "$dir/store.db"
	chmod "$3" "$dir/store.db"
	chmod "$2" "$dir"
	for c in "${read_commands[@]}"; do
		i=$((i + 1))
		before=$(state_of "$dir/store.db")
		# shellcheck disable=SC2086
		st --db "$dir/store.db" $c >out.txt 2>err.txt
		rc=$?
		if [ $rc -ne 0 ]; then
			mapfile -t lines < <(head -n 4 err.txt)
			fail "read-only, $what: stride $c exits $rc (want 0)" "${lines[@]}"
			continue
		fi
		if ! cmp -s out.txt "ro/ref.$i"; then
			mapfile -t lines < <(diff "ro/ref.$i" out.txt | head -n 6)
			fail "read-only, $what: stride $c prints something else than on a writable copy" "${lines[@]}"
			continue
		fi
		[ "$before" = "$(state_of "$dir/store.db")" ] ||
			{ fail "read-only, $what: stride $c changed the file"; continue; }
		ok "read-only, $what: stride $c works, as on a writable copy"
	done
	for c in "${write_commands[@]}"; do
		# shellcheck disable=SC2086
		refused "read-only, $what" "$dir/store.db" "$ro_re" --leftovers-ok -- $c
	done
}

nobody_uid=$(id -u nobody 2>/dev/null)
nobody_gid=$(getent group nogroup 2>/dev/null | cut -d: -f3)
[ -n "$nobody_gid" ] || nobody_gid=$(getent group nobody 2>/dev/null | cut -d: -f3)
skip_ro=
if [ "$(id -u)" -eq 0 ]; then
	if ! command -v setpriv >/dev/null; then
		skip_ro="running as root and setpriv is not installed: root ignores file permissions"
	elif [ -z "$nobody_uid" ] || [ -z "$nobody_gid" ]; then
		skip_ro="running as root and there is no user nobody (or group nogroup/nobody) to run stride as"
	else
		RUNAS=(setpriv --reuid="$nobody_uid" --regid="$nobody_gid" --clear-groups --inh-caps=-all)
		# the unprivileged user needs the temporary directory and the binary
		mkdir -p ro
		chmod 0755 "$tmp" ro
		cp "$bin" ro/stride && chmod 0755 ro/stride && bin=$tmp/ro/stride
		chmod 0644 plan.yaml other.yaml mid.yaml
		if ! "${RUNAS[@]}" test -x "$bin" -a -r plan.yaml; then
			skip_ro="nobody cannot reach $tmp (give TMPDIR a directory every user can enter)"
		else
			echo x >ro/probe && chmod 0444 ro/probe
			if "${RUNAS[@]}" sh -c ": >>'$tmp/ro/probe'" 2>/dev/null; then
				skip_ro="setpriv did not drop root's privileges: nobody can write a 0444 file"
			fi
		fi
	fi
fi
if [ -n "$skip_ro" ]; then
	note "SKIP read-only stores: $skip_ro"
else
	[ ${#RUNAS[@]} -eq 0 ] && note "not root: stride runs as $(id -un), file permissions apply" ||
		note "stride runs as nobody (uid $nobody_uid) through setpriv for the read-only stores"
	mkdir -p ro
	# what the read commands print on a writable copy
	cp good/store.db ro/ref.db
	chmod 0666 ro/ref.db
	chmod 0777 ro
	i=0
	for c in "${read_commands[@]}"; do
		i=$((i + 1))
		# shellcheck disable=SC2086
		st --db ro/ref.db $c >"ro/ref.$i" 2>/dev/null ||
			fail "stride $c fails on a writable copy of the store"
	done
	chmod 0755 ro
	# the owner of the store files: root, or whoever runs this without root
	me=$(id -u)
	[ "$me" -eq 0 ] && user=$nobody_uid || user=$me
	readonly_case "file 0444, directory 0555" 0555 0444 "$me"
	readonly_case "file 0444 in a writable directory" 0777 0444 "$me"
	readonly_case "file writable, directory 0555" 0555 0644 "$user"

	# a read command when the plan file changed since the import: it
	# cannot re-sync the store, but must still show what it has
	dir=$tmp/ro/0777-0444-$me
	cp plan.yaml plan.yaml.orig
	plan demo 2 6 >plan.yaml
	before=$(state_of "$dir/store.db")
	out=$(st --db "$dir/store.db" status 2>&1 >out.txt)
	rc=$?
	if [ $rc -ne 0 ] || [ ! -s out.txt ]; then
		fail "read-only, plan file changed since the import: stride status exits $rc (want 0 and the status)" "$out"
	elif [ "$before" != "$(state_of "$dir/store.db")" ]; then
		fail "read-only, plan file changed since the import: stride status changed the file"
	else
		ok "read-only, plan file changed since the import: stride status works${out:+ (stderr: $(short "$out"))}"
	fi
	mv plan.yaml.orig plan.yaml
	RUNAS=()
fi

echo "# $(( ($(date +%s%N) - t0) / 1000000 )) ms"
[ $failures -eq 0 ] || { echo "# $failures checks failed"; exit 1; }
exit 0
