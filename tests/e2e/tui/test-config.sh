#!/usr/bin/env bash
# The config file in the TUI ($XDG_CONFIG_HOME/stride/config.yaml, issue
# 15): rebound keys drive it (t ticks, Space no longer does, C-u undoes)
# and the hints and help name them; the light theme and a colour of the
# file's own reach the terminal (the SGR sequences of a capture with
# escapes); week-start: sunday lays the Week view out from Sunday (golden
# screen); the editor of the file is the one the Week view's w runs; and
# a file with any kind of mistake still opens, on the defaults, with the
# mistake's line and column on the status line.
source "$(dirname "$0")/lib.sh"

CONFIG=$XDG_CONFIG_HOME/stride/config.yaml
mkdir -p "$(dirname "$CONFIG")"
stride import "$ROOT/tests/data/tui/week.yaml" >/dev/null || fail "import"

# ---- keys ----------------------------------------------------------------
cat >"$CONFIG" <<'EOF'
keys:
  tick: t
  undo: C-u
  this-week: T
  reflect: R
EOF
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
# what the screens say to press is the file's key
wait_for '^ Reflect on last week \(2025-W28\): press R$'
keys 3
wait_for '^ +1 ▾ '
# the first task of the checklist
keys j j
wait_selected '^ +[0-9]+ +\[ \] '
row=$(selected)
ref=$(printf '%s\n' "$row" | sed -n 's/^ *\([0-9][0-9]*\) .*/\1/p')
[ -n "$ref" ] || fail "no item under the cursor: '$row'"
list_item "$ref" | grep -q '"status":"todo"' || fail "item $ref is not todo: $(list_item "$ref")"
bottom_line | grep -q ' t tick ' || fail "the hints do not name t for tick: $(bottom_line)"
bottom_line | grep -q 'Space tick' && fail "the hints still name Space for tick: $(bottom_line)"
# Space is tick's default key: rebound, it ticks nothing
keys Space
settle
list_item "$ref" | grep -q '"status":"todo"' || fail "Space still ticks: $(list_item "$ref")"
keys t
wait_selected "^ +$ref +\[x\] "
wait_for "^ $ref is done \(C-u undoes it\)$"
list_item "$ref" | grep -q '"status":"done"' || fail "t did not tick $ref: $(list_item "$ref")"
keys C-u
wait_for '^ undid'
list_item "$ref" | grep -q '"status":"todo"' || fail "C-u did not undo: $(list_item "$ref")"
# the help screen names the keys of the file
keys '?'
wait_for 'tick: done, or todo again'
screen | grep -Eq '(^| )t +tick: done, or todo again' || soft_fail "help: t is not tick's key"
screen | grep -Eq 'C-u +undo the last change' || soft_fail "help: C-u is not undo's key"
keys Escape
wait_gone 'tick: done, or todo again'
quit_tui

# ---- colours ---------------------------------------------------------------
# the light theme: its status bar is white (231) on blue (25); the file's
# own colour for done items, bold magenta (5) on grey 236
cat >"$CONFIG" <<'EOF'
colors:
  theme: light
  done: bold magenta on 236
EOF
STRIDE_TODAY=2025-07-10 stride done 3 >/dev/null || fail "done 3"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 3
wait_for '^ +3 +\[x\] Install the toolchain'
codes=$(colour_codes | sort -u | tr '\n' ' ')
case " $codes " in *" 38;5;231 "*) ;; *) fail "light theme: no 38;5;231 (status bar's text): $codes" ;; esac
case " $codes " in *" 48;5;25 "*) ;; *) fail "light theme: no 48;5;25 (status bar's blue): $codes" ;; esac
case " $codes " in *" 48;5;236 "*) ;; *) fail "no 48;5;236 (the file's colour for done): $codes" ;; esac
# the done box is drawn in that colour: magenta on 236, and bold
line=$(screen_escapes | grep 'Install the toolchain')
printf '%s' "$line" | grep -Eq $'\033\\[[0-9;]*(35|38;5;5)[;m][^[]*\\[x\\]|\033\\[[0-9;]*48;5;236[;m][^[]*\\[x\\]' ||
	fail "the done box is not in the file's colour: $(printf '%q' "$line")"
# the dark theme (the default) has none of these
quit_tui
rm -f "$CONFIG"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
colour_codes | grep -qx '48;5;25' && fail "the default theme draws the light theme's blue"
colour_codes | grep -qx 46 || fail "the default theme's status bar is not on cyan (46): $(colour_codes | sort -u | tr '\n' ' ')"
quit_tui
# mono: attributes only; NO_COLOR: none either, whatever the file says
printf 'colors:\n  theme: mono\n' >"$CONFIG"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
[ -z "$(colour_codes)" ] || fail "mono theme: colours on the screen: $(colour_codes | sort -u | tr '\n' ' ')"
quit_tui
printf 'colors:\n  theme: light\n  done: red on blue\n' >"$CONFIG"
start_tui 100x30 NO_COLOR=1 stride
wait_for '^ Monday 14 July 2025$'
[ -z "$(colour_codes)" ] || fail "NO_COLOR: colours on the screen: $(colour_codes | sort -u | tr '\n' ' ')"
quit_tui
# an 8-colour terminal: the 256-colour 236 becomes one of the eight
if infocmp xterm >/dev/null 2>&1; then
	printf 'colors:\n  done: 196 on 236\n' >"$CONFIG"
	start_tui 100x30 TERM=xterm stride
	wait_for '^ Monday 14 July 2025$'
	keys 3
	wait_for '^ +3 +\[x\] Install the toolchain'
	colour_codes | grep -q '^38;5\|^48;5' && fail "TERM=xterm: 256-colour codes: $(colour_codes | sort -u | tr '\n' ' ')"
	colour_codes | grep -qx 31 || fail "TERM=xterm: 196 is not drawn as red (31): $(colour_codes | sort -u | tr '\n' ' ')"
	quit_tui
fi

# ---- the first day of the week --------------------------------------------
printf 'week-start: sunday\n' >"$CONFIG"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 4
wait_for '^ Week 2025-W29 · 2025-07-13 to 2025-07-19 \(this week\)$'
expect_screen config-week-sunday
keys '['
wait_for '^ Week 2025-W28 · 2025-07-06 to 2025-07-12$'
quit_tui

# ---- the editor --------------------------------------------------------------
cat >"$T/config-editor" <<'EOS'
#!/bin/sh
echo "$0 $*" >"$HOME/editor.ran"
for f; do :; done # the file is the last argument
sed 's/^## What did I learn?$/&\nFrom the config file'"'"'s editor./' "$f" >"$f.new" && mv "$f.new" "$f"
EOS
cat >"$T/env-editor" <<'EOS'
#!/bin/sh
echo "the environment's editor ran" >"$HOME/env.ran"
exit 1
EOS
chmod +x "$T/config-editor" "$T/env-editor"
printf 'editor: %s --from-config\n' "$T/config-editor" >"$CONFIG"
start_tui 100x30 EDITOR="$T/env-editor" VISUAL="$T/env-editor" stride
wait_for '^ Monday 14 July 2025$'
keys 4
wait_for '^ Week 2025-W29'
keys w
wait_for '^ the reflection is saved$'
wait_for "^     From the config file's editor\.$"
quit_tui
grep -q -- '--from-config' "$HOME/editor.ran" || fail "the config's editor was not run with its argument"
[ -e "$HOME/env.ran" ] && fail "\$EDITOR ran over the config file's editor"

# ---- the default plan ----------------------------------------------------------
# another plan imported is the current one; the file's plan is what opens
stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null 2>&1 || fail "import backend"
start_tui 100x30 stride
wait_for '^ Mid-Level Backend Roadmap'
quit_tui
printf 'plan: weeks\n' >"$CONFIG"
start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
wait_for '^ Three weeks of C · phase 1 of 1'
quit_tui
# a plan the store does not have: said, and the current plan opens
printf 'plan: nosuch\n' >"$CONFIG"
start_tui 100x30 stride
wait_for "^ no plan 'nosuch' in the store \\(the config file's plan, ~/\\.config/stride/config\\.yaml:1\\)$"
quit_tui
stride use weeks >/dev/null || fail "stride use weeks"

# ---- mistakes: the TUI opens on the defaults and says where -----------------
check_bad()
{
	local what=$1 where=$2
	cp "$ROOT/tests/data/config/bad-$what.yaml" "$CONFIG"
	stride config --check >/dev/null 2>&1
	[ $? = 65 ] || fail "$what: stride config --check does not exit 65"
	start_tui 100x30 stride
	wait_for '^ Monday 14 July 2025$'
	wait_for "^ config errors, running with the defaults: ~/\\.config/stride/config\\.yaml:$where: "
	# and the defaults are in effect: q quits, the week starts on Monday
	keys 4
	wait_for '^ Week 2025-W29 · 2025-07-14 to 2025-07-20 \(this week\)$'
	quit_tui
}
check_bad syntax 3:7
check_bad unknown-key 2:1
check_bad colour 3:9
check_bad key-name 2:9
check_bad request 3:3
check_bad weekday 2:13
check_bad time 2:16
