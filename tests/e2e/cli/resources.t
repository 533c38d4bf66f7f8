stride resources and stride resource: the plan's library, and the status,
rating and note a person keeps on each resource. Today is Monday
2025-07-14 (STRIDE_TODAY). The plan is data/resources/library.yaml: five
resources in its library and two declared inline in tasks.

With no plan yet:

  $ stride resources
  stride: no plans yet: import one with 'stride import FILE' (the bundled plans are in plans/)
  [1]
  $ stride resource ddia --status done
  stride: no plans yet: import one with 'stride import FILE' (the bundled plans are in plans/)
  [1]

  $ cp data/resources/library.yaml library.yaml
  $ stride import library.yaml
  imported library: 2 phases, 2 week blocks, 5 tasks, 0 criteria, 0 deliverables, 7 resources


The library
-----------

The plan-wide resources first, in file order, then the inline ones; each
with its number, status, rating, kind, title and author, and under it the
items of the plan that name it:

  $ stride resources
  library: Databases, from the books
  7 resources: 0 done, 0 doing, 7 to do
  
  ref  status  rating  kind      title (by)
   12  todo    -       book      Designing Data-Intensive Applications (Martin Kleppmann)
                                 used in: Storage engines (1), Read chapter 3 (3), Read chapter 7 (6)
   13  todo    -       docs      PostgreSQL documentation
                                 used in: Indexes (2)
   14  todo    -       video     Simple Made Easy (Rich Hickey)
                                 used in: Read chapter 7 (6), Watch the talk (8)
   15  todo    -       book      The Art of Computer Programming, Volume 3, Sorting and Searching (Donald E. Knuth)
                                 used nowhere in the plan
   16  todo    -       -         Scratch notes
                                 used nowhere in the plan
   10  todo    -       article   Use The Index, Luke (Markus Winand)
                                 used in: B-tree internals (4)
   11  todo    -       book      データベース設計の本 (山田太郎)
                                 used in: Sketch a schema (9)

As JSON, an object a resource (the fields are in man stride):

  $ stride resources --json | head -n 32
  [{
  		"ref":	12,
  		"key":	"ddia",
  		"title":	"Designing Data-Intensive Applications",
  		"kind":	"book",
  		"by":	"Martin Kleppmann",
  		"url":	"https://dataintensive.net",
  		"plan_notes":	"Chapters 3 and 7 first.",
  		"inline":	false,
  		"archived":	false,
  		"status":	"todo",
  		"status_date":	null,
  		"rating":	null,
  		"note":	null,
  		"used_in":	[{
  				"ref":	1,
  				"key":	"storage",
  				"kind":	"phase",
  				"title":	"Storage engines"
  			}, {
  				"ref":	3,
  				"key":	"ch3",
  				"kind":	"task",
  				"title":	"Read chapter 3"
  			}, {
  				"ref":	6,
  				"key":	"ch7",
  				"kind":	"task",
  				"title":	"Read chapter 7"
  			}]
  	}, {
  		"ref":	13,
  $ stride resources --json | grep -c '^		"ref":'
  7


One resource
------------

By number, key (an explicit id, or the key path of an inline one), or
part of a title that one resource has:

  $ stride resource 12
  12  Designing Data-Intensive Applications
    kind:     book
    by:       Martin Kleppmann
    url:      https://dataintensive.net
    key:      ddia (the plan's library)
    status:   todo
    rating:   not rated
    used in:  1 Storage engines (phase)
              3 Read chapter 3 (task)
              6 Read chapter 7 (task)
    from the plan:
      Chapters 3 and 7 first.
  $ stride resource storage/week-1/b-tree-internals/use-the-index-luke
  10  Use The Index, Luke
    kind:     article
    by:       Markus Winand
    url:      https://use-the-index-luke.com/
    key:      storage/week-1/b-tree-internals/use-the-index-luke (in 4 B-tree internals)
    status:   todo
    rating:   not rated
    used in:  4 B-tree internals (task)
  $ stride resource LUKE
  10  Use The Index, Luke
    kind:     article
    by:       Markus Winand
    url:      https://use-the-index-luke.com/
    key:      storage/week-1/b-tree-internals/use-the-index-luke (in 4 B-tree internals)
    status:   todo
    rating:   not rated
    used in:  4 B-tree internals (task)

Titles are searched, not authors:

  $ stride resource knuth
  stride: no resource of library matches 'knuth': give a number or a key from 'stride resources', or part of a title
  [2]

PLAN:REF names a resource of another plan (here the same one):

  $ stride resource library:talk
  14  Simple Made Easy
    kind:     video
    by:       Rich Hickey
    url:      https://www.infoq.com/presentations/Simple-Made-Easy/
    key:      talk (the plan's library)
    status:   todo
    rating:   not rated
    used in:  6 Read chapter 7 (task)
              8 Watch the talk (task)

A fragment that several titles hold lists them and changes nothing; a
number or key of something else, or nothing at all, is an error:

  $ stride resource the
  stride: 'the' matches 2 resources of library; give the number of the one you mean:
       15  The Art of Computer Programming, Volume 3, Sorting and Searching  (taocp)
       10  Use The Index, Luke  (storage/week-1/b-tree-internals/use-the-index-luke)
  [2]
  $ stride resource 3
  stride: 3 Read chapter 3 is a task, not a resource ('stride resources' lists them)
  [2]
  $ stride resource storage
  stride: 1 Storage engines is a phase, not a resource ('stride resources' lists them)
  [2]
  $ stride resource 99
  stride: library has no resource 99 ('stride resources' lists them)
  [2]
  $ stride resource compilers
  stride: no resource of library matches 'compilers': give a number or a key from 'stride resources', or part of a title
  [2]
  $ stride resource nosuch:ddia
  stride: no resource of library matches 'nosuch:ddia': give a number or a key from 'stride resources', or part of a title
  [2]


Status, rating, note
--------------------

Each option is a line of the report; the changes of one command are one
step for undo:

  $ stride resource ddia --status doing --rating 4 -m "Chapter 3 twice: the LSM part is dense."
  status  12  Designing Data-Intensive Applications: doing (was todo)
  rating  12  Designing Data-Intensive Applications: 4/5 (was not rated)
  noted   12  Designing Data-Intensive Applications
  $ stride resource ddia --status doing
  status  12  Designing Data-Intensive Applications: doing (already)
  $ stride resource ddia -m "Chapter 7 next."
  noted   12  Designing Data-Intensive Applications
  $ stride resource 12 | tail -n 8
              3 Read chapter 3 (task)
              6 Read chapter 7 (task)
    from the plan:
      Chapters 3 and 7 first.
    your note:
      Chapter 3 twice: the LSM part is dense.
  
      Chapter 7 next.
  $ stride undo
  undid   note   12  Designing Data-Intensive Applications
  $ stride undo
  undid   note   12  Designing Data-Intensive Applications
  undid   rating 12  Designing Data-Intensive Applications  (not rated again)
  undid   status 12  Designing Data-Intensive Applications  (todo again)
  $ stride resource ddia --json | grep -E '"(status|status_date|rating|note)"'
  	"status":	"todo",
  	"status_date":	null,
  	"rating":	null,
  	"note":	null,

A rating of 0 takes the rating away:

  $ stride resource talk --rating 5
  rating  14  Simple Made Easy: 5/5 (was not rated)
  $ stride resource talk --rating 0
  rating  14  Simple Made Easy: not rated (was 5/5)
  $ stride undo
  undid   rating 14  Simple Made Easy  (5/5 again)

A resource is done when you say so, whatever the tasks that use it:

  $ STRIDE_TODAY=2025-07-16 stride resource pg-docs --status done
  status  13  PostgreSQL documentation: done (was todo)
  $ stride resource pg-docs | grep status
    status:   done since 2025-07-16
  $ stride list 2
   2  Indexes  2025-07-07..2025-07-13  [0/2]
   3    [ ] Read chapter 3  (1 day late)
   4    [ ] B-tree internals  (1 day late)
  $ stride resources | head -n 2
  library: Databases, from the books
  7 resources: 1 done, 0 doing, 6 to do

The week's review lists it with what was done:

  $ stride review | grep -A 4 '^## Done'
  ## Done
  
  ### Outside the phases
  
  - resource: PostgreSQL documentation (13)

With --json, the resource after the change:

  $ stride resource scratch --rating 2 --json | grep -E '"(ref|rating)"'
  	"ref":	16,
  	"rating":	2,


Mistakes change nothing
-----------------------

  $ stride resource ddia --status skipped
  stride resource: a resource's status is todo, doing or done; got 'skipped'
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia --status finished
  stride resource: a resource's status is todo, doing or done; got 'finished'
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia --rating 6
  stride resource: the rating is a whole number from 1 to 5, or 0 to take it away; got '6'
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia --rating seven
  stride resource: the rating is a whole number from 1 to 5, or 0 to take it away; got 'seven'
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia --rating -1
  stride resource: the rating is a whole number from 1 to 5, or 0 to take it away; got '-1'
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia --rating
  stride resource: --rating needs a value
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia -m "   "
  stride resource: the note is empty
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia talk
  stride resource: unexpected 'talk' (one resource at a time; quote a note of several words)
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource
  stride resource: no resource given
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ""
  stride resource: no resource given
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia --status
  stride resource: --status needs a value
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource ddia --bogus
  stride resource: unknown option '--bogus'
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json] (see 'stride help resource')
  [2]
  $ stride resource 3 --rating 4
  stride: 3 Read chapter 3 is a task, not a resource ('stride resources' lists them)
  [2]
  $ stride resources --bogus
  stride resources: unknown option '--bogus'
  usage: stride resources [--all] [--json] [PLAN] (see 'stride help resources')
  [2]
  $ stride resources nosuch
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]
  $ stride resource ddia --json | grep -E '"(status|rating)"'
  	"status":	"todo",
  	"rating":	null,

The last step is still the rating of scratch:

  $ stride undo
  undid   rating 16  Scratch notes  (not rated again)


Through re-syncs
----------------

A resource taken out of the plan file is archived with its status, rating
and note; --all lists it; it comes back with them when it is back:

  $ stride resource talk --status done --rating 5 -m "Watch it twice."
  status  14  Simple Made Easy: done (was todo)
  rating  14  Simple Made Easy: 5/5 (already)
  noted   14  Simple Made Easy
  $ grep -v -e 'id: talk' -e 'title: Simple Made Easy' -e 'kind: video' -e 'by: Rich Hickey' -e 'Simple-Made-Easy' library.yaml | sed 's/ddia, talk/ddia/; s/resources: \[talk\]/tags: [talk]/' >short.yaml && mv short.yaml library.yaml
  $ stride resources | head -n 2
  stride: .*/home/library\.yaml changed; synced library: 1 removed (re)
    removed   talk  Simple Made Easy  (archived with its progress)
  library: Databases, from the books
  6 resources: 1 done, 0 doing, 5 to do
  $ stride resources --all | tail -n 3
  archived (no longer in the plan file):
   14  done    5/5     video     Simple Made Easy (Rich Hickey)  (archived)
                                 used nowhere in the plan
  $ stride resource talk
  14  Simple Made Easy
    kind:     video
    by:       Rich Hickey
    url:      https://www.infoq.com/presentations/Simple-Made-Easy/
    key:      talk (the plan's library)
    archived: no longer in the plan file (kept with your status, rating and note)
    status:   done since 2025-07-14
    rating:   5/5
    used in:  nothing in the plan
    your note:
      Watch it twice.
  $ cp data/resources/library.yaml library.yaml
  $ stride resource talk | grep -E 'status|rating|used in'
  stride: .*/home/library\.yaml changed; synced library: 1 restored (re)
    restored  talk  Simple Made Easy  (with its progress)
    status:   done since 2025-07-14
    rating:   5/5
    used in:  6 Read chapter 7 (task)


Undo
----

  $ stride undo
  undid   note   14  Simple Made Easy
  undid   status 14  Simple Made Easy  (todo again)
  $ stride resource talk | grep -E 'status|rating'
    status:   todo
    rating:   5/5


A store of an older stride
--------------------------

data/store/v2.db was written by the stride of schema 2 with the same plan
(tests/unit/test_store.c says how): the first command brings it to schema
3, with what it held:

  $ cp data/store/v2.db old.db
  $ stride --db old.db resources | head -n 6
  library: Databases, from the books
  7 resources: 0 done, 0 doing, 7 to do
  
  ref  status  rating  kind      title (by)
   12  todo    -       book      Designing Data-Intensive Applications (Martin Kleppmann)
                                 used in: Storage engines (1), Read chapter 3 (3), Read chapter 7 (6)
  $ stride --db old.db resource ddia | tail -n 2
    your note:
      Chapter 3 twice: the LSM part is dense.
  $ stride --db old.db list 2
   2  Indexes  2025-07-07..2025-07-13  [1/2]
   3    [x] Read chapter 3
   4    [ ] B-tree internals  (1 day late)
  $ stride --db old.db resource ddia --rating 3
  rating  12  Designing Data-Intensive Applications: 3/5 (was not rated)
  $ stride --db old.db undo
  undid   rating 12  Designing Data-Intensive Applications  (not rated again)
  $ stride --db old.db undo
  undid   log    3  Read chapter 3  (45 min)


Help
----

  $ stride help resources
  usage: stride resources [--all] [--json] [PLAN]
  
  the plan's library: status, rating and where each is used
  
  Lists the resources of the current plan (or PLAN): its library,
  then the resources declared in its phases, week blocks and tasks.
  Each has its number, your status (todo, doing, done), your rating
  (1 to 5, - when not rated), its kind, title and author, and under
  them the items of the plan that use it. 'stride resource REF'
  shows one in full and changes what you keep on it.
  
  options:
    --all    also the resources no longer in the plan file (archived,
             with your status, rating and note)
    --json   one JSON array, an object a resource (see man stride)
  $ stride help resource
  usage: stride resource REF [--status S] [--rating N] [-m NOTE] [--json]
  
  one resource: its details, or set its status, rating, note
  
  Without options, shows the resource: kind, author, url, your
  status, rating and note, the plan's notes and where the plan uses
  it. With options, sets what you keep on it; the changes of one
  command are one step for 'stride undo', and a bad value changes
  nothing.
  
  REF is a number from 'stride resources', a key (the resource's id,
  or its key path when it has none), part of a title that only one
  resource has, or PLAN:REF for another plan.
  
  options:
    --status S          todo, doing or done
    --rating N          1 to 5; 0 takes the rating away
    -m, --message NOTE  add NOTE to your note, as a paragraph
    --json              the resource as a JSON object (after the
                        change, if any)
