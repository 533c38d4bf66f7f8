Progress that travels (issue 13): `stride export [PLAN] [-o FILE]` writes
a store's progress as one JSON document and `stride restore FILE
[--dry-run]` merges one into a store, by event id. Today is Monday
2025-07-14 (STRIDE_TODAY); the plan is data/reflect/weekly.yaml (three
prompts, two rated skills).

  $ cp data/reflect/weekly.yaml weekly.yaml
  $ stride import weekly.yaml > /dev/null
  $ stride log 1h --date 2025-07-12 > /dev/null
  $ stride done 2 4 > /dev/null
  $ stride note 3 -m "the second half is dense" > /dev/null
  $ stride start 3 > /dev/null
  $ stride skip 6 > /dev/null
  $ stride undo > /dev/null
  $ stride shift 3d > /dev/null
  $ stride reflect -m "Shipped the first endpoint." > /dev/null
  $ stride rate node 3 > /dev/null
  $ a() { stride "$@"; }
  $ b() { stride --db b.db "$@"; }
  $ snap() { cksum < "$1"; }

The document: its format, the plan with its file's text, every event with
its id and clock, the reflection, the rating:

  $ a export -o a.json
  exported 1 plan, 8 events, 1 reflection and 1 rating to a.json
  $ grep -c '"id":' a.json
  9
  $ grep -o '"stride_export":[^,]*' a.json | tr -d '\t'
  "stride_export":1
  $ grep -o '"type":[^,]*' a.json | tr -d '\t"' | sort | uniq -c | sed 's/^ *//'
  1 type:log
  1 type:move
  1 type:note
  4 type:status
  1 type:undo
  $ grep -c '"text":.*stride: 1' a.json
  1

Into an empty store: the same progress, and its export the same bytes;
restoring again adds nothing:

  $ b restore a.json
  added 8 of 8 events, 1 of 1 reflection, 1 of 1 rating; 1 new plan
  $ b export -o b.json
  exported 1 plan, 8 events, 1 reflection and 1 rating to b.json
  $ cmp a.json b.json && echo identical
  identical
  $ a list --json > a-list.json; b list --json > b-list.json; cmp a-list.json b-list.json && echo same items
  same items
  $ b status | sed -n 2,4p
  Dates: started 2025-07-02; the file says 2025-07-02; shifted 3 days later: ends 2025-08-08
  Phase 1 of 2: Basics, 2025-07-02 to 2025-07-18
  Done: 25% (2 of 8); 5 days behind schedule (47% of the dated items expected by today)
  $ b review | grep -e 'Shipped' -e 'node'
  Shipped the first endpoint.
  $ b restore a.json
  added 0 of 8 events, 0 of 1 reflection, 0 of 1 rating (the store has all of it already)
  $ b export | cmp - a.json && echo still identical
  still identical

Undo in the restored store takes back the last step, the shift:

  $ b undo
  undid   stride shift: the plan's dates are as they were before
  $ b restore a.json
  added 0 of 8 events, 0 of 1 reflection, 0 of 1 rating (the store has all of it already)
  $ b status | sed -n 2p
  Phase 1 of 2: Basics, 2025-07-02 to 2025-07-15

Two stores that go on apart, each restoring the other's export, end with
the same progress: a status is the latest change by the events' clocks,
time adds up, a note is the latest put:

  $ a done 5 > /dev/null
  $ a log 30m 8 > /dev/null
  $ b note 5 -m "from b" > /dev/null
  $ b skip 5 > /dev/null
  $ b log 20m 8 > /dev/null
  $ a reset 5 > /dev/null
  $ a export -o a2.json 2> /dev/null; b export -o b2.json 2> /dev/null
  $ a restore b2.json
  added 4 of 12 events, 0 of 1 reflection, 0 of 1 rating
  $ b restore a2.json
  added 3 of 11 events, 0 of 1 reflection, 0 of 1 rating
  $ a list --json > a-list.json; b list --json > b-list.json; cmp a-list.json b-list.json && echo same items
  same items
  $ a export | cmp - <(b export) && echo same export
  same export
  $ a list 5 | head -n 1
   5  [ ] Set up the toolchain
  $ a list --json | tr -d '\t' | grep -o '"ref":8,.*"minutes":[0-9]*' | grep -o '"minutes":[0-9]*'
  "minutes":50
  $ a list --json | tr -d '\t' | grep -o '"ref":5,.*"note":"[^"]*"' | grep -o '"note":"[^"]*"'
  "note":"from b"

A plan whose file is not on this machine comes back from the export's
text, and its export is the same again:

  $ mv weekly.yaml gone.yaml
  $ stride --db c.db restore a.json
  added 8 of 8 events, 1 of 1 reflection, 1 of 1 rating; 1 new plan
  $ stride --db c.db status | head -n 1
  Backend practice (weekly)
  $ stride --db c.db export | cmp - a.json && echo identical
  identical
  $ mv gone.yaml weekly.yaml

A dry run says what would be added and changes nothing:

  $ a export -o a3.json 2> /dev/null
  $ stride --db d.db restore a.json > /dev/null
  $ before=$(snap d.db)
  $ stride --db d.db restore --dry-run a3.json
  would add 7 of 15 events, 1 of 1 reflection, 1 of 1 rating
  $ [ "$(snap d.db)" = "$before" ] && echo unchanged
  unchanged

Bad input: a newer format, text that is not JSON, not an export, an event
of a plan neither has, an event that is not one, a file that is not
there. Each says what is wrong, and the store is as it was (a store that
did not exist is not left behind):

  $ before=$(snap b.db)
  $ sed 's/"stride_export":\t1/"stride_export":\t2/' a.json > newer.json
  $ b restore newer.json
  stride: newer.json is an export of format 2; this stride reads format 1: restore it with a newer stride
  [65]
  $ head -c 300 a.json > cut.json
  $ b restore cut.json
  stride: cut.json:7:13: not valid JSON: is it an export made by 'stride export'?
  [65]
  $ echo '{"plans": []}' > other.json
  $ b restore other.json
  stride: other.json is not a stride export (no "stride_export" format number): 'stride export' makes one
  [65]
  $ sed 's/"plan":\t"weekly"/"plan":\t"nosuch"/' a.json > unknown.json
  $ stride --db e.db restore unknown.json
  stride: unknown\.json: event 1 \([0-9a-f]*\) names the plan 'nosuch', which neither the export nor this store has (re)
  [65]
  $ sed '0,/"clock":/s/"clock":\t"[0-9]*"/"clock":\t"soon"/' a.json > badclock.json
  $ b restore badclock.json
  stride: badclock.json: event 1 is not one an export has (an id of 32 hex digits, clock, device, plan, item, type, at, day, batch, a move's undo rows; text safe to show)
  [65]
  $ b restore nosuch.json
  stride: cannot read nosuch.json: No such file or directory
  [1]
  $ [ "$(snap b.db)" = "$before" ] && echo unchanged
  unchanged
  $ ls e.db* 2>&1 | head -n 1
  ls: cannot access 'e.db*': No such file or directory

Nor the directories made for it:

  $ stride --db new/dirs/e.db restore unknown.json 2>/dev/null
  [65]
  $ ls -d new 2>&1
  ls: cannot access 'new': No such file or directory
  [2]
  $ mkdir old && stride --db old/more/e.db restore unknown.json 2>/dev/null
  [65]
  $ ls -A old

Undo after a restore takes back the last change, and leaves the item as
the changes not undone say, as a restore would: here the last change is
g's skip, made beside f's done, so the item is done again (not to do, as
it was on g before the skip), and stays so on both stores:

  $ f() { stride --db f.db "$@"; }
  $ g() { stride --db g.db "$@"; }
  $ f import weekly.yaml > /dev/null; g import weekly.yaml > /dev/null
  $ f done 3 > /dev/null
  $ f note 4 -m "from f" > /dev/null
  $ g skip 3 > /dev/null
  $ g note 4 -m "from g" > /dev/null
  $ f export -o f.json 2> /dev/null; g export -o g.json 2> /dev/null
  $ f restore g.json > /dev/null; g restore f.json > /dev/null
  $ g undo
  undid   note   4  Promise exercises
  $ g undo
  undid   skip   3  Read the streams chapter  (done again)
  $ f export -o f.json 2> /dev/null; g export -o g.json 2> /dev/null
  $ f restore g.json > /dev/null; g restore f.json > /dev/null
  $ f list --json > f-list.json; g list --json > g-list.json; cmp f-list.json g-list.json && echo same items
  same items
  $ g list 3 | head -n 1
   3  [x] Read the streams chapter
  $ g list --json | tr -d '\t' | grep -o '"ref":4,.*"note":"[^"]*"' | grep -o '"note":"[^"]*"'
  "note":"from f"

A rating taken away (0) travels too: restored, the resource is not rated:

  $ cp data/resources/library.yaml library.yaml
  $ stride --db h.db import library.yaml > /dev/null
  $ stride --db h.db resource ddia --rating 4 > /dev/null
  $ stride --db h.db resource ddia --rating 0 > /dev/null
  $ stride --db h.db export -o h.json 2> /dev/null
  $ stride --db i.db restore h.json > /dev/null
  $ stride --db i.db resource ddia --json | tr -d '\t' | grep '"rating"'
  "rating":null,
  $ stride --db i.db export | cmp - h.json && echo identical
  identical
