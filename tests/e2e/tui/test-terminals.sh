#!/usr/bin/env bash
# Terminals: stride starts and draws the same text under TERM=xterm-256color,
# xterm, screen-256color, tmux-256color and vt100 (no colours), with and
# without NO_COLOR. With NO_COLOR=1 no colour reaches the terminal (only
# bold, reverse, dim, underline), while without it there are colours
# wherever the terminal has them; the cursor's row is reverse video
# either way.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"

for term in xterm-256color xterm screen-256color tmux-256color vt100; do
	if ! infocmp "$term" >/dev/null 2>&1; then
		note "no terminfo entry for $term here: not tried"
		continue
	fi
	export TERM=$term
	for no_color in "" 1; do
		if [ -n "$no_color" ]; then
			export NO_COLOR=1
		else
			unset NO_COLOR
		fi
		what="TERM=$term${no_color:+ NO_COLOR=1}"
		start_tui 100x30 stride
		wait_for '^ Monday 14 July 2025$'
		expect_screen today-100x30
		wait_selected '^ +2 \[ \] Read ES 2025'
		colours=$(colour_codes | sort -u | tr '\n' ' ')
		if [ -n "$no_color" ] || [ "$term" = vt100 ]; then
			[ -z "$colours" ] || soft_fail "$what: colour codes on the screen: $colours"
		else
			[ -n "$colours" ] || soft_fail "$what: no colours at all"
		fi
		# the Checklist draws too, and the selection moves
		keys 3
		wait_for '^  1 ▾ Language & Runtime Mastery'
		keys j
		wait_selected '^  2     \[ \] Read ES 2025'
		colours=$(colour_codes | sort -u | tr '\n' ' ')
		if [ -n "$no_color" ] || [ "$term" = vt100 ]; then
			[ -z "$colours" ] || soft_fail "$what: colour codes in the Checklist: $colours"
		fi
		quit_tui
	done
done

# the colours in use under xterm-256color are the ones of the palette's
# first 8 (or 16): no 38;5 needed, and none is given with NO_COLOR
export TERM=xterm-256color NO_COLOR=1
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
screen_escapes | grep -q '38;5' && soft_fail "NO_COLOR=1: a 38;5 colour code"
screen_escapes | grep -Eq $'\033\\[(3[0-7]|4[0-7])m' && soft_fail "NO_COLOR=1: a 3Xm/4Xm colour code"
quit_tui
