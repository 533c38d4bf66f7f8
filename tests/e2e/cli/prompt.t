stride prompt: one line for PS1 or tmux, from the current plan; never
an error that could break a prompt. Today is Monday 2025-07-14
(STRIDE_TODAY).

No store: nothing at all, exit 0, and no store is made:

  $ stride prompt; echo "[$?]"
  [0]
  $ stride prompt '%m %s'; echo "[$?]"
  [0]
  $ ls .local/share/stride 2>&1 | head -n 1
  ls: cannot access '.local/share/stride': No such file or directory

The backend plan (30 minutes today, its Theory slot; 6 items late): the
default format is the plan, minutes today of the slot, % done, the streak
in days and the items late:

  $ stride import plans/backend-roadmap.yaml > /dev/null
  $ stride prompt
  backend-2025 0/30m 0% 0d 6 late
  $ stride log 20m > /dev/null
  $ stride done 2 3 4 > /dev/null
  $ stride prompt
  backend-2025 20/30m 5% 1d 3 late

Each placeholder, %% for a %, and anything else as it is (a % before
another character, a % at the end):

  $ stride prompt '%m|%M|%s|%p|%o|%P|%d|%t|%%|%x|50%'
  20|30|1|5|3|backend-2025|3|60|%|%x|50%
  $ stride prompt '[%p%% done, %o late]'
  [5% done, 3 late]
  $ stride prompt -- '-%s-'
  -1-

Another day: Tuesday nothing logged yet; the streak still reaches
Monday:

  $ STRIDE_TODAY=2025-07-15 stride prompt '%m/%Mm streak %s'
  0/30m streak 1

It reads the store only and does not re-sync a changed plan file (the
next other command does; a figure may be as of it), nor write the store:

  $ cp plans/backend-roadmap.yaml mine.yaml
  $ stride import mine.yaml --replace > /dev/null
  $ md5sum < .local/share/stride/stride.db > before
  $ sed -i 's/^\(      - Implement Prisma migrations (zero-downtime)\)$/\1\n      - A task added/' mine.yaml
  $ stride prompt '%d of %t'
  3 of 60
  $ md5sum < .local/share/stride/stride.db | cmp - before && ls .local/share/stride
  stride.db
  $ stride status > /dev/null 2>&1
  $ stride prompt '%d of %t'
  3 of 61

Any error prints nothing and exits 0: a store that is not SQLite, a
damaged one, a directory, an empty file, a bad STRIDE_TODAY:

  $ printf 'not a store' > bad.db
  $ stride --db bad.db prompt; echo "[$?]"
  [0]
  $ head -c 20000 .local/share/stride/stride.db > cut.db
  $ stride --db cut.db prompt; echo "[$?]"
  [0]
  $ mkdir dir.db
  $ stride --db dir.db prompt; echo "[$?]"
  [0]
  $ : > empty.db
  $ stride --db empty.db prompt; echo "[$?]"
  [0]
  $ STRIDE_TODAY=someday stride prompt; echo "[$?]"
  [0]

A store of an older schema: nothing (a prompt does not upgrade it), and
it is left as it was:

  $ cp data/store/v2.db old.db && md5sum < old.db > before
  $ stride --db old.db prompt; echo "[$?]"
  [0]
  $ md5sum < old.db | cmp - before

A store that cannot be read (its mode 000; root reads it anyway, so the
line is the figure or nothing):

  $ cp .local/share/stride/stride.db locked.db && chmod 000 locked.db
  $ stride --db locked.db prompt '%P'; echo "[$?]"
  (backend-2025)? (re)
  [0]

Only a mistake in its own words is an error (2), said on stderr:

  $ stride prompt '%m' '%s'
  stride prompt: unexpected '%s' (one FORMAT: quote it)
  usage: stride prompt [FORMAT] (see 'stride help prompt')
  [2]
