# gengokit: code generators for Kubernetes-style APIs.
# `make generate` regenerates the examples, `make test` runs every test.

GO ?= go
BIN := bin
EXAMPLES := ./examples/...
EXAMPLE_HEADER := examples/network/hack/boilerplate.go.txt
DEEPCOPY_ARGS := --go-header-file $(EXAMPLE_HEADER) --output-file zz_generated.deepcopy.go $(EXAMPLES)
# Go files gofmt must accept: all but the golden case that must not parse.
GO_FILES = $(shell find . -name '*.go' -not -path './testdata/deepcopy/errors/syntax/*' -not -path './bin/*')

.PHONY: all build test generate verify bench clean

all: build

## build: compile every command into bin/
build:
	$(GO) build -o $(BIN)/ ./cmd/...

## test: run all tests (goldens, error cases, compat with k8s.io/api, round trips)
test:
	$(GO) test ./...

## generate: regenerate everything under examples/ with our own binaries
generate: build
	$(BIN)/deepcopy-gen $(DEEPCOPY_ARGS)

## verify: fail when generated code under examples/ is stale, or gofmt/vet complain
verify: build
	$(BIN)/deepcopy-gen --verify-only $(DEEPCOPY_ARGS)
	@out=$$(gofmt -l $(GO_FILES)); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## bench: time our generators against upstream code-generator v0.37.2 (alternating runs, medians, ratio)
bench:
	$(GO) test -p 1 -run '^$$' -bench VsUpstream -benchtime 1x ./generators/deepcopy ./generators/lister ./generators/informer ./generators/client ./generators/applyconfiguration

clean:
	rm -rf $(BIN)
