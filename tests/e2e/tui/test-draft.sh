#!/usr/bin/env bash
# A draft from a Markdown roadmap, opened with `stride draft.yaml`: the
# tasks ticked in the Markdown (x-done: true) come in as to do, and the
# status line says how to mark them done (so does stderr, which the person
# sees when they quit); after `stride import --mark-done` the Checklist
# shows them ticked.
source "$(dirname "$0")/lib.sh"

cat >"$HOME/roadmap.md" <<'MD'
# Learn Go

## Week 1
- [x] Install Go
- [ ] Tour of Go
- [x] Hello world
MD
stride md2yaml "$HOME/roadmap.md" -o "$HOME/draft.yaml" 2>/dev/null || fail "md2yaml"

TUI_CWD=$HOME start_tui 100x30 stride draft.yaml
wait_for "^ 2 tasks marked x-done: 'stride import --mark-done draft.yaml' marks them done$"
keys 3
wait_for '^[0-9 ]+\[ \] Install Go'
wait_for '^[0-9 ]+\[ \] Hello world'
keys q
wait_exit
[ "$TUI_STATUS" = 0 ] || fail "stride ended with status $TUI_STATUS after q"
grep -qx "stride: 2 tasks of draft.yaml are marked x-done: true (ticked in the Markdown); 'stride import --mark-done draft.yaml' marks them done" \
	"$TUI_STDERR" || fail "stderr does not make the offer: $(cat "$TUI_STDERR")"
[ "$(tui_stderr | grep -vc 'x-done')" = 0 ] || fail "stride wrote to stderr: $(cat "$TUI_STDERR")"

(cd "$HOME" && stride import --mark-done draft.yaml) >/dev/null || fail "import --mark-done"
TUI_CWD=$HOME start_tui 100x30 stride draft.yaml
keys 3
wait_for '^[0-9 ]+\[x\] Install Go'
wait_for '^[0-9 ]+\[ \] Tour of Go'
wait_for '^[0-9 ]+\[x\] Hello world'
# the offer is made on a plan's first import only
[ -z "$(bottom_line | grep x-done)" ] || fail "the offer came again: $(bottom_line)"
quit_tui
