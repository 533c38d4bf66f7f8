Text at stride's boundaries (issue 17). What comes in (a note, a log
note, an answer, a resource note, a file given with --from, what an
editor saved) must be UTF-8 text with no control character but tab and
newline: anything else is refused with where it is, exit 65, and nothing
changes. What goes out (output and error messages alike) shows control
characters, bytes that are not UTF-8 and bidi controls as escapes, and
every --json is valid UTF-8.

Two checks on a file of output: `unsafe` counts its lines holding a byte
that could act on a terminal (a C0 control but tab and newline, DEL, a C1
control, a bidi embedding, override or isolate); `utf8` says whether it
is valid UTF-8 (a bare byte 0x80-0x9F is not).

  $ unsafe() { LC_ALL=C grep -caP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$@" || true; }
  $ utf8() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 && echo "valid UTF-8" || echo "NOT UTF-8"; }
  $ cc -o sqlexec "$TESTROOT/tests/e2e/tui/sqlexec.c" $(pkg-config --cflags --libs sqlite3)
  $ cp data/resources/library.yaml library.yaml
  $ stride import library.yaml > /dev/null


Coming in
---------

A note, a log note, a resource note and an answer given with -m: an
escape sequence (OSC 0, set the window title), a byte that is not UTF-8,
a C1 control (CSI as U+009B), a bell:

  $ stride note 3 -m $'see \e]0;pwned\a here'
  stride: the note (-m) holds a control character (U+001B, ESC) at character 5: stride keeps UTF-8 text without control characters but tab and newline; nothing was saved
  [65]
  $ stride note 3 -m $'caf\xe9'
  stride: the note (-m) holds a byte that is not UTF-8 (0xE9) at character 4: stride keeps UTF-8 text without control characters but tab and newline; nothing was saved
  [65]
  $ stride log 20m 3 -m $'line one\nline two \xc2\x9b2J'
  stride: the log note (-m) holds a control character (U+009B) at character 10 of line 2: stride keeps UTF-8 text without control characters but tab and newline; nothing was saved
  [65]
  $ stride resource ddia -m $'ding\a'
  stride: the note (-m) holds a control character (U+0007, BEL) at character 5: stride keeps UTF-8 text without control characters but tab and newline; nothing was saved
  [65]
  $ stride reflect -m $'\e[2Jgone'
  stride: the answer (-m) holds a control character (U+001B, ESC) at character 1: stride keeps UTF-8 text without control characters but tab and newline; nothing was saved
  [65]

Nothing of it reached the store: no note, no time, nothing to undo.

  $ stride list 3 --json | grep -o '"note":[^,]*'
  "note":null
  $ stride status --json | grep -A8 '"slot"' | grep -o '"logged":.*'
  "logged":	0
  $ stride undo
  stride: nothing to undo
  [1]

Tabs, newlines and the bidi controls of right-to-left text are text, and
kept (a note in Hebrew with an isolate):

  $ stride note 3 -m $'first\tsecond\n\u2067\u05e9\u05dc\u05d5\u05dd\u2069 end' > /dev/null
  $ stride list 3 --json | grep -o '"note":"[^"]*"'
  "note":"first\tsecond\n\u2067שלום\u2069 end"

A reflection read with --from: 3 kB of random bytes under a valid
heading is refused, with the line and column of the first bad byte:

  $ { printf '## What did I learn?\n\nSomething.\n'; head -c 3000 /dev/urandom | tr -d '\n' | LC_ALL=C sed 's/^/\xff/'; } > noise.md
  $ stride reflect --from noise.md
  stride: noise.md:4:1: a byte that is not UTF-8 (0xFF): a reflection is UTF-8 text without control characters but tab and newline; nothing saved
  [65]

What an editor saved: a note whose editor writes bytes that are not UTF-8
(\377\376, a UTF-16 byte order mark) is refused, and the text stays in
its file, which the message names with the command that gives it back:

  $ printf '#!/bin/sh\nprintf "\\377\\376n\\000o\\000" > "$1"\n' > utf16-editor
  $ chmod +x utf16-editor
  $ EDITOR=./utf16-editor stride note 4
  stride: .*/stride-note-.*\.md:1:1: a byte that is not UTF-8 \(0xFF\): a note is UTF-8 text without control characters but tab and newline: nothing saved; your text is kept in that file: mend it and run 'stride note 4 --from .*/stride-note-.*\.md' (re)
  [65]
  $ kept=$(ls "$TMPDIR"/stride-note-*.md) && od -An -c "$kept"
   377 376   n  \0   o  \0
  $ printf 'mended\r\nwith CRLF line ends\r\n' > "$kept"
  $ stride note 4 --from "$kept"
  noted   4  B-tree internals
  $ stride list 4 --json | grep -o '"note":"[^"]*"'
  "note":"mended\nwith CRLF line ends"

A carriage return alone is no line end, and is refused:

  $ printf 'over\rwrite' | stride note 4 --from -
  stride: standard input:1:5: a control character (U+000D, CR): a note is UTF-8 text without control characters but tab and newline: nothing saved
  [65]

The reflection's editor alike: the text is kept.

  $ printf '#!/bin/sh\nprintf "## What did I learn?\\n\\nclear \\033[2J\\n" > "$1"\n' > esc-editor
  $ chmod +x esc-editor
  $ EDITOR=./esc-editor stride reflect
  stride: .*/stride-reflection-.*\.md:3:7: a control character \(U\+001B, ESC\): a reflection is UTF-8 text without control characters but tab and newline; nothing saved (re)
  stride: your text is kept in .*/stride-reflection-.*\.md (re)
  [65]


Going out
---------

A store written by an older stride (or brought from another machine) may
hold anything; here a note, a resource note, a log note and an answer
hold an OSC 52 sequence (write the clipboard), a bidi override, a C1 CSI
and a byte that is not UTF-8, put there with SQL:

  $ stride reflect -m placeholder > /dev/null
  $ stride log 25m 3 -m placeholder > /dev/null
  $ evil="'A'||char(27)||']52;c;cHduZWQ='||char(7)||' B'||char(8238)||'evil'||char(155)||'2J'||cast(x'ff' as text)||'!'"
  $ ./sqlexec .local/share/stride/stride.db "UPDATE items SET note = $evil WHERE ref IN (3, 12); UPDATE events SET text = $evil WHERE text = 'placeholder'; UPDATE answers SET answer = $evil WHERE answer = 'placeholder'"

Every command shows the same escapes, and nothing else:

  $ stride resource ddia > out 2>&1; unsafe out; utf8 out; grep -A1 'your note' out
  0
  valid UTF-8
    your note:
      A\x1b]52;c;cHduZWQ=\x07 B\u202eevil\u009b2J\xff!
  $ stride review > out 2>&1; unsafe out; utf8 out; grep -A2 'What did I learn' out
  0
  valid UTF-8
  ### What did I learn?
  
  A\x1b]52;c;cHduZWQ=\x07 B\u202eevil\u009b2J\xff!
  $ stride review this > a; stride review --month 2025-07 > b; unsafe a b; utf8 a; utf8 b
  a:0
  b:0
  valid UTF-8
  valid UTF-8

Each --json is valid UTF-8 with the same characters as \u escapes (the
same string to a JSON reader), and the byte that is not UTF-8 as U+FFFD:

  $ for c in "list --json" "list 3 --json" "review --json" "resource ddia --json" "resources --json" "status --json" "today --json" "stats --json" "plans --json"; do stride $c > out 2>&1 || echo "$c failed"; echo "$c: $(unsafe out) $(utf8 out)"; done
  list --json: 0 valid UTF-8
  list 3 --json: 0 valid UTF-8
  review --json: 0 valid UTF-8
  resource ddia --json: 0 valid UTF-8
  resources --json: 0 valid UTF-8
  status --json: 0 valid UTF-8
  today --json: 0 valid UTF-8
  stats --json: 0 valid UTF-8
  plans --json: 0 valid UTF-8
  $ stride list 3 --json | grep -o '"note":"[^"]*"'
  "note":"A\u001b]52;c;cHduZWQ=\u0007 B\u202eevil\u009b2J�!"

Keys and references of a plan, in lint's errors: a key and a resource id
holding an escape (made with YAML's "\e"), a resource id and a key
holding a bidi override:

  $ printf 'stride: 1\nid: evil\ntitle: Evil\n"\\e]0;pwned\\a": 1\nphases:\n  - title: P\n    tasks:\n      - title: a\n        resources: ["\\e[2Jx"]\n      - title: b\n        resources: ["\\u202Ex"]\n        "bad\\u202Ekey": 2\n' > evil.yaml
  $ stride lint evil.yaml > out 2>&1; unsafe out; cat out
  0
  evil.yaml:4:1: error: control character U+001B in a string: plan text may hold tabs and newlines, no other control characters
  evil.yaml:4:1: error: unknown key '\x1b]0;pwned\x07' in the plan (keys of your own must begin with x-)
  evil.yaml:9:21: error: control character U+001B in a string: plan text may hold tabs and newlines, no other control characters
  evil.yaml:9:21: error: unknown resource '\x1b[2Jx': declare it in the plan's 'resources' list
  evil.yaml:11:21: error: unknown resource '\u202ex': declare it in the plan's 'resources' list
  evil.yaml:12:9: error: unknown key 'bad\u202ekey' in a task (keys of your own must begin with x-)
  $ stride lint --json evil.yaml > out; unsafe out; utf8 out; grep -c 'u202e' out
  0
  valid UTF-8
  2

Bidi controls in titles (a plan may hold them: right-to-left scripts
need them) are shown as escapes, so that "\u202Etxt.exe" cannot pass for
"exe.txt":

  $ printf 'stride: 1\nid: bidi\ntitle: "Evil \\u202Egnp.exe"\nphases:\n  - title: "P \\u2066one\\u2069"\n    tasks:\n      - title: "\\u202Etxt.exe"\n' > bidi.yaml
  $ stride --db bidi.db import bidi.yaml
  imported bidi: 1 phase, 0 week blocks, 1 task, 0 criteria, 0 deliverables, 0 resources
  $ stride --db bidi.db list
  bidi: Evil \u202egnp.exe
  1  P \u2066one\u2069  [0/1]
  2    [ ] \u202etxt.exe

What a person typed, echoed in a message: a reference and file names
holding escape sequences:

  $ stride done $'\e[2Jx'
  stride: nothing in library matches '\x1b[2Jx': give a number or a key from 'stride list', or part of a title
  [2]
  $ stride lint $'\e]0;x\a.yaml'
  stride: cannot read \x1b]0;x\x07.yaml: No such file or directory
  [1]
  $ stride import $'\e[2J.yaml'
  stride: cannot read \x1b[2J.yaml: No such file or directory
  [1]
  $ stride reflect --from $'\e[2J'
  stride: cannot read \x1b[2J: No such file or directory
  [1]

An empty reference names nothing (it would match every title):

  $ stride done ''
  stride: no item given (an empty argument): give its number from 'stride list', its key or a few words of its title
  [2]
  $ stride note ' ' -m hello
  stride: no item given (an empty argument): give its number from 'stride list', its key or a few words of its title
  [2]

The rule in the code: the command line and the TUI print nothing but
through text_printf and text_fputs (src/text.c), a character they write
themselves (putchar('\n')) and perror's system message aside; so the
next command cannot forget it:

  $ (cd "$TESTROOT" && grep -nE '(^|[^_a-z])(printf|fprintf|vfprintf|vprintf|puts|fputs|fwrite|putchar|fputc|putc|perror)\(' src/cli.c src/main.c src/cmd_*.c src/ui/*.c | grep -vE "(putchar|fputc)\('(\\\\.|.)'|perror\(\"")
  [1]
