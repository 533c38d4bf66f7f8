#!/usr/bin/env bash
# Wide and combining characters (tests/data/tui/wide.yaml: CJK, emoji, a
# combining accent) line up: at widths from 100 down to 40 the progress
# cookies ([n/m]) at the right end of the Checklist's rows all end in the
# same column, no line is wider than the terminal, a title cut short is a
# true prefix of the title (then an ellipsis), and nowhere is half a
# character (U+FFFD or '?') drawn: not in the rows, not in the status bar,
# not in the details pane's wrapped goal. Widths are counted as the
# terminal counts them (tmux's cells; wc -L, which uses wcwidth).
source "$(dirname "$0")/lib.sh"

plan=$ROOT/tests/data/tui/wide.yaml
stride import "$plan" >/dev/null || fail "import"
stride done hira >/dev/null || fail "stride done hira"

# the titles, to check that a title cut short is a prefix of one
titles=$(stride list --json | grep -o '"title":"[^"]*"' | sed 's/^"title":"//; s/"$//')

width()
{
	printf '%s\n' "$1" | wc -L
}

# check_layout WHAT COLS: the screen's lines against the rules above
check_layout()
{
	local what=$1 cols=$2 line n=0 w cookie_end part t found rows
	local bad=0
	rows=$(screen | wc -l)
	while IFS= read -r line; do
		n=$((n + 1))
		w=$(width "$line")
		if [ "$w" -gt "$cols" ]; then
			soft_fail "$what: line $n is $w columns wide, more than $cols: '$line'"
			bad=1
		fi
		case $line in
		*$'\xef\xbf\xbd'*)
			soft_fail "$what: line $n holds U+FFFD (a character cut in two): '$line'"
			bad=1
			;;
		esac
		# the view's area: no '?' (the plan has none)
		if [ "$n" -gt 1 ] && [ "$n" -lt $((rows - 1)) ] && [[ $line == *'?'* ]]; then
			soft_fail "$what: line $n holds a '?' (a character shown as unknown): '$line'"
			bad=1
		fi
		[ "$what" = checklist ] || continue
		[ "$n" -gt 1 ] && [ "$n" -lt $((rows - 1)) ] || continue
		# a row with a cookie ends at cols - 1 (the right side is flush)
		if [[ $line =~ \[[0-9]+/[0-9]+\] ]]; then
			if [ "$w" != $((cols - 1)) ]; then
				soft_fail "$what at $cols: the row with a cookie is $w columns, not $((cols - 1)): '$line'"
				bad=1
			fi
			cookie_end=$(width "$(printf '%s\n' "$line" | sed -E 's/(\[[0-9]+\/[0-9]+\]).*/\1/')")
			echo "$cookie_end $(width "${line#*"${BASH_REMATCH[0]}"}")" >>"$T/cookies"
		fi
		# a title cut short: a prefix of a title, then the ellipsis
		if [[ $line =~ ^\ +[0-9]+\ +(▾\ |▸\ )?(\[.\]\ )?(criterion:\ |deliverable:\ )?(.*)…  ]]; then
			part=${BASH_REMATCH[4]}
			found=0
			while IFS= read -r t; do
				[[ $t == "$part"* ]] && { found=1; break; }
			done <<<"$titles"
			if [ $found = 0 ]; then
				soft_fail "$what at $cols: '$part…' is not the start of a title"
				bad=1
			fi
		fi
	done < <(screen)
	if [ -s "$T/cookies" ]; then
		# rows whose right side is as wide have their cookie in one column
		if [ "$(sort -u "$T/cookies" | awk '{print $2}' | sort | uniq -d)" != "" ]; then
			sort -u "$T/cookies" >&2
			soft_fail "$what at $cols: cookies out of line (cookie end, width after it: above)"
			bad=1
		fi
		rm -f "$T/cookies"
	fi
	[ $bad = 0 ] || screen | sed 's/^/    |/' >&2
}

start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
expect_screen wide-today
check_layout today 100
keys 3
wait_for '^  1 ▾ 第一阶段：基础 🚀 '
expect_screen wide-checklist
check_layout checklist 100

for cols in 80 61 51 50 41 40; do
	resize "${cols}x30"
	settle 100
	check_layout checklist "$cols"
done
expect_screen wide-checklist-40

# the details pane of phase 2: its title and its long goal, wrapped
keys G
wait_selected '^ 25 '
for _ in 1 2 3 4 5; do keys k; done
wait_selected '^ 20 ▾ A very long wide title'
keys Enter
wait_for '^ Goal$'
for cols in 40 41 61 77 100; do
	resize "${cols}x30"
	settle 100
	wait_for '^ Goal$'
	check_layout details "$cols"
done
expect_screen wide-details

# Today, narrow
keys Escape 1
wait_for '^ Monday 14 July 2025$'
for cols in 61 41; do
	resize "${cols}x30"
	settle 100
	check_layout today "$cols"
done

# a prompt: typing a long CJK note, its end in view, and never half a
# character at the start of what is shown
resize 60x20
keys c
wait_for '^ ?Check in: '
keys C-u
type_text 10m
keys Enter
wait_for 'A note \(Enter to skip\):'
for ch in 今 天 学 习 了 很 多 关 于 数 据 库 索 引 的 知 识 包 括 树 和 哈 希 \
	表 的 区 别 以 及 适 用 场 景; do
	type_text "$ch"
	wait_for "$ch\$"
	if bottom_line | grep -q $'\xef\xbf\xbd'; then
		soft_fail "typing a wide note: the prompt shows half a character: '$(bottom_line)'"
		break
	fi
done
keys Escape
wait_for '^ no check-in$'
quit_tui
