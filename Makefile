# gengokit: code generators for Kubernetes-style APIs.
# `make generate` regenerates the examples, `make test` runs every test.

GO ?= go
BIN := bin
EXAMPLES := ./examples/...
EXAMPLE_HEADER := examples/network/hack/boilerplate.go.txt
# The Network example: its API, and where its generated client code goes.
NET := examples/network
NET_PKG := github.com/gengokit/gengokit/$(NET)
NET_APIS := ./$(NET)/pkg/apis/...
GEN := $(NET)/pkg/generated
GEN_PKG := $(NET_PKG)/pkg/generated
HEADER_ARG := --go-header-file $(EXAMPLE_HEADER)
DEEPCOPY_ARGS := $(HEADER_ARG) --output-file zz_generated.deepcopy.go $(NET_APIS)
DEFAULTER_ARGS := $(HEADER_ARG) --output-file zz_generated.defaults.go $(NET_APIS)
# validation-gen alone, with the read-only packages kube_codegen.sh (and kube-codegen helpers) give it.
VALIDATION_ARGS := $(HEADER_ARG) --output-file zz_generated.validations.go --readonly-pkg k8s.io/apimachinery/pkg/apis/meta/v1 \
	--readonly-pkg k8s.io/apimachinery/pkg/api/resource --readonly-pkg k8s.io/apimachinery/pkg/runtime --readonly-pkg k8s.io/apimachinery/pkg/types \
	--readonly-pkg k8s.io/apimachinery/pkg/util/intstr --readonly-pkg k8s.io/apimachinery/pkg/version --readonly-pkg time $(NET_APIS)
REGISTER_ARGS := $(HEADER_ARG) --output-file zz_generated.register.go $(NET_APIS)
CONVERSION_ARGS := $(HEADER_ARG) --output-file zz_generated.conversion.go $(NET_APIS)
# openapi-gen: the example's definitions, with the apimachinery types they use (read-only, as
# kube_codegen.sh passes them); models-schema turns them into the schema applyconfiguration-gen reads.
OPENAPI_READONLY := k8s.io/apimachinery/pkg/apis/meta/v1 k8s.io/apimachinery/pkg/api/resource k8s.io/apimachinery/pkg/runtime \
	k8s.io/apimachinery/pkg/types k8s.io/apimachinery/pkg/util/intstr k8s.io/apimachinery/pkg/version time
OPENAPI_ARGS := $(HEADER_ARG) --output-dir $(GEN)/openapi --output-pkg $(GEN_PKG)/openapi --output-file zz_generated.openapi.go \
	--output-model-name-file zz_generated.model_name.go --report-filename $(NET)/hack/api_violations.list \
	$(addprefix --readonly-pkg=,$(OPENAPI_READONLY)) k8s.io/apimachinery/pkg/apis/meta/v1 k8s.io/apimachinery/pkg/runtime \
	k8s.io/apimachinery/pkg/version k8s.io/apimachinery/pkg/api/resource ./$(NET)/pkg/apis/networking/v1
SCHEMA := $(GEN)/openapi/models-schema.json
MODELS_SCHEMA := ./$(GEN)/openapi/cmd/models-schema
APPLYCONFIG_ARGS := $(HEADER_ARG) --openapi-schema $(SCHEMA) --output-dir $(GEN)/applyconfigurations --output-pkg $(GEN_PKG)/applyconfigurations $(NET_APIS)
CLIENT_ARGS := $(HEADER_ARG) --output-dir $(GEN)/clientset --output-pkg $(GEN_PKG)/clientset --clientset-name versioned \
	--input-base $(NET_PKG)/pkg/apis --input networking/v1 --apply-configuration-package $(GEN_PKG)/applyconfigurations --prefers-protobuf
LISTER_ARGS := $(HEADER_ARG) --output-dir $(GEN)/listers --output-pkg $(GEN_PKG)/listers $(NET_APIS)
INFORMER_ARGS := $(HEADER_ARG) --output-dir $(GEN)/informers --output-pkg $(GEN_PKG)/informers \
	--versioned-clientset-package $(GEN_PKG)/clientset/versioned --listers-package $(GEN_PKG)/listers $(NET_APIS)
# kube-codegen: the whole example in one process over one load, as a kube_codegen.sh user would run
# gen_helpers, gen_register, gen_openapi and gen_client (the models schema derived in memory); the
# clientset prefers protobuf, as kube-aggregator's and metrics' (their APIs ship generated.pb.go too);
# the Network CRD goes to config/crd.
KUBE_CODEGEN_ARGS := --boilerplate $(EXAMPLE_HEADER) --with-watch --with-applyconfig --applyconfig-name applyconfigurations \
	--output-dir $(GEN) --output-pkg $(GEN_PKG) --report-filename $(NET)/hack/api_violations.list \
	--output-model-name-file zz_generated.model_name.go --update-report --prefers-protobuf --with-crd --crd-output-dir $(NET)/config/crd ./$(NET)/pkg/apis
# go-to-protobuf alone, as make verify checks it against kube-codegen's protobuf step: the Network API's
# generated.proto, generated.pb.go and `protobuf:` struct tags, with apimachinery's packages read, not
# written ('-': k8s.io/apimachinery ships their files); the run gives protoc their IDL and gogo.proto itself.
GO_TO_PROTOBUF_ARGS := $(HEADER_ARG) --packages $(NET_PKG)/pkg/apis/networking/v1 \
	--apimachinery-packages=-k8s.io/apimachinery/pkg/util/intstr,-k8s.io/apimachinery/pkg/api/resource,-k8s.io/apimachinery/pkg/runtime/schema,-k8s.io/apimachinery/pkg/runtime,-k8s.io/apimachinery/pkg/apis/meta/v1
# Every module of the workspace (go.work): the main module, and the nested ones that hold what
# needs client-go, api or kin-openapi (examples/, internal/behaviour/); `./...` stops at a go.mod.
MODULES = $(shell $(GO) list -m -f '{{.Dir}}/...')
# The tests of make compat (build tag compat), and the packages that hold them.
COMPAT_TESTS := TestSweep.* TestCompatSampleAPIServer.* TestModelsSchemaSampleAPIServer TestKubernetesTree TestGoldensMatchUpstream TestModelsSchemaKubeAPI \
	TestModelsSchemaModules TestGetToolMovesNoMoreThanUpstream TestCompatAPIDeepcopy TestCompatClientGo.* TestCompatSamplePipeline \
	TestCompatAPIModelName TestCompatAPIMachineryConversion TestCompatAPIServerDefaults TestCompatAPIProtobufIDL TestCompatAPIProtobuf TestCompatAPIProtobufGogo TestCompatAPIMachineryProtobufIDL TestGoldensMatchUpstreamProtobuf \
	TestGoldensMatchControllerGen TestCompatRealProjects TestMaxDescLenMatchesControllerGen TestCompatValidationOutputTests TestDocsMatchUpstream
space := $(subst ,, )
COMPAT_RUN = ^($(subst $(space),|,$(strip $(COMPAT_TESTS))))$$
COMPAT_PACKAGES := ./generators/kit/goldentest ./generators/conversion ./generators/defaulter ./generators/openapi ./internal/gettool \
	./generators/deepcopy ./generators/applyconfiguration ./generators/client ./generators/lister ./generators/informer \
	./generators/kubecodegen ./generators/protobuf ./generators/crd ./generators/validation
# The packages whose tests take longest (.ci/run's table), which make test starts first.
SLOWEST_FIRST := ./generators/kubecodegen ./generators/protobuf ./generators/conversion ./generators/openapi ./generators/client ./cmd/kube-codegen
# Go files gofmt must accept: all but the golden case that must not parse.
GO_FILES = $(shell find . -name '*.go' -not -path './testdata/deepcopy/errors/syntax/*' -not -path './bin/*')

.PHONY: all build test sweep compat generate verify bench clean

all: build

## build: compile every command into bin/ (-buildvcs=auto: in a git clone, --version names the
## revision even where GOFLAGS turns stamping off; never an error where git cannot tell)
build:
	$(GO) build -buildvcs=auto -o $(BIN)/ ./cmd/...
	$(GO) build -C cmd/crd-check -buildvcs=auto -o $(abspath $(BIN))/ .

## test: run all tests (goldens, error cases, compat with k8s.io/api, round trips); the slowest
## packages first, so that no long one is left running alone on one core at the end
test:
	$(GO) test -timeout 30m $(SLOWEST_FIRST) $(MODULES)

## sweep: only the sweeps (part of compat): our generators over every tagged package of the Kubernetes
## modules that ship generated code, through their own drivers (kube_codegen.sh included): no error,
## every shipped file identical
sweep:
	$(GO) test -tags compat -timeout 60m -v -run '^TestSweep' ./generators/kit/goldentest ./generators/conversion

## compat: the long compatibility checks, not part of test (about ten minutes, 2 GiB): the sweeps above;
## case sample-apiserver with kube_codegen.sh's arguments; the kubernetes v1.37.2 tree rebuilt with its
## staging modules, with deepcopy-gen, prerelease-lifecycle-gen, defaulter-gen, conversion-gen and
## register-gen run over it as its hack/update-codegen.sh does (exit 0, every shipped file identical, no
## other); and upstream's binaries (code-generator v0.37.2, its openapi-gen) over every golden case of the
## ten generators (the goldens identical, but the deliberate differences README lists); and the models
## schema of k8s.io/api's and two aggregated API servers' definitions against a program compiled with them;
## that `go get -tool` of our commands moves no Kubernetes module further than upstream's; and each binary
## of the five open compat cases over k8s.io/api and client-go (make test checks their files over one load),
## and sample-apiserver through kube-codegen's subcommands and each generator's own case of it (make test:
## through `all`)
compat:
	$(GO) test -tags compat -timeout 60m -v -run '$(COMPAT_RUN)' $(COMPAT_PACKAGES)

## generate: regenerate everything under examples/ with our own kube-codegen, the Network API's protobuf
## included (and the models schema file, which single-generator users build with a program as
## kube_codegen.sh users do)
generate: build
	$(BIN)/kube-codegen all --with-protobuf $(KUBE_CODEGEN_ARGS)
	$(GO) run $(MODELS_SCHEMA) > $(SCHEMA)

## verify: fail when generated code under examples/ is stale (by kube-codegen, and by each generator alone,
## go-to-protobuf included, which must agree with it), when crd-check finds a CEL rule of the example's
## CRD the API server would refuse, or gofmt/vet complain
verify: build
	$(BIN)/kube-codegen all -q --verify-only --with-protobuf $(KUBE_CODEGEN_ARGS)
	$(BIN)/go-to-protobuf --verify-only $(GO_TO_PROTOBUF_ARGS)
	$(BIN)/deepcopy-gen --verify-only $(DEEPCOPY_ARGS)
	$(BIN)/validation-gen --verify-only $(VALIDATION_ARGS)
	$(BIN)/defaulter-gen --verify-only $(DEFAULTER_ARGS)
	$(BIN)/register-gen --verify-only $(REGISTER_ARGS)
	$(BIN)/conversion-gen --verify-only $(CONVERSION_ARGS)
	$(BIN)/openapi-gen --verify-only $(OPENAPI_ARGS)
	@$(GO) run $(MODELS_SCHEMA) | cmp -s - $(SCHEMA) || { echo "$(SCHEMA) is stale: run make generate"; exit 1; }
	$(BIN)/applyconfiguration-gen --verify-only $(APPLYCONFIG_ARGS)
	$(BIN)/client-gen --verify-only $(CLIENT_ARGS)
	$(BIN)/lister-gen --verify-only $(LISTER_ARGS)
	$(BIN)/informer-gen --verify-only $(INFORMER_ARGS)
	$(BIN)/crd-check -q ./$(NET)/pkg/apis
	@out=$$(gofmt -l $(GO_FILES)); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(MODULES)

## bench: time our generators against upstream code-generator v0.37.2, one process running all five over
## one load against our five processes, kube-codegen all against kube_codegen.sh (wall, cpu, peak memory)
## and against controller-gen's object generator, kube-codegen crd against controller-gen crd (alternating
## runs, medians, ratios)
bench:
	$(GO) test -p 1 -timeout 60m -run '^$$' -bench 'VsUpstream|OneLoad|KubeCodegenVsControllerGen|KubeCodegenUnchanged|CRDVsControllerGen' -benchtime 1x ./generators ./generators/deepcopy ./generators/defaulter ./generators/prereleaselifecycle ./generators/register ./generators/conversion ./generators/openapi ./generators/lister ./generators/informer ./generators/client ./generators/applyconfiguration ./generators/kubecodegen ./generators/protobuf

clean:
	rm -rf $(BIN)
