#!/usr/bin/env bash
# A locale that is not UTF-8 (LANG=C, and LC_ALL=C over a UTF-8 LANG): the
# screen holds plain ASCII only (no byte >= 0x80 in capture-pane -p): the
# fold markers are v and >, the bar # and -, the separator |, the ellipsis
# ~, and a character with no ASCII form (the '→' of item 12) a '?'.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
stride log 15m >/dev/null || fail "stride log"

# expect_ascii WHAT: no byte >= 0x80 on the screen
expect_ascii()
{
	local high
	high=$(screen_raw | LC_ALL=C grep -n $'[\x80-\xff]')
	[ -z "$high" ] || {
		printf '%s\n' "$high" >&2
		soft_fail "$1: bytes >= 0x80 on the screen (above)"
	}
}

for locale in LANG LC_ALL; do
	if [ $locale = LANG ]; then
		export LANG=C
		unset LC_ALL
	else
		export LANG=C.UTF-8 LC_ALL=C
	fi
	start_tui 100x30 stride
	wait_for '^ Monday 14 July 2025$'
	expect_screen ascii-today
	expect_ascii "$locale=C: Today"
	keys 3
	wait_for '^  1 v Language & Runtime Mastery'
	expect_screen ascii-checklist
	expect_ascii "$locale=C: Checklist"
	wait_for '^ 12     \[ \] Update CLI \? API layer to use DB$'
	keys z
	wait_for '^  1 > Language & Runtime Mastery'
	keys z
	wait_for '^  1 v Language & Runtime Mastery'
	# the details pane: its rule is '-'
	for _ in 1 2 3 4 5 6 7 8 9 10 11; do keys j; done
	wait_selected '^ 12 '
	keys Enter
	wait_for '^-{100}$'
	wait_for '^ Update CLI \? API layer to use DB$'
	expect_ascii "$locale=C: details"
	keys '?'
	wait_for '^ Keys \(any key closes this help\)$'
	expect_ascii "$locale=C: help"
	keys Escape
	wait_gone 'Keys \(any key'
	# a prompt
	keys l
	wait_for '^ ?Log time on 12'
	expect_ascii "$locale=C: prompt"
	keys Escape
	wait_for '^ nothing logged$'
	quit_tui
done
