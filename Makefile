# gofront: a teaching-grade Go compiler.
#
#   make run     set up a fresh Debian machine, build, run the escape tour
#   make test    set up, build, run the whole test suite
#
# Generated files (re2c and lemon output, objects, executables) go to build/
# and are never committed.

CC       ?= gcc
CFLAGS   ?= -O2 -g
CFLAGS   += -std=gnu11 -Wall -Wno-unused-parameter -Wno-unused-function
BUILD    := build
JITINC   := /usr/lib/gcc/x86_64-linux-gnu/12/include
PACKAGES := re2c lemon libgccjit-12-dev gcc make

COMPILER_SRC := $(filter-out compiler/parse.c,$(wildcard compiler/*.c))
COMPILER_OBJ := $(patsubst compiler/%.c,$(BUILD)/compiler/%.o,$(COMPILER_SRC)) \
                $(BUILD)/compiler/lexer.o $(BUILD)/compiler/parse.o \
                $(BUILD)/compiler/rt_stack_use.o
RUNTIME_SRC  := $(wildcard runtime/*.c)
RUNTIME_ASM  := $(wildcard runtime/*_amd64.S)
RUNTIME_OBJ  := $(patsubst runtime/%.c,$(BUILD)/runtime/%.o,$(RUNTIME_SRC)) \
                $(patsubst runtime/%.S,$(BUILD)/runtime/%.o,$(RUNTIME_ASM))
RUNTIME_CI   := $(patsubst runtime/%.c,$(BUILD)/runtime/%.ci,$(RUNTIME_SRC))

.PHONY: all setup run test test-go check-stress check-escape bench clean format stack-usage
all: gofront $(BUILD)/runtime/libgort.a

# ---- set-up: install what a fresh Debian 12 is missing ----
setup:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# ---- the compiler ----
$(BUILD)/compiler/lexer.c: compiler/lexer.re | $(BUILD)/compiler
	re2c -W --no-generation-date -o $@ $<

$(BUILD)/compiler/parse.c $(BUILD)/compiler/parse.h: compiler/parse.y | $(BUILD)/compiler
	cp compiler/parse.y $(BUILD)/compiler/parse.y
	cd $(BUILD)/compiler && lemon -s -T/usr/share/lemon/lempar.c parse.y >/dev/null

$(BUILD)/compiler/%.o: compiler/%.c $(BUILD)/compiler/parse.h $(wildcard compiler/*.h) | $(BUILD)/compiler
	$(CC) $(CFLAGS) -Icompiler -I$(BUILD)/compiler -Iruntime -I$(JITINC) -c -o $@ $<

$(BUILD)/compiler/%.o: $(BUILD)/compiler/%.c $(BUILD)/compiler/parse.h $(wildcard compiler/*.h)
	$(CC) $(CFLAGS) -Wno-unused-variable -Icompiler -I$(BUILD)/compiler -I$(JITINC) -c -o $@ $<

$(BUILD)/gofront.o: gofront.c $(wildcard compiler/*.h) $(BUILD)/compiler/parse.h | $(BUILD)/compiler
	$(CC) $(CFLAGS) -Icompiler -I$(BUILD)/compiler -Iruntime -I$(JITINC) -c -o $@ $<

gofront: $(BUILD)/gofront.o $(COMPILER_OBJ)
	$(CC) $(CFLAGS) -o $@ $^ -lgccjit

# ---- the runtime: a static library linked into every program ----
# gcc also writes each object's frame sizes (X.su) and call graph (X.ci) beside it.
RTFLAGS := -O2 -g -std=gnu11 -Wall -Wno-unused-parameter -fno-omit-frame-pointer \
           -fstack-usage -fcallgraph-info=su

$(BUILD)/runtime/%.o $(BUILD)/runtime/%.ci: runtime/%.c $(wildcard runtime/*.h) | $(BUILD)/runtime
	$(CC) $(RTFLAGS) -Iruntime -c -o $(BUILD)/runtime/$*.o $<

# The runtime's worst-case stack use per gort_* function, from the call graphs
# (runtime/stack_usage.awk), compiled into gofront (compiler/rtstack.h).
$(BUILD)/compiler/rt_stack_use.c: runtime/stack_usage.awk $(RUNTIME_CI) | $(BUILD)/compiler
	LC_ALL=C awk -f runtime/stack_usage.awk $(RUNTIME_CI) >$@.tmp && mv $@.tmp $@

# the table for humans, deepest first; NAME=gort_x prints that function's worst path
stack-usage: $(RUNTIME_CI)
	@LC_ALL=C awk $(if $(NAME),-v name=$(NAME),-v report=1) -f runtime/stack_usage.awk $(RUNTIME_CI)

$(BUILD)/runtime/%.o: runtime/%.S | $(BUILD)/runtime
	$(CC) -c -o $@ $<

$(BUILD)/runtime/libgort.a: $(RUNTIME_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/compiler $(BUILD)/runtime:
	mkdir -p $@

# ---- the contract ----
run: setup all
	./gofront -m docs/tour.go
	./gofront run docs/tour.go

test: setup all $(BUILD)/errorcheck
	bash testdata/run_tests.sh

# go1.19's own errorcheck tests (needs /usr/share/go-1.19/test)
test-go: setup all $(BUILD)/errorcheck
	bash testdata/run_tests.sh --go-tests

# every run-test under the stress switches
check-stress: setup all
	GOFRONT_GC_STRESS=1 bash testdata/run_tests.sh --only run
	GOFRONT_STACK_STRESS=1 bash testdata/run_tests.sh --only run

# escape analysis' soundness: every run-test built with -d checkescape (stack poisoning),
# and testdata/poison/*.go, whose deliberate escape bugs it must catch
check-escape: setup all $(BUILD)/errorcheck
	bash testdata/check_escape.sh

bench: setup all
	../shared/bench/run.sh --gofront "$(CURDIR)/gofront build -o {out} {src}"

format:
	clang-format -i gofront.c compiler/*.c compiler/*.h runtime/*.c runtime/*.h

clean:
	rm -rf $(BUILD) gofront

# the test runner's errorcheck helper (Go's // ERROR "regexp" convention)
$(BUILD)/errorcheck: testdata/errorcheck.c | $(BUILD)/compiler
	$(CC) -O2 -std=gnu11 -Wall -o $@ $<
