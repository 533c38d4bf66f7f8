stride md2yaml on Markdown that is odd, broken or hostile: each gives a
draft that lints clean, or a clear error (exit 65), never a crash. The
files are in tests/data/md/adversarial; bigger ones are made here.

Nothing to convert
==================

  $ printf '' > empty.md
  $ stride md2yaml empty.md
  stride: empty.md: it is empty: write the roadmap's headings and lists first
  [65]
  $ printf '\xef\xbb\xbf  \n\t\n\r\n' > blank.md
  $ stride md2yaml blank.md
  stride: blank.md: it is empty: write the roadmap's headings and lists first
  [65]
  $ stride md2yaml /dev/null
  stride: /dev/null: it is empty: write the roadmap's headings and lists first
  [65]

Not text: bytes that are mostly not UTF-8, and UTF-16:

  $ head -c 3000 /dev/zero | tr '\0' '\377' > binary.md
  $ stride md2yaml binary.md
  stride: binary.md: it does not look like text (3000 of its 3000 bytes are not UTF-8): give a Markdown file
  [65]
  $ printf '\xff\xfe#\0 \0T\0\n\0' > utf16.md
  $ stride md2yaml utf16.md
  stride: utf16.md: it is UTF-16 text: save it as UTF-8 and convert that
  [65]

Over 4 MiB (from its first 4 MiB and one byte, without reading further):

  $ truncate -s 5M big.md
  $ stride md2yaml big.md
  stride: big.md: it is 4194305 bytes, more than the 4 MiB md2yaml reads: split it, or convert the part that is the plan
  [65]

Odd but readable
================

Each draft lints clean; the summary says what was repaired or left out.

  $ for f in data/md/adversarial/*.md; do
  >   stride md2yaml "$f" -o "$(basename "$f" .md).yaml" || echo "FAILED $f"
  > done
  data/md/adversarial/bom.md: 1 phase, 0 week blocks, 1 task, 0 criteria, 0 deliverables, 0 resources
  data/md/adversarial/controls.md: 1 phase, 0 week blocks, 2 tasks, 0 criteria, 0 deliverables, 0 resources; 2 control characters dropped
  data/md/adversarial/crlf.md: 1 phase, 1 week block, 2 tasks (1 ticked), 0 criteria, 0 deliverables, 0 resources; 1 guess marked '# guessed:'
  data/md/adversarial/headings-only.md: 3 phases, 0 week blocks, 0 tasks, 0 criteria, 0 deliverables, 0 resources
  stride: data/md/adversarial/headings-only.md: the draft has no tasks: the Markdown has 4 headings, 0 list items and 0 table rows; they became 3 phases: a plan needs tasks to tick; write them as list items ("- [ ] ...") under the headings
  data/md/adversarial/invalid-utf8.md: 1 phase, 0 week blocks, 2 tasks, 0 criteria, 0 deliverables, 0 resources; 3 bad bytes replaced
  data/md/adversarial/nesting.md: 1 phase, 0 week blocks, 12 tasks, 0 criteria, 0 deliverables, 0 resources; 1 guess marked '# guessed:'
  data/md/adversarial/no-headings.md: 1 phase, 0 week blocks, 5 tasks (1 ticked), 0 criteria, 0 deliverables, 0 resources
  data/md/adversarial/tabs.md: 1 phase, 0 week blocks, 3 tasks, 0 criteria, 0 deliverables, 0 resources
  data/md/adversarial/unterminated-fence.md: 1 phase, 0 week blocks, 1 task, 0 criteria, 0 deliverables, 0 resources; left out: 1 code block
  $ stride lint *.yaml && echo lint-clean
  lint-clean

CRLF line ends and a BOM are read as LF and nothing:

  $ tr -cd '\r' < crlf.yaml | wc -c
  0
  $ head -n 9 bom.yaml | tail -n 3
  id: bom-plan
  title: BOM plan
  

Bytes that are not UTF-8 become U+FFFD, and the header says so:

  $ grep -E 'U\+FFFD|title' invalid-utf8.yaml
  # 3 bytes that were not UTF-8 became U+FFFD.
  title: T��
      title: T��
          title: caf� au lait
          title: ok

Control characters are dropped; a line separator is a space:

  $ grep title controls.yaml
  title: T
      title: T
          title: ab c
          title: line sep

A code block never closed runs to the end of the file (as on GitHub), and
the comment says so:

  $ grep 'never closed' unterminated-fence.yaml
    # left out: a code block (js) (2 lines) at line 3: it is never closed, so the rest of the file is code

Twelve levels of list: eight kept, the rest at the eighth:

  $ grep -c 'id: level-' nesting.yaml
  12
  $ grep -B 1 -A 1 '# guessed: items' nesting.yaml
                                      title: level 8
                                    # guessed: items nested deeper than 8 levels are kept at the 8th
                                    - id: level-9

Tabs indent like four spaces:

  $ sed -n '/^phases:/,$p' tabs.yaml
  phases:
    - id: t-2
      title: T
      tasks:
        - id: a
          title: a
          tasks:
            - id: b
              title: b
        - id: c
          title: c

Titles YAML would misread are quoted; the loader reads them back:

  $ cat > hostile.md <<'MD'
  > # yes
  > ## null: nothing
  > - [ ] no
  > - [ ] key: value #not a comment
  > - [ ] - dash & *star* @at %pc !bang `tick`
  > - [ ] "quoted" and 'single'
  > - [ ] 2025-06-12
  > - [ ] 0x1F
  > - [ ] ~ approx
  > - [ ] back\\slash and <b>bold</b> &amp; more
  > MD
  $ stride md2yaml hostile.md -o hostile.yaml
  hostile.md: 1 phase, 0 week blocks, 8 tasks, 0 criteria, 0 deliverables, 0 resources
  $ sed -n '/^stride/,$p' hostile.yaml
  stride: 1
  id: "yes"
  title: "yes"
  
  phases:
    - id: null-nothing
      title: "null: nothing"
      tasks:
        - id: "no"
          title: "no"
        - id: key-value-not-a-comment
          title: "key: value #not a comment"
        - id: dash-star-at-pc-bang-tick
          title: "- dash & star @at %pc !bang tick"
        - id: quoted-and-single
          title: "\"quoted\" and 'single'"
        # note: the task at line 7 names a day (2025-06-12) that md2yaml did not use: add due: 2025-06-12 if it is a deadline
        - id: "2025-06-12"
          title: "2025-06-12"
        - id: "0x1f"
          title: "0x1F"
        - id: approx
          title: "~ approx"
        - id: back-slash-and-bold-more
          title: back\slash and bold & more
  $ stride lint --json hostile.yaml | grep -o '"tasks":[[:space:]]*[0-9]*' | sed 's/[[:space:]]//g'
  "tasks":8

Big input (a 1 MB line, 50,000 bullets) is in md2yaml-big.t, which is
left out of the valgrind run for its time; ASan runs it.

Never a silent empty plan: a log in prose under headings gives a draft
with no tasks, and md2yaml says what it found and did on stderr (the
draft is still written, exit 0):

  $ printf '# Log\n\n## Monday notes\n\nDid things.\n\n## Tuesday notes\n\nMore.\n' > prose.md
  $ stride md2yaml prose.md -o prose.yaml
  prose.md: 2 phases, 0 week blocks, 0 tasks, 0 criteria, 0 deliverables, 0 resources
  stride: prose.md: the draft has no tasks: the Markdown has 3 headings, 0 list items and 0 table rows; they became 2 phases: a plan needs tasks to tick; write them as list items ("- [ ] ...") under the headings
