stride deliver and stride portfolio (issue 16): a finished item with its
links and lessons learned, and a Markdown page (or JSON) of what a plan
delivered. Today is Sunday 2025-07-20 (STRIDE_TODAY).

  $ export STRIDE_TODAY=2025-07-20
  $ stride import plans/backend-roadmap.yaml > /dev/null

Nothing finished yet:

  $ stride portfolio
  # Mid\-Level Backend Roadmap \(2025\): portfolio
  
  0 of 9 deliverables finished, as of 2025-07-20.
  
  Nothing finished yet.

Time on phase 1, its deliverable (7) delivered with two links and what
was learned; a task (4) given a lesson; phase 2's deliverable (15) ticked
with nothing more; phase 3's (23) not finished:

  $ stride log 2h 4 --date 2025-07-01 > /dev/null
  $ stride log 45m 2 --date 2025-06-20 > /dev/null
  $ stride deliver 7 --link https://github.com/me/scraper --link 'https://youtu.be/abc?t=1&x=2' -m 'Streams need *backpressure*; pipeline() beats pipe().'
  delivered 7  CLI scraper with streaming + progress bar  (done; 2 links, lessons)
  $ stride deliver 4 -m "A progress bar is a side channel: write it to stderr."
  delivered 4  Build CLI scraper with streaming & progress bar  (done; 0 links, lessons)
  $ stride done 15 > /dev/null

Again on 7: a link already there is kept once, a new one added, the
lessons kept when there is no -m:

  $ stride deliver 7 --link https://github.com/me/scraper --link https://me.dev/scraper
  delivered 7  CLI scraper with streaming + progress bar  (done already; 3 links, lessons)
  $ stride list --json 7 | grep -o '"status":"[a-z]*"'
  "status":"done"

The page, in plan order under the phases, titles escaped:

  $ stride portfolio
  # Mid\-Level Backend Roadmap \(2025\): portfolio
  
  2 of 9 deliverables finished, as of 2025-07-20.
  
  ## Phase 1: Language \& Runtime Mastery
  
  ### Build CLI scraper with streaming \& progress bar
  
  - Finished 2025-07-20 (its phase planned 2025-06-12 to 2025-07-09)
  - Time: 2h on it, 2h45m on its phase
  
  **What I learned:** A progress bar is a side channel: write it to stderr.
  
  ### CLI scraper with streaming \+ progress bar
  
  - Finished 2025-07-20 (its phase planned 2025-06-12 to 2025-07-09)
  - Time: 0m on it, 2h45m on its phase
  - Links:
    - <https://github.com/me/scraper>
    - <https://youtu.be/abc?t=1&x=2>
    - <https://me.dev/scraper>
  
  **What I learned:** Streams need *backpressure*; pipeline() beats pipe().
  
  ## Phase 2: Data \& Persistence
  
  ### API refactor with Postgres \+ Redis cache
  
  - Finished 2025-07-20 (its phase planned 2025-07-10 to 2025-08-01)
  - Time: 0m on it, 0m on its phase
  $ stride portfolio --json
  {
  	"plan":	"backend-2025",
  	"title":	"Mid-Level Backend Roadmap (2025)",
  	"as_of":	"2025-07-20",
  	"deliverables":	9,
  	"delivered":	2,
  	"items":	[{
  			"ref":	4,
  			"key":	"phase-1/build-cli-scraper-with-streaming-progress-bar",
  			"title":	"Build CLI scraper with streaming & progress bar",
  			"kind":	"task",
  			"phase":	"Language & Runtime Mastery",
  			"done_on":	"2025-07-20",
  			"start":	null,
  			"end":	null,
  			"due":	null,
  			"minutes":	120,
  			"phase_minutes":	165,
  			"links":	[],
  			"lessons":	"A progress bar is a side channel: write it to stderr."
  		}, {
  			"ref":	7,
  			"key":	"phase-1/cli-scraper-with-streaming-progress-bar",
  			"title":	"CLI scraper with streaming + progress bar",
  			"kind":	"deliverable",
  			"phase":	"Language & Runtime Mastery",
  			"done_on":	"2025-07-20",
  			"start":	null,
  			"end":	null,
  			"due":	null,
  			"minutes":	0,
  			"phase_minutes":	165,
  			"links":	["https://github.com/me/scraper", "https://youtu.be/abc?t=1&x=2", "https://me.dev/scraper"],
  			"lessons":	"Streams need *backpressure*; pipeline() beats pipe()."
  		}, {
  			"ref":	15,
  			"key":	"phase-2/api-refactor-with-postgres-redis-cache",
  			"title":	"API refactor with Postgres + Redis cache",
  			"kind":	"deliverable",
  			"phase":	"Data & Persistence",
  			"done_on":	"2025-07-20",
  			"start":	null,
  			"end":	null,
  			"due":	null,
  			"minutes":	0,
  			"phase_minutes":	0,
  			"links":	[],
  			"lessons":	null
  		}]
  }
  $ stride portfolio backend-2025 | head -n 1
  # Mid\-Level Backend Roadmap \(2025\): portfolio

The links and lessons travel: an export restored into another store
gives the same page:

  $ stride export -o progress.json > /dev/null 2>&1
  $ stride --db other.db restore progress.json > /dev/null
  $ [ "$(stride portfolio)" = "$(stride --db other.db portfolio)" ] && echo "the same page"
  the same page
  $ grep -c '"type":[[:space:]]*"deliver"' progress.json
  3

Undo takes back the last deliver (7's third link: it was done already);
then 15's tick; then the deliver of 4 (its lesson and its tick, as one
step):

  $ stride undo
  undid   links and lessons  7  CLI scraper with streaming + progress bar
  $ stride portfolio --json | grep -c '"https://me.dev/scraper"'
  0
  [1]
  $ stride undo
  undid   done   15  API refactor with Postgres + Redis cache  (todo again)
  $ stride undo
  undid   links and lessons  4  Build CLI scraper with streaming & progress bar
  undid   done   4  Build CLI scraper with streaming & progress bar  (todo again)
  $ stride list --json 4 | grep -o '"status":"[a-z]*"'
  "status":"todo"
  $ stride portfolio | grep -c 'side channel'
  0
  [1]

Bad links and other bad input: one line, exit 2 (65: text refused),
nothing changed:

  $ before=$(stride portfolio --json; stride list --json)
  $ stride deliver 23 --link "not a url"
  stride deliver: 'not a url' is not a link: give a URL like https://github.com/you/project
  usage: stride deliver REF [--link URL]... [-m LESSONS] (see 'stride help deliver')
  [2]
  $ stride deliver 23 --link ftp:/nohost
  stride deliver: 'ftp:/nohost' is not a link: give a URL like https://github.com/you/project
  usage: stride deliver REF [--link URL]... [-m LESSONS] (see 'stride help deliver')
  [2]
  $ stride deliver 23 --link 'https://x.dev/a b'
  stride deliver: 'https://x.dev/a b' is not a link: give a URL like https://github.com/you/project
  usage: stride deliver REF [--link URL]... [-m LESSONS] (see 'stride help deliver')
  [2]
  $ stride deliver 23 --link 'https://x.dev/<script>'
  stride deliver: 'https://x.dev/<script>' is not a link: give a URL like https://github.com/you/project
  usage: stride deliver REF [--link URL]... [-m LESSONS] (see 'stride help deliver')
  [2]
  $ stride deliver 23 --link https://ok.dev --link 'javascript:alert(1)'
  stride deliver: 'javascript:alert(1)' is not a link: give a URL like https://github.com/you/project
  usage: stride deliver REF [--link URL]... [-m LESSONS] (see 'stride help deliver')
  [2]
  $ stride deliver 23 -m "$(printf 'bad\033')"
  stride: the lessons (-m) holds a control character (U+001B, ESC) at character 4: stride keeps UTF-8 text without control characters but tab and newline; nothing was saved
  [65]
  $ stride deliver 8 -m "a phase"
  stride deliver: 8 is a phase: deliver a task, a criterion or a deliverable
  usage: stride deliver REF [--link URL]... [-m LESSONS] (see 'stride help deliver')
  [2]
  $ stride deliver 999
  stride: backend-2025 has no item 999 ('stride list' shows the numbers)
  [2]
  $ stride deliver
  stride deliver: which item? give its number or key
  usage: stride deliver REF [--link URL]... [-m LESSONS] (see 'stride help deliver')
  [2]
  $ stride portfolio nosuch
  stride: no plan 'nosuch' in the store ('stride plans' lists them)
  [2]
  $ [ "$before" = "$(stride portfolio --json; stride list --json)" ] && echo "nothing changed"
  nothing changed

Titles with Markdown in them are escaped, so the page shows them as
written (lessons are the person's own Markdown, put as they are):

  $ printf '%s\n' 'stride: 1' 'id: marks' 'title: "Marks *and* [links]"' 'phases:' \
  >   '  - title: "Phase #1: <tags> & _under_"' '    deliverable: "Ship `v1` | 2.0! (beta)"' > marks.yaml
  $ stride import marks.yaml > /dev/null
  $ stride deliver 2 -m 'Use **bold** sparingly' > /dev/null
  $ stride portfolio marks
  # Marks \*and\* \[links\]: portfolio
  
  1 of 1 deliverable finished, as of 2025-07-20.
  
  ## Phase 1: Phase \#1: \<tags\> \& \_under\_
  
  ### Ship \`v1\` \| 2\.0\! \(beta\)
  
  - Finished 2025-07-20
  - Time: 0m on it, 0m on its phase
  
  **What I learned:** Use **bold** sparingly
