# minipy — one test command: `make test` (CI runs it through .ci/run).
GO        ?= go
PYTHON    ?= python3
FUZZTIME  ?= 10m
PKGS      := ./...

.PHONY: all build run test coverage threadrace racetest check314 overlap vet fmtcheck fuzz fuzzsmoke parsecheck parsebench bench benchcheck benchinterp benchproxy pgo install lint deps

all: build

deps:
	$(GO) mod download

build: deps
	$(GO) build -o bin/minipy ./cmd/minipy

# Build minipy and run a script that shows off the language.
run: build
	bin/minipy examples/showcase.py

install: deps
	$(GO) install ./cmd/minipy

# The whole suite CI runs: vet, gofmt, unit + golden tests, short fuzz smoke runs.
test: deps fmtcheck vet
	$(GO) test -count=1 -timeout 30m $(PKGS)
	$(MAKE) --no-print-directory coverage
	$(MAKE) --no-print-directory threadrace
	$(MAKE) --no-print-directory racetest
	$(MAKE) --no-print-directory fuzzsmoke

# The golden suite executes every opcode the compiler emits and calls every
# built-in the issue lists: the eval loop counts them only in a build with
# the coverage tag, so the normal build pays nothing.
coverage:
	$(GO) test -count=1 -timeout 30m -tags coverage ./vm/interp -run '^TestGoldenCoverage$$'

# The interpreter lock and Python threads under the race detector (a few
# seconds once built): every object access must be ordered by the lock.
threadrace:
	$(GO) test -count=1 -timeout 30m -race ./vm -run '^TestThreads'

# Many interpreters in one process, in parallel, under the race detector
# and with the ownership check (-tags ownercheck: a refcount change of an
# object of another interpreter's heap panics): they share nothing but the
# static immortals, which nobody writes (vm/interp/parallel_test.go;
# docs/ARCHITECTURE.md "Many interpreters"); with them the embedding API's
# cancellation, step limit and handles (vm/interp/api_embed_test.go).
# TestXInterpStress (vm/interp/stress_test.go) is issue 7's full-size
# stress test: 32 interpreters × 4 threads, 100,000 items, 1,000
# create/close cycles; about 35 s of CPU under -race, with its own
# deadlock limit (a goroutine dump) below -timeout. TestProxyStress
# (vm/interp/proxy_test.go) is issue 8's, at full size too: 16
# sub-interpreters × 10,000 proxied increments of one counter owned by
# main, owners closed during use; 20-25 s of CPU under -race
# (docs/ARCHITECTURE.md "Shared object proxies"). runtime/alloc first:
# heaps giving and taking shells (shellcache.go) from several goroutines.
racetest:
	$(GO) test -count=1 -timeout 5m -race -tags ownercheck ./runtime/alloc
	$(GO) test -count=1 -timeout 30m -race -tags ownercheck ./vm/interp -run '^Test(Parallel|Ownership|InterpreterAPI|XInterp|Proxy|Embed(Cancel|Deadline|StepLimit|Values))'

# The concurrent.interpreters goldens re-checked against CPython 3.14
# when it is installed (make test does not need it): tools/check314.sh.
check314:
	@sh tools/check314.sh

# How much of the Python embedded in Go (the *_py.go files) is CPython's
# own text: shared non-trivial lines per source, all and code only
# (tools/overlap.py; keep the code figure low).
overlap:
	@$(PYTHON) tools/overlap.py

vet:
	$(GO) vet $(PKGS)

lint: fmtcheck vet

fmtcheck:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Fuzz targets as "package:Target"; each gets FUZZTIME in `make fuzz` and a
# short run in `make test`. The smoke run is a count of executions, not a
# duration: Go 1.26's fuzz coordinator can fail a duration-bounded run with
# a spurious "context deadline exceeded" at the deadline on a loaded
# machine (golang/go#75804, fixed in Go 1.27); a count has no deadline.
FUZZ_TARGETS := ./lang/parser:FuzzTokenize ./lang/parser:FuzzParse ./lang/compiler:FuzzCompile ./lang/compiler:FuzzUnmarshal ./vm/builtins:FuzzPickleLoads ./lang/regex:FuzzRegex
SMOKETIME    ?= 20000x

fuzzsmoke:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz smoke $$fn ($(SMOKETIME))"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(SMOKETIME) >/tmp/minipy-fuzz-$$fn.log 2>&1 \
			|| { cat /tmp/minipy-fuzz-$$fn.log; exit 1; }; \
	done

# Long fuzzing: run it in the background (a foreground command is cut after
# 10 minutes), FUZZTIME per target.
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$fn ($(FUZZTIME))"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) || exit 1; \
	done

# The whole Python 3.11 standard library parsed and compared with CPython's
# ast.dump(..., include_attributes=True); prints "N passed, M failed".
parsecheck:
	$(GO) test -count=1 -timeout 30m ./lang/parser/parsetest -run '^TestParseCheckAll$$' -v -args -all

# Parse throughput over the standard library next to CPython's ast.parse.
parsebench:
	$(GO) run ./cmd/parsebench

# Whole-program benchmarks (bench/README.md): every bench/*.py under python3
# and minipy in turn, best of BENCHRUNS runs each; prints the table, the
# geometric mean of minipy/python3 and both start-up times. Not part of
# `make test`; exits 1 if a program fails or differs from python3.
BENCHRUNS  ?= 3
BENCHFLAGS ?=

bench: deps
	$(GO) run ./bench/run -n $(BENCHRUNS) -python $(PYTHON) -go $(GO) $(BENCHFLAGS)

# Cross-interpreter micro-benchmarks (issue 7): bench/interp/xbench.py
# under CPython 3.14 and minipy in turn, best of BENCHRUNS runs each:
# create+close, exec, call, queue items/s, 2 interpreters vs 1 and 2
# threads vs 1 on CPU-bound work. 3.14's column is skipped when it is not
# installed. Not part of `make test`. BENCHINTERPFLAGS=-nice raises the
# children's scheduling priority (see bench/xinterp).
BENCHINTERPFLAGS ?=

benchinterp: deps
	$(GO) run ./bench/xinterp -n $(BENCHRUNS) $(BENCHINTERPFLAGS)

# Shared object proxy benchmark (issue 8): bench/interp/proxybench.py
# under CPython 3.14 and minipy in turn, best of BENCHRUNS runs each: a
# small method called directly, through Interpreter.call, and through a
# proxy from a sub-interpreter (minipy only), wall and CPU time per call,
# with the ratios issue 8 asks for (the proxied call at most a tenth of
# 3.14's Interpreter.call: exits 1 otherwise). Not part of `make test`.
benchproxy: deps
	$(GO) run ./bench/proxy -n $(BENCHRUNS)

# Profile-guided optimisation: cmd/minipy/default.pgo is the merged CPU
# profile of minipy running every bench program, which `go build` applies to
# the minipy binary automatically. Regenerate it after large changes to the
# eval loop (a stale profile still helps; it never changes behaviour).
pgo: build
	@set -e; d=$$(mktemp -d); for f in bench/*.py; do \
		n=$$(basename $$f .py); \
		MINIPY_CPUPROFILE=$$d/$$n.prof bin/minipy $$f >/dev/null; \
	done; \
	$(GO) tool pprof -proto $$d/*.prof > cmd/minipy/default.pgo; rm -rf $$d; \
	echo "cmd/minipy/default.pgo: $$(wc -c < cmd/minipy/default.pgo) bytes"

# The bench programs themselves, under python3 only: deterministic under two
# hash seeds, 0.5-3 s of CPU each, no imports beyond sys, math and time.
benchcheck: deps
	$(GO) run ./bench/run -check -python $(PYTHON) $(BENCHFLAGS)
