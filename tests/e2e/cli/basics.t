The version, the help, and what a mistyped command gets.

  $ stride --version
  stride 0.1.0

  $ stride lnit plans/backend-roadmap.yaml
  stride: 'lnit' is not a stride command (did you mean 'lint'?)
  [2]

  $ stride frobnicate
  stride: 'frobnicate' is not a stride command (see 'stride --help')
  [2]

  $ stride --bogus
  stride: unknown option '--bogus' (see 'stride --help')
  [2]

Without a command, the usage goes to stderr and the status says so:

  $ stride 2>/dev/null
  [2]
  $ stride --help | head -n 1
  usage: stride [--db PATH] COMMAND [ARGS]

`stride help lint` and `stride lint --help` print the same page:

  $ stride help lint > a; stride lint --help > b; cmp a b && head -n 3 a
  usage: stride lint [--json] [--summary] FILE...
  
  check plan files without touching the store

  $ stride help nosuch
  stride: no help for 'nosuch': it is not a stride command (see 'stride --help')
  [2]

  $ stride lint
  stride lint: no plan file given
  usage: stride lint [--json] [--summary] FILE... (see 'stride help lint')
  [2]

  $ stride lint --frob plans/backend-roadmap.yaml
  stride lint: unknown option '--frob'
  usage: stride lint [--json] [--summary] FILE... (see 'stride help lint')
  [2]
