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
