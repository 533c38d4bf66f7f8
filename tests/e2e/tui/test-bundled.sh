#!/usr/bin/env bash
# Every bundled plan (plans/*.yaml) imports and opens in the TUI: `stride
# FILE.yaml` shows Today with the plan's title in the status bar, the
# Checklist shows its first phase, the Timeline charts it (or lists it in
# the backlog when it has no dates), at 100x30, and it quits cleanly with
# nothing on stderr. Today is each plan's first day (or the default day
# for a plan without dates), so that every view has something to show.
source "$(dirname "$0")/lib.sh"

n=0
for plan in "$ROOT"/plans/*.yaml; do
	name=$(basename "$plan" .yaml)
	json=$(stride lint --json "$plan" | tr -d '\n\t')
	title=$(grep -o '"title":"[^"]*"' <<<"$json" | head -1 | cut -d'"' -f4 | cut -c1-20)
	first=$(grep -o '"phases":\[{"id":"[^"]*","key":"[^"]*","title":"[^"]*"' <<<"$json" |
		head -1 | sed 's/.*"title":"//; s/"$//' | cut -c1-20)
	start=$(grep -o '"start":[^,]*' <<<"$json" | head -1 | cut -d: -f2 | tr -d '"')
	[ -n "$title" ] && [ -n "$first" ] || fail "$name: no title or first phase in lint --json"
	day=2025-07-14
	[ "$start" != null ] && day=$start
	STRIDE_TODAY=$day start_tui 100x30 stride "$plan"
	wait_for "^ $(printf '%s' "$title" | sed 's/[][\.*^$()+?{}|]/\\&/g')"
	keys 3
	wait_for "$(printf '%s' "$first" | sed 's/[][\.*^$()+?{}|]/\\&/g')"
	keys 2
	if [ "$start" = null ]; then
		wait_for '^ No phase has dates'
		wait_for '^ Backlog: phases without dates$'
	else
		wait_for '▼'
		wait_for '█|░'
	fi
	# the import report (and lint warnings) on stderr, before the screen; nothing else
	keys q
	wait_exit
	[ "$TUI_STATUS" = 0 ] || fail "$name: stride ended with status $TUI_STATUS"
	grep -v -e '^imported ' -e ': warning: ' "$TUI_STDERR" | grep . && fail "$name: stderr: $(cat "$TUI_STDERR")"
	n=$((n + 1))
done
[ "$n" -ge 5 ] || fail "only $n bundled plans"
