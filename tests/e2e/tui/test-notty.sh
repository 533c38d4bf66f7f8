#!/usr/bin/env bash
# Without a terminal the TUI does not start: `stride < /dev/null`,
# `stride | cat`, `stride FILE.yaml < /dev/null` each say so in one line
# on stderr, suggest `stride status`, print nothing on stdout and exit 2.
# Needs no tmux; where tmux is, also with a terminal on stdin only
# (stride | cat, stride > FILE, typed in a shell) and on stdout only.
TUI_NO_TMUX=1
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"

# check_notty WHAT: $out (stdout), $err (stderr), $rc as they should be
check_notty()
{
	[ "$rc" = 2 ] || soft_fail "$1: exit status $rc, not 2"
	[ -z "$out" ] || soft_fail "$1: wrote to stdout: '$out'"
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && [ -n "$err" ] ||
		soft_fail "$1: not one line on stderr: '$err'"
	[[ $err == *terminal* ]] || soft_fail "$1: does not say that it needs a terminal: '$err'"
	[[ $err == *"stride status"* ]] || soft_fail "$1: does not suggest 'stride status': '$err'"
}

out=$(stride </dev/null 2>"$T/err"); rc=$?; err=$(cat "$T/err")
check_notty "stride < /dev/null"

out=$( { stride </dev/null 2>"$T/err"; echo $? >"$T/rc"; } | cat); rc=$(cat "$T/rc"); err=$(cat "$T/err")
check_notty "stride | cat"

out=$(stride "$ROOT/plans/backend-roadmap.yaml" </dev/null 2>"$T/err"); rc=$?; err=$(cat "$T/err")
check_notty "stride FILE.yaml < /dev/null"

out=$(stride --db "$T/other.db" </dev/null 2>"$T/err"); rc=$?; err=$(cat "$T/err")
check_notty "stride --db PATH < /dev/null"

command -v tmux >/dev/null 2>&1 || exit 0

# in a terminal: stdin is one, stdout is not (a pipe, a file); and the
# other way round
cat >"$T/try.sh" <<EOS
#!/bin/sh
exec 2>&1
{ "$STRIDE_BIN"; echo "pipe: status \$?"; } | cat
"$STRIDE_BIN" >"$T/out"; echo "file: status \$? [\$(cat "$T/out")]"
"$STRIDE_BIN" </dev/null; echo "stdin: status \$?"
echo done
exec sleep 60
EOS
chmod +x "$T/try.sh"
start_tui 200x30 sh "$T/try.sh"
wait_for '^done$'
[ "$(screen | grep -c "^stride: .*terminal.*'stride status'")" = 3 ] ||
	soft_fail "in a terminal: not three one-line messages: $(printf '\n%s' "$(screen)")"
screen | grep -q '^pipe: status 2$' || soft_fail "stride | cat in a terminal: $(screen | grep pipe:)"
screen | grep -q '^file: status 2 \[\]$' || soft_fail "stride > FILE in a terminal: $(screen | grep file:)"
screen | grep -q '^stdin: status 2$' || soft_fail "stride < /dev/null in a terminal: $(screen | grep stdin:)"

# a terminal stride cannot draw on: TERM unset, of a type nobody knows, or
# "dumb" (no cursor addressing). One stride: line each, naming TERM and
# what to do, exit 2, and not curses' own "Error opening terminal".
cat >"$T/terms.sh" <<EOS
#!/bin/sh
exec 2>&1
env -u TERM "$STRIDE_BIN"; echo "unset: status \$?"
TERM=xyzzy "$STRIDE_BIN"; echo "unknown: status \$?"
TERM=dumb "$STRIDE_BIN"; echo "dumb: status \$?"
echo done
exec sleep 60
EOS
chmod +x "$T/terms.sh"
start_tui 250x30 sh "$T/terms.sh"
wait_for '^done$'
screen | grep -q 'Error opening terminal' && soft_fail "curses' own message: $(screen)"
screen | grep -q "^stride: TERM is not set, .*export TERM=xterm-256color.*'stride status'" ||
	soft_fail "TERM unset: $(printf '\n%s' "$(screen)")"
screen | grep -q "^stride: no terminal description is known for 'xyzzy' (TERM): .*'stride status'" ||
	soft_fail "TERM=xyzzy: $(printf '\n%s' "$(screen)")"
screen | grep -q "^stride: cannot move the cursor on a terminal of type 'dumb' (TERM): .*'stride status'" ||
	soft_fail "TERM=dumb: $(printf '\n%s' "$(screen)")"
for what in unset unknown dumb; do
	screen | grep -q "^$what: status 2$" || soft_fail "$what: $(screen | grep "^$what:")"
done

# the commands on a terminal whose locale is not UTF-8 show what is not
# ASCII as ASCII (a letter folded, else '?'), as the TUI does; through a
# pipe they write UTF-8 whatever the locale (docs/stride.1, TEXT)
stride --db "$T/lib.db" import "$ROOT/tests/data/resources/library.yaml" >/dev/null ||
	fail "import library.yaml"
cat >"$T/locale.sh" <<EOS
#!/bin/sh
exec 2>&1
LC_ALL=C "$STRIDE_BIN" --db "$T/lib.db" resource 11
LC_ALL=C "$STRIDE_BIN" --db "$T/lib.db" resources | grep -c '山田太郎'
LC_ALL=C.UTF-8 "$STRIDE_BIN" --db "$T/lib.db" resource 11
echo done
exec sleep 60
EOS
chmod +x "$T/locale.sh"
start_tui 150x30 sh "$T/locale.sh"
wait_for '^done$'
screen | grep -q '^11  [?]\{10\}$' ||
	soft_fail "LC_ALL=C on a terminal: not ASCII: $(printf '\n%s' "$(screen)")"
screen | grep -qx '1' ||
	soft_fail "LC_ALL=C through a pipe: not UTF-8: $(printf '\n%s' "$(screen)")"
screen | grep -q '^11  データベース設計の本$' ||
	soft_fail "LC_ALL=C.UTF-8 on a terminal: not UTF-8: $(printf '\n%s' "$(screen)")"
