#!/usr/bin/env bash
# The Resources view (6) on tests/data/resources/library.yaml, with a
# history made through the CLI: the rows (status mark, title, kind,
# author, stars, where used) at 100x30 and 200x60, the details (Enter);
# Space cycles todo -> doing -> done -> todo; the digits 1-5 rate (and do
# not switch views here), 0 takes the rating away, 6 stays, u undoes; e
# edits the note in $EDITOR; o hands the url to a fake xdg-open found on
# PATH (its arguments recorded: the url alone, no shell; its output kept
# off the screen; detached, no child left), says so when there is none on
# PATH, and refuses a resource without a url or with one that is not
# http(s); f shows the archived ones; 80x24 in ASCII (LANG=C) and without
# colours (NO_COLOR); a plan with no resources.
source "$(dirname "$0")/lib.sh"

cp "$ROOT/tests/data/resources/library.yaml" "$HOME/library.yaml"
stride import "$HOME/library.yaml" >/dev/null || fail "import"
# the history: ddia done on Thursday (rated 4, a note), talk started,
# Luke rated 2, a task done; taocp rated 3, then dropped from the file
STRIDE_TODAY=2025-07-10 stride resource ddia --status done --rating 4 \
	-m "Chapter 3 twice: the LSM part is dense." >/dev/null || fail "ddia"
STRIDE_TODAY=2025-07-11 stride resource talk --status doing >/dev/null || fail "talk"
stride resource luke --rating 2 >/dev/null || fail "luke"
stride done ch3 >/dev/null || fail "done ch3"
stride resource taocp --rating 3 >/dev/null || fail "taocp"
# (taocp's entry is four lines: id, title, kind, by)
awk '/id: taocp/ { skip = 4 } skip > 0 { skip--; next } { print }' \
	"$ROOT/tests/data/resources/library.yaml" >"$HOME/library.yaml"
stride resources 2>&1 | grep -q 'removed   taocp' || fail "taocp was not archived: $(stride resources --all 2>&1)"

# the fake opener: records its arguments, where its input comes from and
# its session; says something on stdout and stderr that must not show
mkdir -p "$T/bin" "$T/nobin"
cat >"$T/bin/xdg-open" <<EOS
#!/bin/sh
in=\$(readlink /proc/\$\$/fd/0 2>/dev/null || echo ?)
out=\$(readlink /proc/\$\$/fd/1 2>/dev/null || echo ?)
{
	echo "argc=\$#"
	for a in "\$@"; do echo "arg=\$a"; done
	echo "stdin=\$in"
	echo "stdout=\$out"
	echo "sid=\$(ps -o sid= -p \$\$ | tr -d ' ')"
} >"$T/opened.tmp"
mv "$T/opened.tmp" "$T/opened"
echo "NOISE ON STDOUT"
echo "NOISE ON STDERR" >&2
EOS
chmod +x "$T/bin/xdg-open"
cat >"$T/editor" <<'EOS'
#!/bin/sh
printf 'Watch it twice.\n' >"$1"
EOS
chmod +x "$T/editor"
export EDITOR=$T/editor

start_tui 100x30 PATH="$T/bin:$PATH" stride
wait_for '^ Monday 14 July 2025$'
keys 6
wait_for '^ Library · 6 resources: 1 done, 1 doing, 4 to do$'
wait_selected '^ \[x\] Designing Data-Intensive Applications +book +Martin Kleppm'
expect_screen resources-100x30
bottom_line | grep -q '^ Space status   0-5 rate   o open   e note   Enter details   f archived   ? help   q quit$' ||
	soft_fail "the hints: '$(bottom_line)'"
keys '?'
wait_for '^ Keys \(any key closes this help\)$'
expect_screen resources-help
keys Escape
wait_for '^ Library · '

# Enter: the details of ddia
keys Enter
wait_for '^ resource #12 · key ddia · book · by Martin Kleppmann$'
wait_for '^ Status: done since 2025-07-10 · Rating: ★★★★☆ 4/5$'
wait_for '^   Chapter 3 twice: the LSM part is dense\.$'
wait_for '^   6 Read chapter 7 \(task\)$'
expect_screen resources-details-100x30
keys Escape
wait_gone '^ resource #12'

# o: the fake xdg-open gets the url, alone, without a shell
keys o
wait_for '^ opening https://dataintensive\.net \(with xdg-open\)$'
end=$(($(date +%s) + 5))
while [ ! -e "$T/opened" ] && [ "$(date +%s)" -le "$end" ]; do sleep 0.02; done
[ -e "$T/opened" ] || fail "xdg-open was not run"
grep -qx 'argc=1' "$T/opened" || fail "xdg-open's arguments: $(cat "$T/opened")"
grep -qx 'arg=https://dataintensive.net' "$T/opened" || fail "xdg-open's url: $(cat "$T/opened")"
grep -qx 'stdin=/dev/null' "$T/opened" || fail "xdg-open's input: $(cat "$T/opened")"
grep -qx 'stdout=/dev/null' "$T/opened" || fail "xdg-open's output: $(cat "$T/opened")"
pid=$(tui_pid) || fail "stride is not running"
stride_sid=$(ps -o sid= -p "$pid" | tr -d ' ')
grep -qx "sid=$stride_sid" "$T/opened" && fail "xdg-open ran in stride's session ($stride_sid)"
settle
screen | grep -q NOISE && fail "the opener's output reached the screen"
# no child left behind (the opener's parent is gone at once)
end=$(($(date +%s) + 5))
while [ -n "$(ps -o pid= --ppid "$pid")" ] && [ "$(date +%s)" -le "$end" ]; do sleep 0.05; done
[ -z "$(ps -o pid= --ppid "$pid")" ] || fail "stride has children left: $(ps -o pid,stat,args --ppid "$pid")"

# o where there is no url, or one that is not http(s)
keys G
wait_selected '^ \[ \] データベース設計の本'
keys o
wait_for '^ 11 データベース設計の本 has no url$'
keys k k
wait_selected '^ \[ \] Scratch notes'
keys o
wait_for "^ o opens only http and https addresses, not 'notes/scratch\.md'$"

# Space cycles the status: todo, doing, done, todo
keys Space
wait_for '^ 16 is doing \(u undoes it\)$'
wait_selected '^ \[~\] Scratch notes'
keys Space
wait_selected '^ \[x\] Scratch notes'
stride resource 16 --json | grep -q '"status":	"done"' || fail "16 after Space Space: $(stride resource 16 --json)"
keys Space
wait_selected '^ \[ \] Scratch notes'
wait_for '^ Library · 6 resources: 1 done, 1 doing, 4 to do$'
keys u
wait_for '^ undid a status change \(U redoes it\)$'
wait_selected '^ \[x\] Scratch notes'

# the digits rate, here, and do not switch views
keys 5
wait_for '^ 16 rated 5/5 \(u undoes it\)$'
wait_selected '^ \[x\] Scratch notes +★★★★★'
keys 1
wait_for '^ 16 rated 1/5 \(u undoes it\)$'
wait_for '^ Library · '
stride resource 16 --json | grep -q '"rating":	1,' || fail "16 after 1: $(stride resource 16 --json)"
keys 1
wait_for '^ 16 is rated 1/5 already$'
keys 0
wait_for '^ 16: rating taken away \(u undoes it\)$'
wait_selected '^ \[x\] Scratch notes +☆☆☆☆☆'
stride resource 16 --json | grep -q '"rating":	null,' || fail "16 after 0: $(stride resource 16 --json)"
keys u
wait_for '^ undid a rating \(U redoes it\)$'
wait_selected '^ \[x\] Scratch notes +★☆☆☆☆'
keys 6
settle
wait_for '^ Library · '
stride resource 16 --json | grep -q '"rating":	1,' || fail "16 after 6: $(stride resource 16 --json)"
stride resource 16 --status todo --rating 0 >/dev/null || fail "16 back to todo"

# e: the note in $EDITOR, on Simple Made Easy
keys g j j
wait_selected '^ \[~\] Simple Made Easy'
keys e
wait_for '^ note saved on 14$'
stride resource talk --json | grep -q '"note":	"Watch it twice."' || fail "the note: $(stride resource talk --json)"
quit_tui

# none on PATH: a clear message, nothing run
rm -f "$T/opened"
start_tui 100x30 PATH="$T/nobin" stride
wait_for '^ Monday 14 July 2025$'
keys 6
wait_for '^ Library · '
keys o
wait_for '^ no xdg-open on PATH to open https://dataintensive\.net \(Enter shows it to copy\)$'
[ -e "$T/opened" ] && fail "an opener ran with none on PATH"
quit_tui

# 200x60: the archived one too (f), and the details
start_tui 200x60 stride
wait_for '^ Monday 14 July 2025$'
keys 6 f
wait_for '^ showing the archived resources too \(f: not\)$'
wait_for '^ Library · 6 resources: 1 done, 1 doing, 4 to do, 1 archived$'
keys G Enter
wait_selected '^ \[ \] The Art of Computer Programming'
wait_for 'archived \(no longer in the plan file\)$'
expect_screen resources-200x60
keys f
wait_for '^ Library · 6 resources: 1 done, 1 doing, 4 to do$'
quit_tui

# 80x24, in ASCII (LANG=C) and without colours
export LANG=C NO_COLOR=1
unset LC_ALL
start_tui 80x24 stride
wait_for '^ Monday 14 July 2025$'
keys 6
wait_for '^ Library \| 6 resources: 1 done, 1 doing, 4 to do$'
wait_selected '^ \[x\] Designing Data-Intensive Applications +book +Martin Kleppmann +\*\*\*\*\.$'
expect_screen resources-ascii-80x24
high=$(screen_raw | LC_ALL=C grep -n $'[\x80-\xff]')
[ -z "$high" ] || soft_fail "bytes >= 0x80 on the screen: $high"
colours=$(colour_codes | sort -u | tr '\n' ' ')
[ -z "$colours" ] || soft_fail "NO_COLOR: colour codes on the screen: $colours"
quit_tui

# a plan without resources says so, and there the digits switch views
stride import "$ROOT/tests/data/tui/week.yaml" >/dev/null || fail "import week.yaml"
start_tui 80x24 stride
wait_for '^ Monday 14 July 2025$'
keys 6
wait_for "^  This plan has no resources: a 'resources' list at its top"
keys 3
wait_for '^  1 v Foundations'
quit_tui
