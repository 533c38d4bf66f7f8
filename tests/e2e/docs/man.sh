#!/bin/sh
# The man pages (docs/*.1, docs/*.5): each is formatted by groff without
# a warning (skipped, with a note, where groff is not installed), and
# docs/stride-plan.5 is what tools/md2man makes of docs/plan-format.md
# today (after editing the Markdown: make man).
set -u
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root" || exit 1
failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stride-man.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

tools/md2man stride-plan 5 "the stride plan file format, version 1" \
	<docs/plan-format.md >"$tmp/stride-plan.5" || failed=1
if ! cmp -s "$tmp/stride-plan.5" docs/stride-plan.5; then
	echo "FAIL: docs/stride-plan.5 is not what tools/md2man makes of docs/plan-format.md ('make man'):" >&2
	diff -u docs/stride-plan.5 "$tmp/stride-plan.5" | head -20 >&2
	failed=1
fi

# every request a key can be bound to (REQ_INFO in src/ui/ui.h, less a
# click and a digit) is named in stride-config(5)
for req in $(sed -n 's/^[[:space:]]*_([A-Z_]*, "\([a-z-]*\)".*/\1/p' src/ui/ui.h); do
	case $req in click | digit) continue ;; esac
	roff=$(printf '%s' "$req" | sed 's/-/\\\\-/g')
	if ! grep -q "^\.B $roff\$\|^\.BR .*\b$roff\b" docs/stride-config.5; then
		echo "FAIL: docs/stride-config.5 does not name the request '$req' (KEYS)" >&2
		failed=1
	fi
done

if command -v groff >/dev/null 2>&1; then
	for page in docs/*.1 docs/*.5; do
		# -k: preconv, for the pages' UTF-8; -ww: every warning
		warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1)
		if [ -n "$warnings" ]; then
			echo "FAIL: $page: $warnings" >&2
			failed=1
		fi
		# the page says something: its NAME and more than a screenful
		lines=$(groff -k -man -Tutf8 "$page" 2>/dev/null | wc -l)
		[ "$lines" -gt 40 ] || { echo "FAIL: $page formats to $lines lines" >&2; failed=1; }
	done
else
	echo "  docs: groff is not installed: the man pages are not formatted" >&2
fi
[ $failed = 0 ] && echo "  DOCS   the man pages"
exit $failed
