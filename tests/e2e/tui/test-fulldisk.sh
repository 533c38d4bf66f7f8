#!/usr/bin/env bash
# The store on a disk with no byte left (a tmpfs of its own, filled up):
# the TUI opens it and shows the plan as it is; a tick says on the bottom
# line that the disk is full and nothing was recorded, and the store is
# then as it was. Mounting needs root: skipped without it.
source "$(dirname "$0")/lib.sh"

if [ "$(id -u)" -ne 0 ]; then
	echo "$TEST_NAME: not root, cannot mount a tmpfs: skipped"
	exit 77
fi
mkdir -p "$T/disk"
if ! mount -t tmpfs -o size=2m,mode=0755 tmpfs "$T/disk" 2>"$T/mount.err"; then
	echo "$TEST_NAME: cannot mount a tmpfs ($(head -n 1 "$T/mount.err")): skipped"
	exit 77
fi
# (lazily: the TUI may still hold the store when this runs)
trap 'rc=$?; umount -l "$T/disk" 2>/dev/null; (exit $rc); _cleanup' EXIT

export STRIDE_DB=$T/disk/stride.db
stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "cannot import the bundled plan"
stride done 2 >/dev/null || fail "cannot tick a task"
before=$(stride list --json) || fail "stride list --json fails before the disk fills up"
dd if=/dev/zero of="$T/disk/filler" bs=4k status=none 2>/dev/null
dd if=/dev/zero of="$T/disk/filler2" bs=1k status=none 2>/dev/null
[ "$(df -k --output=avail "$T/disk" | tail -n 1 | tr -d ' ')" = 0 ] ||
	fail "the tmpfs has room left: $(df -k "$T/disk" | tail -n 1)"

start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
wait_for 'Mid-Level Backend Roadmap'
keys 3
wait_for '^  1 ▾ Language & Runtime Mastery'
keys j j
wait_selected '\[ \] '
keys Space
wait_for 'disk holding .*stride\.db is full: nothing was recorded' 10
quit_tui

after=$(stride list --json) || fail "stride list --json fails on the full disk"
[ "$before" = "$after" ] || fail "the store changed: $(diff <(echo "$before") <(echo "$after") | head -n 4)"
