Hooks (issue 15): the person's own programs in $XDG_CONFIG_HOME/stride/hooks/,
run after a change (on-change), a sync (on-sync) and an import or restore
(on-import), with what happened as JSON on their standard input. These
hooks keep what they get in a file; tr makes cJSON's tabs spaces.

  $ mkdir -p .config/stride/hooks
  $ for h in on-change on-sync on-import; do
  >   printf '#!/bin/sh\ncat > "$HOME/%s.json"\necho "$STRIDE_HOOK ran"\n' $h > .config/stride/hooks/$h
  >   chmod +x .config/stride/hooks/$h
  > done
  $ show() { tr '\t' ' ' < "$1.json"; rm "$1.json"; }

An import:

  $ cp data/sync/pace.yaml pace.yaml
  $ stride import pace.yaml
  imported pace: 3 phases, 2 week blocks, 9 tasks, 1 criterion, 1 deliverable, 0 resources
  $ show on-import
  {
   "hook": "on-import",
   "kind": "plan",
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "file": "pace.yaml",
   "plan": {
    "id": "pace",
    "title": "Pace check"
   },
   "new": true,
   "changed": true,
   "items": {
    "added": 16,
    "removed": 0,
    "retitled": 0,
    "moved": 0,
    "total": 16
   }
  }
  $ ls on-change.json
  ls: cannot access 'on-change.json': No such file or directory
  [2]

A done, on the item and the plan, with the status it had; the time is when
it was recorded, the device this store's:

  $ STRIDE_TODAY=2025-07-12 stride done 2
  done    2  Read the tutorial
  pace: 10% done (1 of 10)
  $ show on-change
  {
   "hook": "on-change",
   "what": "done",
   "plan": {
    "id": "pace",
    "title": "Pace check"
   },
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "changes": [{
     "what": "done",
     "id": "[0-9a-f]+", (re)
     "plan": "pace",
     "item": {
      "key": "one/read-the-tutorial",
      "ref": 2,
      "title": "Read the tutorial"
     },
     "day": "2025-07-12",
     "status": "done",
     "was": "todo"
    }]
  }

A log, on the plan (no item), with its words:

  $ stride log 45m -m 'read chapter 3'
  logged  45 min, 2025-07-14
  $ show on-change
  {
   "hook": "on-change",
   "what": "log",
   "plan": {
    "id": "pace",
    "title": "Pace check"
   },
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "changes": [{
     "what": "log",
     "id": "[0-9a-f]+", (re)
     "plan": "pace",
     "item": null,
     "day": "2025-07-14",
     "minutes": 45,
     "text": "read chapter 3"
    }]
  }

An undo names the event it undoes, a redo the undo:

  $ stride undo
  undid   log of 45 min
  $ show on-change
  {
   "hook": "on-change",
   "what": "undo",
   "plan": {
    "id": "pace",
    "title": "Pace check"
   },
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "changes": [{
     "what": "undo",
     "undid": "log",
     "id": "[0-9a-f]+", (re)
     "plan": "pace",
     "item": null,
     "day": "2025-07-14",
     "undoes": "[0-9a-f]+" (re)
    }]
  }
  $ stride redo
  redid   log of 45 min
  $ show on-change
  {
   "hook": "on-change",
   "what": "redo",
   "plan": {
    "id": "pace",
    "title": "Pace check"
   },
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "changes": [{
     "what": "redo",
     "redid": "log",
     "id": "[0-9a-f]+", (re)
     "plan": "pace",
     "item": null,
     "day": "2025-07-14",
     "minutes": 45,
     "text": "read chapter 3",
     "undoes": "[0-9a-f]+" (re)
    }]
  }

A sync, through a bare repository:

  $ git init -q --bare remote.git
  $ git config --global user.name Test; git config --global user.email test@example.org
  $ stride sync --init remote.git
  cloned /.+/home/remote\.git into /.+/home/\.local/share/stride/stride-sync (re)
  pushed this machine's changes to /.+/home/remote\.git (re)
  $ show on-sync
  {
   "hook": "on-sync",
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "dir": "/.+/home/\.local/share/stride/stride-sync", (re)
   "remote": "/.+/home/remote\.git", (re)
   "fetched": true,
   "committed": true,
   "pushed": true,
   "offline": null,
   "devices": 0,
   "added": {
    "plans": 0,
    "events": 0,
    "reflections": 0,
    "ratings": 0
   },
   "faults": 0
  }

A restore is an import too:

  $ stride export -o all.json
  exported 1 plan, 4 events, 0 reflections and 0 ratings to all.json
  $ XDG_DATA_HOME=$PWD/other stride restore all.json
  added 4 of 4 events, 0 of 0 reflections, 0 of 0 ratings; 1 new plan
  $ show on-import
  {
   "hook": "on-import",
   "kind": "restore",
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "file": "all.json",
   "added": {
    "plans": 1,
    "events": 4,
    "reflections": 0,
    "ratings": 0
   }
  }

A skill rated and a week's reflection saved are changes too (they are not
events of the history, so they carry the week instead):

  $ cp data/reflect/weekly.yaml weekly.yaml
  $ stride import weekly.yaml > /dev/null; rm on-import.json
  $ stride use weekly > /dev/null
  $ stride rate node 4
  rated   Node & TypeScript 4/5 for 2025-W29
  $ show on-change
  {
   "hook": "on-change",
   "what": "rate",
   "plan": {
    "id": "weekly",
    "title": "Backend practice"
   },
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "changes": [{
     "what": "rate",
     "plan": "weekly",
     "week": "2025-07-14",
     "skill": "node",
     "rating": 4
    }]
  }
  $ stride reflect -m 'went well'
  saved   the reflection of weekly for 2025-W29 (version 1)
  $ show on-change
  {
   "hook": "on-change",
   "what": "reflect",
   "plan": {
    "id": "weekly",
    "title": "Backend practice"
   },
   "time": "[0-9-]+T[0-9:]+Z", (re)
   "device": "[0-9a-f]+", (re)
   "changes": [{
     "what": "reflect",
     "plan": "weekly",
     "week": "2025-07-14",
     "ratings": 0
    }]
  }

A hook that fails: said on stderr, with its first line, after what the
command said; the change is kept, and stride's status is the command's:

  $ printf '#!/bin/sh\necho "cannot reach the server" >&2\necho more >&2\nexit 1\n' > .config/stride/hooks/on-change
  $ stride done 3
  done    3  Read the streams chapter
  weekly: 12% done (1 of 8)
  stride: hook on-change failed (exit 1): cannot reach the server; the change is kept
  $ stride list --json 3 | grep -o '"status":"[a-z]*"'
  "status":"done"

A hook that hangs is killed, with its process group (the shell and its
sleep: dead, or a zombie where nothing reaps it), after 5 seconds; the
change is kept:

  $ printf '#!/bin/sh\necho $$ > "$HOME/hook.pid"\nsleep 60 &\necho $! >> "$HOME/hook.pid"\nwait\n' > .config/stride/hooks/on-change
  $ stride done 4
  done    4  Promise exercises
  weekly: 25% done (2 of 8)
  stride: hook on-change still running after 5 s: killed; the change is kept
  $ stride list --json 4 | grep -o '"status":"[a-z]*"'
  "status":"done"
  $ wc -l < hook.pid
  2
  $ for p in $(cat hook.pid); do
  >   st=$(cut -d' ' -f3 /proc/$p/stat 2>/dev/null)
  >   case $st in ''|Z) ;; *) echo "$p still runs ($st)" ;; esac
  > done

A hook that is not executable is not run, and said:

  $ chmod -x .config/stride/hooks/on-change
  $ stride done 6
  done    6  Watch the talk on streams
  weekly: 25% done (2 of 8)
  stride: hook on-change not run: not an executable file; the change is kept \(chmod \+x /.+/home/\.config/stride/hooks/on-change, or remove it\) (re)
  $ stride list --json 6 | grep -o '"status":"[a-z]*"'
  "status":"done"

STRIDE_NO_HOOKS=1 runs none (the import's hook is executable):

  $ STRIDE_NO_HOOKS=1 stride import pace.yaml
  pace: up to date
  $ ls on-import.json
  ls: cannot access 'on-import.json': No such file or directory
  [2]

A time entry taken out (stride log --delete) is an unlog naming the
entry; stride deliver a done and what the item delivered (issue 16):

  $ printf '#!/bin/sh\ncat > "$HOME/on-change.json"\n' > .config/stride/hooks/on-change
  $ chmod +x .config/stride/hooks/on-change
  $ stride log 20m 3 > /dev/null
  $ rm -f on-change.json
  $ stride log --delete "$(stride log --list 3 | awk 'NR == 2 { print $1 }')" > /dev/null
  $ show on-change | grep -E '"what"|"entry"|"minutes"'
   "what": "unlog",
     "what": "unlog",
     "entry": "[0-9a-f]+", (re)
     "minutes": 20
  $ stride deliver 3 --link https://x.dev/three -m "what 3 taught" > /dev/null
  $ show on-change | grep -E '"what"|"lessons"'
   "what": "deliver",
     "what": "deliver",
     "lessons": "what 3 taught"
