# stride's Makefile, written by hand.
#
#   make            build ./stride
#   make run        build it and open a bundled plan in the TUI
#   make check      every test: unit, CLI, again under ASan+UBSan (clang),
#                   the CLI tests under valgrind, and 30 s of fuzzing each
#                   for the loader, md2yaml and the reflection parser
#   make bench      the benchmarks (BENCHMARKS.md has the figures)
#   make fuzz       fuzz the loader until stopped (FUZZ_TIME=N: N seconds)
#   make fuzz-md2yaml  the same for md2yaml (and the loader on its drafts)
#   make fuzz-reflect  the same for the reflection parser (reflect --from)
#   make deps       install what is missing (apt-get as root; else it says how)
#   make install    into $(DESTDIR)$(PREFIX); make uninstall takes it out
#   make man        docs/stride-plan.5 again from docs/plan-format.md
#
# V=1 shows the full commands. Objects go under build/: build/default for
# ./stride, build/asan for the sanitizer suite, build/fuzz, build/bench.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
PKG_CONFIG ?= pkg-config
SAN_CC ?= clang
FUZZ_CC ?= clang
FUZZ_TIME ?= 0

PKGS := ncursesw sqlite3 yaml-0.1 libcjson libical libcmark-gfm

# Which build this is: build/default unless a rule below says otherwise.
B ?= build/default
CFLAGS ?= -O2 -g
SANFLAGS ?=

# Recursive (=) so that a `make deps` run by this very make is seen. The
# libraries' include paths only: the feature-test macros are stride's own
# (ALL_CFLAGS, and _DEFAULT_SOURCE where a file needs more), not whatever
# a .pc file happens to add (ncursesw's adds two).
PKG_CFLAGS = $(filter-out -D%,$(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null))
# cmark-gfm's extensions have no .pc of their own on some systems.
PKG_LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lcmark-gfm-extensions -lm
CMOCKA_CFLAGS = $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS = $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

WARNINGS := -Wall -Wextra -Wshadow -Werror
# POSIX.1-2008 with the X/Open System Interfaces: realpath, and curses'
# wide-character API (wint_t, get_wch).
FEATURES := -D_XOPEN_SOURCE=700
ALL_CFLAGS = -std=c11 $(FEATURES) $(WARNINGS) -Iinclude \
	-DSTRIDE_DATADIR='"$(DATADIR)/stride"' \
	$(PKG_CFLAGS) $(CFLAGS) $(SANFLAGS) -MMD -MP

ifeq ($(V),1)
Q :=
msg = @:
else
Q := @
msg = @printf '  %-6s %s\n' '$1' '$2';
endif

# The core: everything but the command line and the views. Unit tests link
# these and nothing else (no curses).
CORE_SRC := $(filter-out src/main.c src/cli.c src/cmd_%.c,$(wildcard src/*.c)) \
	$(wildcard src/md2yaml/*.c)
CLI_SRC := src/main.c src/cli.c $(wildcard src/cmd_*.c)
UI_SRC := $(wildcard src/ui/*.c)
UNIT_SRC := $(wildcard tests/unit/test_*.c)

CORE_OBJ = $(CORE_SRC:%.c=$(B)/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(B)/%.o) $(UI_SRC:%.c=$(B)/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all libraries run check check-suite check-unit check-cli check-completion \
	check-store check-tui \
	check-valgrind check-docs man \
	check-fuzz fuzz fuzz-md2yaml fuzz-reflect bench deps ensure-deps install uninstall clean
.DEFAULT_GOAL := all
.SECONDARY:

all: stride

stride: $(B)/stride
	$(Q)cp -f $< $@

$(B)/stride: $(CLI_OBJ) $(CORE_OBJ)
	$(call msg,LINK,$@)
	$(Q)$(CC) $(CFLAGS) $(SANFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(B)/%.o: %.c | libraries
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/tests/%.o: tests/unit/%.c | libraries
	@mkdir -p $(@D)
	$(call msg,CC,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -c -o $@ $<

$(B)/tests/%: $(B)/tests/%.o $(CORE_OBJ)
	$(call msg,LINK,$@)
	$(Q)$(CC) $(CFLAGS) $(SANFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(CMOCKA_LIBS)

-include $(shell find build -name '*.d' 2>/dev/null)

# ---- set-up ---------------------------------------------------------------

# Before anything compiles: every library is there, or a message that
# names the missing ones (rather than a compiler error about a header).
libraries:
	@missing=""; for p in $(PKGS); do \
		$(PKG_CONFIG) --exists $$p 2>/dev/null || missing="$$missing $$p"; done; \
	printf '#include <cmark-gfm-core-extensions.h>\n' | \
		$(CC) $(PKG_CFLAGS) -E -x c - >/dev/null 2>&1 || \
		missing="$$missing cmark-gfm-extensions"; \
	if [ -n "$$missing" ]; then \
		echo "stride: cannot build: pkg-config finds no$$missing:" \
			"'make deps' installs what is missing (or says how)" >&2; \
		exit 1; \
	fi

deps:
	@tools/deps

ensure-deps:
	@tools/deps --check || tools/deps

# Opens the TUI on the first bundled plan, with your own store (~/.local/
# share/stride): what you tick there is there the next day.
# The bundled plan is dated 2025: the first time, it is started today
# (stride start), so that it opens in progress; after that, where it is.
run: ensure-deps
	@$(MAKE) --no-print-directory stride
	@./stride import plans/backend-roadmap.yaml >/dev/null 2>&1 || true
	@if ./stride status --json backend-2025 2>/dev/null | grep -Eq '"template":[[:space:]]*true'; then \
		./stride start backend-2025; fi
	./stride plans/backend-roadmap.yaml

# ---- tests ----------------------------------------------------------------

# The suite for one build ($(B)): unit tests, the CLI tests, the store
# under stress (two writers, kill -9, damaged and read-only stores, a full
# disk), then the TUI driven in tmux.
check-suite: check-unit check-cli check-completion check-store check-tui check-docs

check-unit: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do \
		echo "  UNIT   $$t"; \
		STRIDE_NO_HOOKS=1 STRIDE_TESTDATA=tests/data $$t || exit 1; \
	done

check-cli: $(B)/stride
	@tests/e2e/run-cli $(B)/stride tests/e2e/cli/*.t

# The completion scripts in bash (for real: COMP_WORDS, COMPREPLY), zsh
# (zpty) and fish (complete -C); a shell not installed is skipped, said so.
check-completion: $(B)/stride
	@tests/e2e/completion/run $(B)/stride

check-store: $(B)/stride
	@tests/e2e/store/run $(B)/stride

check-tui: $(B)/stride
	@tests/e2e/tui/run $(B)/stride

# The man pages: each formats without a warning, and docs/stride-plan.5 is
# what tools/md2man makes of docs/plan-format.md.
check-docs:
	@tests/e2e/docs/man.sh

# ---- documentation --------------------------------------------------------

man: docs/stride-plan.5

docs/stride-plan.5: docs/plan-format.md tools/md2man
	$(call msg,MAN,$@)
	$(Q)tools/md2man stride-plan 5 "the stride plan file format, version 1" \
		<docs/plan-format.md >$@.tmp && mv $@.tmp $@

# The CLI tests of every command again, every run of stride under
# valgrind (the loader's corner cases, with their 64 MiB files, are left
# to ASan and the fuzzer).
VALGRIND_TESTS := backup basics bundled clock config habits hostile-text lint-errors lint-json \
	log-entries md2yaml md2yaml-input portfolio prompt reflect remind resources review stats \
	store-commands store-import store-json
check-valgrind: $(B)/stride
	@STRIDE_WRAP="valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect" \
		tests/e2e/run-cli $(B)/stride $(VALGRIND_TESTS:%=tests/e2e/cli/%.t)

ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

check: ensure-deps
	@echo "== build and test (gcc)"
	@$(MAKE) --no-print-directory check-suite
	@echo "== build and test under ASan+UBSan (clang)"
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 CONVERGE_SCHEDULES=60 \
	CONVERGE_GIT_SCHEDULES=30 \
		$(MAKE) --no-print-directory B=build/asan CC=$(SAN_CC) \
		CFLAGS="-O1 -g" SANFLAGS="$(ASAN_FLAGS)" check-suite
	@echo "== CLI tests under valgrind"
	@$(MAKE) --no-print-directory check-valgrind
	@echo "== fuzz the loader for 30 s"
	@$(MAKE) --no-print-directory FUZZ_TIME=30 FUZZ_SEED=1 fuzz
	@echo "== fuzz md2yaml for 30 s"
	@$(MAKE) --no-print-directory FUZZ_TIME=30 FUZZ_SEED=1 fuzz-md2yaml
	@echo "== fuzz the reflection parser for 30 s"
	@$(MAKE) --no-print-directory FUZZ_TIME=30 FUZZ_SEED=1 fuzz-reflect
	@echo "== all tests passed"

# ---- fuzzing --------------------------------------------------------------

FUZZ_FLAGS := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

# Each target is tests/fuzz/fuzz_NAME.c linked with the whole core.
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(CORE_SRC)
	@mkdir -p $(@D)
	$(call msg,LINK,$@)
	$(Q)$(FUZZ_CC) -std=c11 $(FEATURES) $(WARNINGS) -Iinclude \
		$(PKG_CFLAGS) -O1 -g $(FUZZ_FLAGS) -o $@ $^ $(PKG_LIBS)

# Runs FUZZ_TIME seconds (0: until stopped) on a corpus seeded with the
# test plans and the bundled ones. A crash leaves its input in build/fuzz/;
# add it to tests/data/regress/ so that the unit tests keep it fixed.
# FUZZ_SEED fixes libFuzzer's random seed: `make check` uses 1, so that
# its 30 s follow the same path on every run of the same code (a faster
# machine only goes further along it) and a red check can be replayed;
# `make fuzz` alone explores anew each time.
fuzz: build/fuzz/fuzz_loader
	@mkdir -p build/fuzz/corpus
	@# (named after their paths: two directories may hold the same name)
	@for f in tests/data/*.yaml tests/data/*/*.yaml plans/*.yaml; do \
		cp "$$f" "build/fuzz/corpus/$$(printf '%s' "$$f" | tr / _)"; done
	@build/fuzz/fuzz_loader -max_total_time=$(FUZZ_TIME) -timeout=10 \
		$(if $(FUZZ_SEED),-seed=$(FUZZ_SEED)) \
		-rss_limit_mb=2048 -artifact_prefix=build/fuzz/ \
		-print_final_stats=1 build/fuzz/corpus 2>build/fuzz/log || \
		{ tail -n 40 build/fuzz/log; exit 1; }
	@grep -E '^stat::number_of_executed_units|^Done' build/fuzz/log || true

# md2yaml on any bytes; the harness aborts when a draft does not load. The
# corpus starts from the Markdown of tests/data/md (inputs up to 64 KiB).
fuzz-md2yaml: build/fuzz/fuzz_md2yaml
	@mkdir -p build/fuzz/md-corpus
	@find tests/data/md -name '*.md' -size -64k -exec cp {} build/fuzz/md-corpus/ \;
	@build/fuzz/fuzz_md2yaml -max_total_time=$(FUZZ_TIME) -timeout=10 \
		$(if $(FUZZ_SEED),-seed=$(FUZZ_SEED)) \
		-rss_limit_mb=2048 -max_len=16384 -dict=tests/fuzz/md2yaml.dict \
		-artifact_prefix=build/fuzz/md2yaml- -print_final_stats=1 \
		build/fuzz/md-corpus 2>build/fuzz/md-log || \
		{ tail -n 40 build/fuzz/md-log; exit 1; }
	@grep -E '^stat::number_of_executed_units|^Done' build/fuzz/md-log || true

# The reflection parser (stride reflect --from, the editor's file) on any
# bytes; the harness aborts when what it accepts is not what the store
# keeps. The corpus starts from tests/data/reflect/corpus.
fuzz-reflect: build/fuzz/fuzz_reflect
	@mkdir -p build/fuzz/reflect-corpus
	@cp tests/data/reflect/corpus/*.md build/fuzz/reflect-corpus/
	@build/fuzz/fuzz_reflect -max_total_time=$(FUZZ_TIME) -timeout=10 \
		$(if $(FUZZ_SEED),-seed=$(FUZZ_SEED)) \
		-rss_limit_mb=2048 -max_len=8192 \
		-artifact_prefix=build/fuzz/reflect- -print_final_stats=1 \
		build/fuzz/reflect-corpus 2>build/fuzz/reflect-log || \
		{ tail -n 40 build/fuzz/reflect-log; exit 1; }
	@grep -E '^stat::number_of_executed_units|^Done' build/fuzz/reflect-log || true

# ---- benchmarks -----------------------------------------------------------

bench: ensure-deps
	@$(MAKE) --no-print-directory B=build/bench CFLAGS="-O2 -g" build/bench/stride
	@tests/bench/run build/bench
	@tests/bench/tui build/bench

# ---- installation ---------------------------------------------------------

# Where each shell looks for completions: bash-completion's completionsdir
# as its pkg-config file lays it out, under our PREFIX and DATADIR (as
# bash-completion's README asks; /usr/local/share/bash-completion/
# completions for the default PREFIX, which it searches through
# XDG_DATA_DIRS), else
# $(DATADIR)/bash-completion/completions; zsh's site-functions; fish's
# vendor_completions.d.
BASH_COMPLETION_PC := $(shell $(PKG_CONFIG) --define-variable=prefix=$(PREFIX) \
	--define-variable=datadir=$(DATADIR) --variable=completionsdir bash-completion 2>/dev/null)
BASHCOMPDIR ?= $(or $(BASH_COMPLETION_PC),$(DATADIR)/bash-completion/completions)
ZSHCOMPDIR ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d

install: stride
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/stride/plans \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)/doc/stride \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 stride $(DESTDIR)$(BINDIR)/stride
	install -m 644 plans/*.yaml $(DESTDIR)$(DATADIR)/stride/plans/
	install -m 644 docs/stride.1 $(DESTDIR)$(MANDIR)/man1/stride.1
	install -m 644 docs/stride-config.5 docs/stride-plan.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 644 docs/plan-format.md README.md \
		$(DESTDIR)$(DATADIR)/doc/stride/
	install -m 644 completions/stride.bash $(DESTDIR)$(BASHCOMPDIR)/stride
	install -m 644 completions/_stride $(DESTDIR)$(ZSHCOMPDIR)/_stride
	install -m 644 completions/stride.fish $(DESTDIR)$(FISHCOMPDIR)/stride.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/stride $(DESTDIR)$(MANDIR)/man1/stride.1 \
		$(DESTDIR)$(MANDIR)/man5/stride-config.5 $(DESTDIR)$(MANDIR)/man5/stride-plan.5
	rm -rf $(DESTDIR)$(DATADIR)/stride $(DESTDIR)$(DATADIR)/doc/stride
	rm -f $(DESTDIR)$(BASHCOMPDIR)/stride $(DESTDIR)$(ZSHCOMPDIR)/_stride \
		$(DESTDIR)$(FISHCOMPDIR)/stride.fish

clean:
	rm -rf build stride
