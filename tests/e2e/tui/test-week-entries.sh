#!/usr/bin/env bash
# The Week view's time entries (T): the week's entries listed in the
# tasks' place, with their ids, days, minutes, items and notes; l corrects
# one (stride log --edit), x takes one out once confirmed (stride log
# --delete); u undoes each; T shows the tasks again.
source "$(dirname "$0")/lib.sh"

stride import "$ROOT/plans/backend-roadmap.yaml" >/dev/null || fail "import"
stride log 40m 3 -m "the event loop" --date 2025-07-14 >/dev/null || fail "log on 3"
stride log 25m >/dev/null || fail "log on the plan"
stride log 30m 2 --date 2025-07-09 >/dev/null || fail "log last week"
id3=$(stride log --list 3 | awk 'NR == 2 { print $1 }')
idp=$(stride log --list --day 2025-07-14 | awk 'NR == 3 { print $1 }')
[ ${#id3} = 8 ] && [ ${#idp} = 8 ] || fail "the entries' ids: '$id3' '$idp'"

start_tui 100x30 stride
wait_for '^ Monday 14 July 2025$'
keys 4
wait_for '^ Week 2025-W29'
keys T
wait_for '^ Time entries \(2\): l corrects one, x takes it out, T the tasks again$'
wait_for "^   $id3  Mon     40m  3 Diagram Node event-loop vs libuv thread-pool  \(the event loop\)$"
wait_for "^   $idp  Mon     25m  the plan$"
# last week's entry is not this week's
screen | grep -q '30m  2 Read' && fail "last week's entry shows: $(screen)"
selected | grep -q "$id3" || fail "the first entry is not selected: '$(selected)'"

# l: 40m becomes 55m; the item's time follows, u undoes it
keys l
wait_for "Correct $id3 \(40 min\) to:"
keys C-u
type_text 55m
keys Enter
wait_for "^ $id3 corrected: 55 min, was 40 \(u undoes it\)$"
wait_for '55m  3 Diagram Node event-loop'
list_item 3 | grep -q '"minutes":55,' || fail "item 3 after the edit: $(list_item 3)"
keys u
wait_for "^   $id3  Mon     40m  3 Diagram Node"
list_item 3 | grep -q '"minutes":40,' || fail "item 3 after undo: $(list_item 3)"

# x: the plan's 25 minutes taken out, once confirmed (n: nothing)
keys j
wait_selected "$idp"
keys x
wait_for "Take out $idp, 25 min on the plan\? y takes it out"
keys n
wait_for '^ nothing changed$'
keys x
wait_for "Take out $idp"
keys y
wait_for "^ $idp taken out: 25 min \(u undoes it\)$"
wait_for '^ Time entries \(1\)'
stride log --list | grep -q "$idp" && fail "the entry is still in stride log --list"
keys u
wait_for '^ Time entries \(2\)'
stride log --list | grep -q "$idp" || fail "undo did not bring the entry back"

# T: the tasks again
keys T
wait_gone '^ Time entries'
quit_tui
