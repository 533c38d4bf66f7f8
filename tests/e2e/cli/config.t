The config file (issue 15): $XDG_CONFIG_HOME/stride/config.yaml, here
$HOME/.config/stride/config.yaml; `stride --config FILE` and
$STRIDE_CONFIG read another. `stride config` prints every setting in effect
and where it came from; `stride config --check` validates the file (exit
65 with its errors, 0 when clean or absent). A file with errors gives no
setting at all: commands run on the defaults and say so once on stderr.

No file: the defaults, and --check has nothing to say.

  $ stride config --check
  /.*/home/.config/stride/config.yaml: no such file \(the defaults are in effect\) (re)
  $ stride config | head -7
  config file: /.*/home/.config/stride/config.yaml \(none: the defaults\) (re)
  week-start           monday                 default
  plan                 (the current plan)     default
  editor               vi                     default
  calendar-time        18:00                  default
  colors.theme         dark                   default
  colors.title         bold cyan              default (the dark theme)
  $ stride config | grep -E '^keys\.(tick|undo|quit|details) '
  keys.quit            q                      default
  keys.undo            u                      default
  keys.tick            Space                  default
  keys.details         Enter                  default
  $ EDITOR=nano stride config | grep '^editor'
  editor               nano                   $EDITOR
  $ VISUAL='code --wait' EDITOR=nano stride config | grep '^editor'
  editor               code --wait            $VISUAL

A file that sets everything (data/config/good.yaml), by --config and by
$STRIDE_CONFIG: each setting from its line; the keys of the file replace
the request's own (tick: t and Enter) and are taken from the requests that
had them (Enter was details').

  $ stride --config data/config/good.yaml config --check
  data/config/good.yaml: no errors
  $ VISUAL=vim stride --config data/config/good.yaml config | grep -v '^keys\.' | grep -v '(the light theme)$'
  config file: data/config/good.yaml
  week-start           sunday                 data/config/good.yaml:2
  plan                 weekly                 data/config/good.yaml:3
  editor               fake-editor --flag     data/config/good.yaml:4
  calendar-time        07:30                  data/config/good.yaml:5
  colors.theme         light                  data/config/good.yaml:7
  colors.status-bar    black on 229           data/config/good.yaml:9
  colors.done          bold bright-green on 236 data/config/good.yaml:8
  colors.heat-4        208                    data/config/good.yaml:10
  $ stride --config data/config/good.yaml config | grep -E '^colors\.(title|heat-1) '
  colors.title         bold 25                data/config/good.yaml:7 (the light theme)
  colors.heat-1        151                    data/config/good.yaml:7 (the light theme)
  $ STRIDE_CONFIG=data/config/good.yaml stride config | grep -E '^keys\.(tick|undo|quit|details|help) '
  keys.quit            Q                      data/config/good.yaml:14
  keys.help            ?                      default
  keys.undo            C-u                    data/config/good.yaml:13
  keys.tick            t Enter                data/config/good.yaml:12
  keys.details         (no key)               default

--json: each setting with its value and where it came from; a colour the
file does not give is the theme's, a request's keys a list.

  $ stride --config data/config/good.yaml config --json > c.json
  $ tr -d ' \t\n' < c.json | grep -o '"week-start":{[^}]*}'
  "week-start":{"value":"sunday","from":"file","line":2}
  $ tr -d ' \t\n' < c.json | grep -o '"tick":{[^}]*}'
  "tick":{"value":["t","Enter"],"from":"file","line":12}
  $ tr -d ' \t\n' < c.json | grep -o '"heat-1":{[^}]*}'
  "heat-1":{"value":"151","from":"file","line":7}
  $ tr -d ' \t\n' < c.json | grep -o '"errors":\[[^]]*\]'
  "errors":[]
  $ EDITOR=ed stride config --json | tr -d ' \t\n' | grep -o '"editor":{[^}]*}'
  "editor":{"value":"ed","from":"environment","variable":"EDITOR"}
  $ stride --config data/config/bad-weekday.yaml config --json 2>/dev/null | tr -d '\t\n' | grep -o '"errors":\[[^]]*\]'
  "errors":[{"line":2,"column":13,"message":"week-start is monday or sunday, not 'saturday'"}]
  $ stride config --check --json
  stride config: --check and --json do not go together
  usage: stride config [--check | --json] (see 'stride help config')
  [2]

Each kind of mistake, at its line and column; exit 65.

  $ for f in syntax unknown-key colour key-name request weekday time; do
  >   stride --config data/config/bad-$f.yaml config --check; echo "exit $?"
  > done
  data/config/bad-syntax.yaml:3:7: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at 2:9)
  exit 65
  data/config/bad-unknown-key.yaml:2:1: error: unknown key 'week-strat' in the config file (did you mean 'week-start'?)
  exit 65
  data/config/bad-colour.yaml:3:9: error: 'grene' is not a colour: black, red, green, yellow, blue, magenta, cyan, white (bright-NAME for the bright ones), 0 to 255, or default (did you mean 'green'?)
  exit 65
  data/config/bad-key-name.yaml:2:9: error: 'Spcae' is not a key: a character, C-a to C-z, F1 to F12, or one of Enter, Tab, S-Tab, Space, Esc, Backspace, Up, Down, Left, Right, Home, End, PgUp, PgDn, Insert, Delete (did you mean 'Space'?)
  exit 65
  data/config/bad-request.yaml:3:3: error: 'tik' is not a request of the TUI (did you mean 'tick'?)
  exit 65
  data/config/bad-weekday.yaml:2:13: error: week-start is monday or sunday, not 'saturday'
  exit 65
  data/config/bad-time.yaml:2:16: error: calendar-time is a time of day, HH:MM from 00:00 to 23:59, not '24:15'
  exit 65

More mistakes, all of them reported: a key bound twice, a style with
three colours, a mapping where a value goes, a second document.

  $ mkdir -p .config/stride
  $ cat > .config/stride/config.yaml <<'YAML'
  > keys:
  >   tick: x
  >   skip: [s, x]
  > colors:
  >   done: red on black on white
  >   bar: "bold on green"
  > editor: { name: vim }
  > plan: [a, b]
  > ---
  > week-start: sunday
  > YAML
  $ stride config --check 2>&1 | sed "s|$HOME|~|"
  ~/.config/stride/config.yaml:9:1: error: a config file holds one YAML document; a second one starts here
  $ cat > .config/stride/config.yaml <<'YAML'
  > keys:
  >   tick: x
  >   skip: [s, x]
  > colors:
  >   done: red on black on white
  >   bar: "bold on green"
  > editor: { name: vim }
  > plan: [a, b]
  > YAML
  $ stride config --check 2>&1 | sed "s|$HOME|~|"
  ~/.config/stride/config.yaml:3:13: error: the key x is bound twice: to 'tick' (line 2) and to 'skip'
  ~/.config/stride/config.yaml:5:9: error: more than two colours: "FG" or "FG on BG"
  ~/.config/stride/config.yaml:6:8: error: 'on' comes between two colours: "red on black"
  ~/.config/stride/config.yaml:7:9: error: 'editor' takes one value, not a mapping
  ~/.config/stride/config.yaml:8:7: error: 'plan' takes one value, not a list
  $ stride config --check > /dev/null 2>&1
  [65]

A bad file does not stop a command: it runs on the defaults (Monday
weeks, the store's current plan) and says so once, on stderr.

  $ rm .config/stride/config.yaml
  $ cp data/reflect/weekly.yaml weekly.yaml
  $ stride import weekly.yaml plans/six-week-sprint.yaml > /dev/null
  $ cp data/config/bad-weekday.yaml .config/stride/config.yaml
  $ stride status 2>&1 >/dev/null | sed "s|$HOME|~|"
  stride: ~/.config/stride/config.yaml:2:13: week-start is monday or sunday, not 'saturday' (the config file has errors: running with the defaults; 'stride config --check' lists them)
  $ stride status 2>/dev/null | head -1
  .*\(six-week-infra\) (re)
  $ stride config > /dev/null 2>&1
  [65]

The default plan: what a command uses when none is named, over the
store's current plan (the last imported, six-week-infra); a plan named on the
command line still wins. A plan the store does not have: said, and the
current plan used.

  $ printf 'plan: weekly\n' > .config/stride/config.yaml
  $ stride status | head -1
  Backend practice (weekly)
  $ stride status six-week-infra | head -1
  .*\(six-week-infra\) (re)
  $ printf '# mine\nplan: nosuch\n' > .config/stride/config.yaml
  $ stride status 2>&1 | head -2
  stride: the config file's plan 'nosuch' \(/.*/home/.config/stride/config.yaml:2\) is not in the store \('stride plans' lists them\): using the current plan (re)
  .*\(six-week-infra\) (re)

The editor: the file's, over $VISUAL and $EDITOR (split at spaces, the
file last).

  $ cat > my-editor <<'SH'
  > #!/bin/sh
  > echo "my-editor got: $*" | sed "s|$TMPDIR|TMP|" >&2
  > for f; do :; done
  > echo "written by my-editor" > "$f"
  > SH
  $ cat > env-editor <<'SH'
  > #!/bin/sh
  > echo "env-editor ran" >&2; exit 1
  > SH
  $ chmod +x my-editor env-editor
  $ printf 'plan: weekly\neditor: ./my-editor --wait\n' > .config/stride/config.yaml
  $ VISUAL=./env-editor EDITOR=./env-editor stride note 2
  my-editor got: --wait TMP/stride-note-.*\.md (re)
  .* (re)
  $ stride list --json | grep -o '"note":"written by my-editor"'
  "note":"written by my-editor"

The first day of the week. Today is Monday 2025-07-14; 30 minutes were
logged on Sunday 07-13 and 25 today. With Monday weeks, this week has the
25; with Sunday weeks (Sunday 13 to Saturday 19 July, still 2025-W29: the
ISO week of its Monday) it has both.

  $ printf 'plan: weekly\n' > .config/stride/config.yaml
  $ stride log 30m --date 2025-07-13 > /dev/null
  $ stride log 25m > /dev/null
  $ stride status | grep '^This week'
  This week: 25 of 195 min
  $ stride review | sed -n '1,5p'
  # Week 2025-W29: Backend practice
  
  14 to 20 July 2025
  
  - Time: 25m logged of 3h15m scheduled (12%)
  $ printf 'plan: weekly\nweek-start: sunday\n' > .config/stride/config.yaml
  $ stride status | grep '^This week'
  This week: 55 of 195 min
  $ stride review | sed -n '1,5p'
  # Week 2025-W29: Backend practice
  
  13 to 19 July 2025
  
  - Time: 55m logged of 3h15m scheduled (28%)
  $ stride review 2025-W28 | sed -n '3p'
  6 to 12 July 2025

A week's reflection and ratings stay with their week when week-start
changes (the store keeps them under the week's Monday): written with
Sunday weeks, read with Monday weeks, and the other way round.

  $ stride reflect -m 'Sunday-first notes' > /dev/null
  $ stride rate sql 4 > /dev/null
  $ printf 'plan: weekly\n' > .config/stride/config.yaml
  $ stride review | grep -E 'Sunday-first|SQL'
  Sunday-first notes
  | SQL and data modelling | 4/5 | first rating |
  $ stride reflect last -m 'Monday-first notes' > /dev/null
  $ printf 'plan: weekly\nweek-start: sunday\n' > .config/stride/config.yaml
  $ stride review last | grep -E 'notes'
  Monday-first notes
  $ stride review | grep -E 'notes|SQL'
  Sunday-first notes
  | SQL and data modelling | 4/5 | first rating |

The heatmap's rows start on Sunday too.

  $ stride stats | sed -n '6,12p' | cut -c1-4
  Sun 
      
  Tue 
      
  Thu 
      
  Sat 

The calendar feed's time, HH:MM (the default 18:00).

  $ printf 'calendar-time: "6:30"\n' > .config/stride/config.yaml
  $ stride config --check 2>&1 | sed "s|$HOME|~|"
  ~/.config/stride/config.yaml:1:16: error: calendar-time is a time of day, HH:MM from 00:00 to 23:59, not '6:30'
  $ printf 'calendar-time: "06:30"\n' > .config/stride/config.yaml
  $ stride config | grep calendar-time | sed "s|$HOME|~|"
  calendar-time        06:30                  ~/.config/stride/config.yaml:1

An empty file is a file of defaults; --config with no file is a usage
error.

  $ : > .config/stride/config.yaml
  $ stride config --check | sed "s|$HOME|~|"
  ~/.config/stride/config.yaml: no errors
  $ stride --config
  stride: --config needs a file
  [2]
  $ stride config extra
  stride config: unexpected 'extra'
  usage: stride config [--check | --json] (see 'stride help config')
  [2]
