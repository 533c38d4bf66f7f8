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

Without a command stride opens the TUI, which needs a terminal: without
one it says so in one line and exits 2:

  $ stride < /dev/null
  stride: the TUI needs a terminal; try 'stride status' or 'stride list'
  [2]
  $ stride plans/backend-roadmap.yaml | cat
  stride: the TUI needs a terminal; try 'stride status' or 'stride list'
  $ stride --help | head -n 1
  usage: stride [--db PATH] [--config FILE] [COMMAND [ARGS] | FILE.yaml]

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

Building without a library names the one missing, and what to type (here
pkg-config is pointed at an empty directory, so it finds none):

  $ make -s --no-print-directory -C "$TESTROOT" PKG_CONFIG_LIBDIR=/nonexistent PKG_CONFIG_PATH= libraries
  stride: cannot build: pkg-config finds no ncursesw sqlite3 yaml-0.1 libcjson libical libcmark-gfm: 'make deps' installs what is missing (or says how)
  make: \*\*\* \[Makefile:[0-9]+: libraries\] Error 1 (re)
  [2]
