# lib.sh: the harness of the TUI tests, sourced by each test-*.sh.
#
#   tests/e2e/tui/test-NAME.sh STRIDE_BINARY
#
# A test drives the real binary in a real terminal: a tmux server of its
# own (tmux -L stride-test-PID-N -f /dev/null, its socket inside the
# test's temporary directory) at a fixed size. It sends keys and waits on
# what the screen shows, with a deadline; it never sleeps a fixed time to
# let the program catch up.
#
# Every test gets a temporary directory as HOME, the store inside it
# ($XDG_DATA_HOME/stride/stride.db), LANG=LC_ALL=C.UTF-8, TERM=xterm-256color,
# STRIDE_TODAY=2025-07-14 (a Monday, in phase 2 of the bundled plan) and
# NO_COLOR unset; a test changes any of these by exporting them before
# start_tui. Whatever happens (a failure, an interrupt), the EXIT trap kills
# the tmux server, checks that no stride process of the test is left (and
# fails the test if one is), and removes the temporary directory.
#
#   start_tui COLSxROWS [VAR=VALUE...] stride [ARGS...]
#                       runs the binary ("stride" stands for it; any other
#                       command runs as it is) in a new tmux server, in
#                       $TUI_CWD (default $HOME); its stderr goes to a file
#                       ($TUI_STDERR), its pid and exit status to others
#   keys KEY...         tmux send-keys (names: Space Enter Escape Tab BTab
#                       Up Down Left Right NPage PPage C-u...)
#   type_text TEXT      sends TEXT literally (also raw escape sequences)
#   screen              the screen as a person sees it, trailing blanks
#                       trimmed (capture-pane, line drawing as Unicode)
#   screen_raw          capture-pane -p as it is
#   screen_escapes      capture-pane -p -e (the attributes too)
#   selected            the text of the view's row drawn in reverse video
#   bottom_line, status_bar   the last two lines of the screen
#   sgr_attrs, colour_codes   the SGR parameters, the colours, on the screen
#   wait_for REGEX [S]  until a line of the screen matches (grep -E), or
#                       fails after S seconds (default 5, x3 under ASan);
#                       fails at once if the program has ended
#   wait_gone REGEX [S] until no line matches
#   wait_selected REGEX [S]   until the selected row matches
#   poll_for REGEX [S]  as wait_for, but returns 1 instead of failing
#   settle [MS]         until two captures MS (50) ms apart are the same
#                       (after a key whose effect has no text of its own)
#   expect_screen NAME  until the screen is expected/NAME.txt, or fails with
#                       a diff, the actual screen kept as expected/NAME.actual
#                       (STRIDE_TUI_UPDATE=1 writes NAME.txt instead: look
#                       at what it wrote before keeping it)
#   resize COLSxROWS    tmux resize-window, until the program is told
#   tui_pid             the running program's pid (status 1: not running)
#   wait_exit [S]       until the program ends; sets $TUI_STATUS
#   quit_tui            q, the program ends with status 0 and wrote nothing
#                       to stderr (so no sanitizer or leak report either)
#   stride ARGS...      the CLI, same store and environment
#   list_item REF       REF's line of stride list --json
#   logged_today        the minutes stride status --json has for today
#   sql SQL             runs SQL on the store (sqlexec.c, built on first use)
#   fail MESSAGE        ends the test as failed
#   soft_fail MESSAGE   the test fails, but goes on (to report every bug
#                       that a test finds, not only the first)
set -u

[ $# -ge 1 ] || { echo "usage: $0 STRIDE_BINARY" >&2; exit 2; }
STRIDE_BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ -x "$STRIDE_BIN" ] || { echo "$0: no binary at $1" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
TUI_DIR=$ROOT/tests/e2e/tui
EXPECTED=$TUI_DIR/expected
TEST_NAME=$(basename "$0" .sh)

# (a test that needs no terminal sets TUI_NO_TMUX=1 before sourcing this)
[ "${TUI_NO_TMUX:-}" = 1 ] || command -v tmux >/dev/null 2>&1 || {
	echo "$TEST_NAME: tmux is not installed: skipped" >&2
	exit 77
}

T=$(mktemp -d "${TMPDIR:-/tmp}/stride-tui.XXXXXX")
mkdir -p "$T/home"

export HOME=$T/home
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config
export XDG_STATE_HOME=$HOME/.local/state XDG_CACHE_HOME=$HOME/.cache
export STRIDE_TODAY=2025-07-14
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export TERM=xterm-256color
export TMUX_TMPDIR=$T
export TMPDIR=$T
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
unset STRIDE_DB NO_COLOR EDITOR VISUAL TMUX TMUX_PANE COLUMNS LINES
STRIDE_DB_PATH=$XDG_DATA_HOME/stride/stride.db

# Deadlines: an ASan build starts and draws several times slower.
TUI_SLOW=1
if grep -q __asan_init "$STRIDE_BIN" 2>/dev/null; then
	TUI_SLOW=3
fi

TUI_N=0		  # tmux servers started by this test
TUI_SOCK=	  # the current one's name
TUI_STDERR=	  # the current program's stderr
TUI_STATUS=	  # its exit status, after wait_exit
TUI_SERVERS=()	  # tmux server pids, to check that they are gone

fail()
{
	echo "FAIL: $TEST_NAME: $*" >&2
	exit 1
}

# soft_fail MESSAGE: the test fails, but goes on to check the rest
TUI_SOFT_FAILED=0
soft_fail()
{
	echo "FAIL: $TEST_NAME: $*" >&2
	TUI_SOFT_FAILED=1
}

note()
{
	echo "  $TEST_NAME: $*" >&2
}

stride()
{
	"$STRIDE_BIN" "$@"
}

_tmux()
{
	tmux -L "$TUI_SOCK" -f /dev/null "$@"
}

# _running PID: whether PID runs (a zombie, dead but not yet reaped by
# init, does not)
_running()
{
	local st
	kill -0 "$1" 2>/dev/null || return 1
	[ -r "/proc/$1/stat" ] || return 0
	st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)
	[ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# The stride pid of start number $1, if that process still runs the binary.
_live_pid()
{
	local f=$T/pid.$1 pid
	[ -s "$f" ] || return 1
	pid=$(cat "$f")
	_running "$pid" || return 1
	if [ -d /proc/self ]; then
		[ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$(readlink -f "$STRIDE_BIN")" ] ||
			return 1
	fi
	echo "$pid"
}

_cleanup()
{
	local rc=$? i pid left=0 spid
	trap - EXIT
	for ((i = 1; i <= TUI_N; i++)); do
		tmux -L "stride-test-$$-$i" -f /dev/null kill-server >/dev/null 2>&1
	done
	# the pane's processes get SIGHUP with the server; give them 2 s
	for ((i = 1; i <= TUI_N; i++)); do
		for _ in $(seq 100); do
			_live_pid "$i" >/dev/null || break
			sleep 0.02
		done
		if pid=$(_live_pid "$i"); then
			echo "FAIL: $TEST_NAME: stride (pid $pid) still runs after the test" >&2
			kill -9 "$pid" 2>/dev/null
			left=1
		fi
	done
	for spid in "${TUI_SERVERS[@]}"; do
		for _ in $(seq 100); do
			_running "$spid" || break
			sleep 0.02
		done
		if _running "$spid"; then
			echo "FAIL: $TEST_NAME: tmux server (pid $spid) still runs after the test" >&2
			kill -9 "$spid" 2>/dev/null
			left=1
		fi
	done
	rm -rf "$T"
	[ $left = 0 ] || rc=1
	[ "$TUI_SOFT_FAILED" = 0 ] || [ "$rc" != 0 ] || rc=1
	exit "$rc"
}
trap _cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# start_tui COLSxROWS [VAR=VALUE...] stride [ARGS...]
start_tui()
{
	local size=$1 cols rows v
	shift
	cols=${size%x*}
	rows=${size#*x}
	# the previous program, if any, is over
	if [ -n "$TUI_SOCK" ]; then
		_tmux kill-server >/dev/null 2>&1
	fi
	TUI_N=$((TUI_N + 1))
	TUI_SOCK=stride-test-$$-$TUI_N
	TUI_STDERR=$T/stderr.$TUI_N
	TUI_STATUS=
	local assigns=()
	while [ $# -gt 0 ] && [[ $1 == [A-Za-z_]*=* ]]; do
		assigns+=("$1")
		shift
	done
	[ "${1:-}" = stride ] && { shift; set -- "$STRIDE_BIN" "$@"; }

	# The pane runs this script: a clean environment, the stride pid and
	# exit status in files, stderr in a file (an ASan report lands there).
	local run=$T/run.$TUI_N.sh
	{
		echo '#!/bin/sh'
		printf 'cd %q || exit 99\n' "${TUI_CWD:-$HOME}"
		printf 'sh -c '\''echo $$ >"$0"; exec "$@"'\'' %q env -i' "$T/pid.$TUI_N"
		for v in PATH HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME \
			XDG_CACHE_HOME STRIDE_TODAY STRIDE_NOW STRIDE_DB LANG LC_ALL LC_CTYPE TERM \
			NO_COLOR EDITOR VISUAL TMPDIR ASAN_OPTIONS UBSAN_OPTIONS \
			LSAN_OPTIONS; do
			[ -n "${!v+set}" ] && printf ' %q' "$v=${!v}"
		done
		for v in "${assigns[@]}"; do
			printf ' %q' "$v"
		done
		for v in "$@"; do
			printf ' %q' "$v"
		done
		printf ' 2>%q\n' "$TUI_STDERR"
		printf 'echo $? >%q\n' "$T/status.$TUI_N"
	} >"$run"
	chmod +x "$run"
	_tmux new-session -d -s tui -x "$cols" -y "$rows" "$run" \; \
		set-option -g exit-empty off ||
		fail "tmux cannot start a session"
	v=$(_tmux display-message -p '#{pid}' 2>/dev/null)
	[ -z "$v" ] || TUI_SERVERS+=("$v")
}

# The screen as a person sees it: capture-pane -p -e with the attributes
# taken out and the line-drawing characters (what the terminal draws for
# ACS 'q', 'x'... between SO and SI) turned into Unicode box drawing, as
# plain capture-pane -p gives them as the letters. Trailing blanks go.
screen()
{
	_tmux capture-pane -p -e -t tui | LC_ALL=C awk '
	BEGIN {
		n = split("q ─ x │ l ┌ k ┐ m └ j ┘ t ├ u ┤ n ┼ w ┬ v ┴ ~ · a ▒ ` ◆ f ° g ± h ░ 0 █ o ⎺ s ⎽ y ≤ z ≥ { π | ≠ } £", m, " ")
		for (i = 1; i < n; i += 2) acs[m[i]] = m[i + 1]
		so = 0
	}
	{
		line = $0; out = ""
		while (length(line) > 0) {
			c = substr(line, 1, 1)
			if (c == "\016") { so = 1; line = substr(line, 2); continue }
			if (c == "\017") { so = 0; line = substr(line, 2); continue }
			if (c == "\033" && match(line, /^\033(\[[0-9;?]*[a-zA-Z]|[()][0-9A-B]|[^[()])/)) {
				if (substr(line, 1, 3) == "\033(0") so = 1
				else if (substr(line, 1, 3) == "\033(B") so = 0
				line = substr(line, RLENGTH + 1)
				continue
			}
			out = out ((so && (c in acs)) ? acs[c] : c)
			line = substr(line, 2)
		}
		sub(/[ \t]+$/, "", out)
		print out
	}'
}

# capture-pane -p as it is, trailing blanks and all.
screen_raw()
{
	_tmux capture-pane -p -t tui
}

screen_escapes()
{
	_tmux capture-pane -p -e -t tui
}

keys()
{
	_tmux send-keys -t tui "$@" || fail "tmux send-keys $*"
}

type_text()
{
	_tmux send-keys -t tui -l "$1" || fail "tmux send-keys -l $1"
}

# resize COLSxROWS: tmux resize-window, and wait until the terminal has the
# new size (tmux tells the program up to 250 ms later; the pty's own size,
# which changes as the program is sent SIGWINCH, says when)
resize()
{
	local cols=${1%x*} rows=${1#*x} tty end
	_tmux resize-window -t tui -x "$cols" -y "$rows" || fail "tmux resize-window $1"
	tty=$(_tmux display-message -p -t tui '#{pane_tty}')
	stty -F "$tty" size >/dev/null 2>&1 || return 0
	end=$(_deadline 5)
	while [ "$(stty -F "$tty" size 2>/dev/null)" != "$rows $cols" ]; do
		[ "$(_now)" -gt "$end" ] && fail "the terminal never became $1"
		sleep 0.01
	done
}

_deadline()
{
	local s=${1:-5}
	echo $(($(date +%s%N) / 1000000 + s * 1000 * TUI_SLOW))
}

_now()
{
	echo $(($(date +%s%N) / 1000000))
}

_show_screen()
{
	echo "---- the screen ($1) ----" >&2
	screen | sed 's/^/|/' >&2
	echo "---- end of the screen ----" >&2
	if [ -s "$TUI_STDERR" ]; then
		echo "---- stride's stderr ----" >&2
		head -n 40 "$TUI_STDERR" >&2
	fi
	if [ -e "$T/status.$TUI_N" ]; then
		echo "(stride has exited with status $(cat "$T/status.$TUI_N"))" >&2
	fi
}

# wait_for REGEX [SECONDS]
wait_for()
{
	local end
	end=$(_deadline "${2:-5}")
	while :; do
		screen | grep -Eq -- "$1" && return 0
		if [ "$(_now)" -gt "$end" ] || [ -e "$T/status.$TUI_N" ]; then
			screen | grep -Eq -- "$1" && return 0
			_show_screen "waited for /$1/"
			fail "timed out waiting for /$1/ on the screen"
		fi
		sleep 0.02
	done
}

# poll_for REGEX [SECONDS]: as wait_for, but returns 1 on timeout (for a
# check that goes on to the rest with soft_fail)
poll_for()
{
	local end
	end=$(_deadline "${2:-5}")
	while :; do
		screen | grep -Eq -- "$1" && return 0
		[ "$(_now)" -gt "$end" ] && return 1
		sleep 0.02
	done
}

# wait_gone REGEX [SECONDS]
wait_gone()
{
	local end
	end=$(_deadline "${2:-5}")
	while screen | grep -Eq -- "$1"; do
		if [ "$(_now)" -gt "$end" ]; then
			_show_screen "waited for /$1/ to go"
			fail "timed out waiting for /$1/ to leave the screen"
		fi
		sleep 0.02
	done
}

# settle [MS]: until two captures MS (default 50) ms apart are the same
settle()
{
	local a b end gap=${1:-50}
	end=$(_deadline 5)
	a=$(screen)
	while :; do
		sleep "$(printf '0.%03d' "$gap")"
		b=$(screen)
		[ "$a" = "$b" ] && return 0
		[ "$(_now)" -gt "$end" ] && fail "the screen never settled"
		a=$b
	done
}

# expect_screen NAME: the screen as tests/e2e/tui/expected/NAME.txt
expect_screen()
{
	local want=$EXPECTED/$1.txt got end
	if [ "${STRIDE_TUI_UPDATE:-}" = 1 ]; then
		# (tmux passes a resize on up to 250 ms late)
		settle 600
		screen >"$want"
		note "wrote $want"
		return 0
	fi
	[ -f "$want" ] || fail "no expected screen $want (STRIDE_TUI_UPDATE=1 writes it)"
	end=$(_deadline 5)
	while :; do
		got=$(screen)
		[ "$got" = "$(sed 's/[[:space:]]*$//' "$want")" ] && {
			rm -f "$EXPECTED/$1.actual"
			return 0
		}
		[ "$(_now)" -gt "$end" ] && break
		sleep 0.02
	done
	printf '%s\n' "$got" >"$EXPECTED/$1.actual"
	echo "---- screen $1: expected (-) and actual (+) ----" >&2
	diff -u "$want" "$EXPECTED/$1.actual" | tail -n +3 >&2
	echo "---- (the actual screen is in $EXPECTED/$1.actual) ----" >&2
	fail "screen $1 differs from the expected one"
}

# wait_exit [SECONDS]: until the program has ended; $TUI_STATUS is its status
wait_exit()
{
	local end
	end=$(_deadline "${1:-5}")
	while [ ! -s "$T/status.$TUI_N" ]; do
		if [ "$(_now)" -gt "$end" ]; then
			_show_screen "waited for stride to end"
			fail "stride did not end"
		fi
		sleep 0.02
	done
	TUI_STATUS=$(cat "$T/status.$TUI_N")
}

# What stride wrote to stderr, less the report of `stride FILE.yaml`
# (written before the screen starts).
tui_stderr()
{
	grep -Ev '^(imported|would import) |: up to date$|^stride: .* changed; synced ' \
		"$TUI_STDERR" 2>/dev/null
}

# expect_clean_stderr: nothing on stderr (no sanitizer report, no leak)
expect_clean_stderr()
{
	if [ -n "$(tui_stderr)" ]; then
		echo "---- stride's stderr ----" >&2
		head -n 60 "$TUI_STDERR" >&2
		fail "stride wrote to stderr"
	fi
}

quit_tui()
{
	keys q
	wait_exit
	[ "$TUI_STATUS" = 0 ] || {
		_show_screen "after q"
		fail "stride ended with status $TUI_STATUS after q"
	}
	expect_clean_stderr
}

# The pid of the running program (status 1 when it is not running):
# pid=$(tui_pid) || fail ...
tui_pid()
{
	_live_pid "$TUI_N"
}

# list_item REF: the line of `stride list --json` for item REF
list_item()
{
	stride list --json | grep -E "^\{\"ref\":$1,"
}

# json_compact: the JSON on stdin on one line, without blanks between tokens
json_compact()
{
	tr -d '\n\t' | sed 's/": /":/g; s/, "/,"/g'
}

# Reads capture-pane -e on stdin. For each line, tells whether its first
# character that is not a blank is drawn in reverse video, and gives its
# text: "R text" or "- text".
# (tmux carries the attributes over from line to line and writes only
# their changes, so the SGR state is followed across the lines.)
_sgr_lines()
{
	LC_ALL=C awk '
	function sgr(params,   n, p, i) {
		n = split(params, p, ";")
		if (n == 0) { rev = 0; return }
		for (i = 1; i <= n; i++) {
			if (p[i] == "" || p[i] == 0) rev = 0
			else if (p[i] == 7) rev = 1
			else if (p[i] == 27) rev = 0
			else if (p[i] == 38 || p[i] == 48 || p[i] == 58) {
				if (p[i + 1] == 5) i += 2
				else if (p[i + 1] == 2) i += 4
			}
		}
	}
	BEGIN { rev = 0 }
	{
		line = $0; out = ""; first = -1
		while (length(line) > 0) {
			if (match(line, /^\033\[[0-9;]*m/)) {
				sgr(substr(line, 3, RLENGTH - 3))
				line = substr(line, RLENGTH + 1)
			} else if (match(line, /^\033[^a-zA-Z]*[a-zA-Z]/)) {
				line = substr(line, RLENGTH + 1)
			} else {
				if (first < 0 && substr(line, 1, 1) != " ") first = rev
				out = out substr(line, 1, 1)
				line = substr(line, 2)
			}
		}
		sub(/[ \t]+$/, "", out)
		print (first == 1 ? "R " : "- ") out
	}'
}

# The text of the selected row of the view: the first line below the tab
# bar whose text starts in reverse video (with colours, only the cursor's
# row does; without them, the status bar too, so it is left out).
selected()
{
	screen_escapes | _sgr_lines | sed '1d;$d' | sed '$d' |
		grep -m1 '^R ' | sed 's/^R //'
}

# wait_selected REGEX [SECONDS]: until the selected row matches
wait_selected()
{
	local end
	end=$(_deadline "${2:-5}")
	while :; do
		selected | grep -Eq -- "$1" && return 0
		if [ "$(_now)" -gt "$end" ]; then
			_show_screen "waited for the selected row to match /$1/"
			echo "the selected row: '$(selected)'" >&2
			fail "timed out waiting for the selected row to match /$1/"
		fi
		sleep 0.02
	done
}

# sgr_attrs: the SGR parameters in the screen's escapes, one a line, a
# colour given as 38;5;N (and friends) on one line as it is
sgr_attrs()
{
	screen_escapes | grep -o $'\033\\[[0-9;]*m' | sed 's/^.\[//; s/m$//' |
		LC_ALL=C awk -F';' '{
			if (NF == 0) { print 0; next }
			for (i = 1; i <= NF; i++) {
				p = $i + 0
				if ((p == 38 || p == 48 || p == 58) && $(i + 1) == 5) {
					print p ";5;" $(i + 2); i += 2
				} else if ((p == 38 || p == 48 || p == 58) && $(i + 1) == 2) {
					print p ";2;" $(i + 2) ";" $(i + 3) ";" $(i + 4); i += 4
				} else print p
			}
		}'
}

# colour_codes: the SGR colour parameters (foreground or background: 30-37,
# 40-47, 90-97, 100-107, 38;5;N and friends) in the screen's escapes, one a
# line; 39 and 49 (back to the default colours) are not colours.
colour_codes()
{
	sgr_attrs | LC_ALL=C awk '{
		p = $0 + 0
		if ($0 ~ /^(38|48);/) print $0
		else if ((p >= 30 && p <= 37) || (p >= 40 && p <= 47) ||
			 (p >= 90 && p <= 97) || (p >= 100 && p <= 107))
			print p
	}'
}

# The bottom line (a message, or the key hints) and the status bar.
bottom_line()
{
	screen | tail -n 1
}

status_bar()
{
	screen | tail -n 2 | head -n 1
}

# sql SQL: runs SQL on the test's store (through tests/e2e/tui/sqlexec.c,
# built on first use: the sqlite3 shell need not be installed)
sql()
{
	if [ ! -x "$T/sqlexec" ]; then
		local flags
		flags=$(pkg-config --cflags --libs sqlite3 2>/dev/null || echo -lsqlite3)
		# shellcheck disable=SC2086
		${CC:-cc} -O1 -o "$T/sqlexec" "$TUI_DIR/sqlexec.c" $flags ||
			fail "cannot build the sqlexec helper"
	fi
	"$T/sqlexec" "$STRIDE_DB_PATH" "$1"
}

# logged_today: the minutes stride status --json counts for today
logged_today()
{
	stride status --json | json_compact |
		sed -n 's/.*"slot":{[^}]*"logged":\([0-9]*\).*/\1/p'
}
