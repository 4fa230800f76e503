// Command kube-codegen is kube_codegen.sh (k8s.io/code-generator v0.37.2)
// as one Go command: it finds the API packages under <input-dir> by their
// tags, runs gengokit's generators with the arguments kube_codegen.sh gives
// upstream's, writes the same files byte for byte, and removes the files an
// earlier run generated that this run no longer produces.
//
// Usage:
//
//	kube-codegen <subcommand> [flags] <input-dir>
//	kube-codegen --help
//	kube-codegen --version
//
// <input-dir> is a local directory (not a Go package) under which the API
// packages are. The subcommands are kube_codegen.sh's functions of the same
// name, with the same flags and defaults (protobuf and crd excepted):
//
//	helpers    gen_helpers: deepcopy-gen, validation-gen, defaulter-gen and conversion-gen over
//	           the packages tagged +k8s:deepcopy-gen=, +k8s:validation-gen=,
//	           +k8s:defaulter-gen=, +k8s:conversion-gen=
//	register   gen_register: register-gen over the packages tagged +groupName
//	openapi    gen_openapi: openapi-gen over the packages tagged +k8s:openapi-gen..., the four
//	           apimachinery packages and --extra-pkgs
//	client     gen_client: applyconfiguration-gen (--with-applyconfig), client-gen, lister-gen
//	           and informer-gen (--with-watch) over the +genclient packages in a directory named
//	           like a version (v1, v2beta1)
//	protobuf   go-to-protobuf over the packages tagged +k8s:protobuf-gen=package (kube_codegen.sh
//	           has no such function): generated.proto, generated.pb.go (protoc, with
//	           kube-codegen's own binary as its plugin) and the protobuf struct tags of their Go
//	           types, in place, as go-to-protobuf writes them with its default
//	           --apimachinery-packages read with '-'
//	crd        the CustomResourceDefinitions of the kinds of the packages tagged +groupName (a kind
//	           embeds metav1.TypeMeta and metav1.ObjectMeta; its versions are the packages that
//	           declare it), one <group>_<plural>.yaml each, byte for byte as controller-gen v0.23
//	           crd writes them (see the README), reading the packages' generated files too,
//	           as controller-gen does; a misspelt marker, or a kind's marker on a field, is an
//	           error
//	all        helpers, register, openapi and client, in one process over one load of the
//	           packages; the OpenAPI definitions go to <output-dir>/<openapi-name>, and the
//	           OpenAPI models schema of the apply configurations is derived in memory; with
//	           --with-protobuf, then protobuf, which reads the files all wrote (go-to-protobuf
//	           reads a package's generated files: zz_generated.register.go adds to its imports);
//	           with --with-crd, crd's CRDs too, over the same load
//
// For example:
//
//	kube-codegen all --with-watch --with-applyconfig --output-model-name-file zz_generated.model_name.go \
//	    --output-dir pkg/generated --output-pkg example.com/shop/pkg/generated ./pkg/apis
//	kube-codegen protobuf --boilerplate hack/boilerplate.go.txt ./pkg/apis
//
// # Flags
//
// Each entry ends with the subcommands that take the flag.
//
//	--boilerplate <file> [helpers, register, openapi, client, protobuf, crd, all]
//	    the license header of every file; "YEAR" in it becomes the year.
//	    Default: none (kube_codegen.sh's default is a file of the
//	    code-generator repository, which its Go module does not contain);
//	    CRDs get no header, as controller-gen writes them
//	--verify-only [helpers, register, openapi, client, protobuf, crd, all]
//	    write and remove nothing; print a unified diff of every file that
//	    would change, appear or disappear, and exit 1 if any would
//	-q, --quiet [helpers, register, openapi, client, protobuf, crd, all]
//	    print no progress lines (one per generator), only errors and warnings
//	--cache-dir <dir> [helpers, register, openapi, client, protobuf, crd, all]
//	    where runs are remembered (default: gengokit in the user's cache
//	    directory): a run whose inputs did not change only confirms its
//	    files; protobuf's runs are not remembered (protoc is an input too);
//	    the loader keeps its index of dependencies there too, even with
//	    --no-cache
//	--no-cache [helpers, register, openapi, client, protobuf, crd, all]
//	    load and generate even when nothing changed, and remember no run
//	    (GENGOKIT_CACHE=off in the environment does the same for every run)
//	-v, --v <level> [helpers, register, openapi, client, protobuf, crd, all]
//	    the generators' log verbosity (kube_codegen.sh's KUBE_VERBOSE); default 0
//	-h, --help [helpers, register, openapi, client, protobuf, crd, all]
//	    print the subcommand's help and exit
//	--lint-rules <rules> [helpers, register, client, all]
//	    the generators' --lint-rules: known-tags-only, require-explicit-disablement
//	--extra-peer-dir <import path> [helpers, all]
//	    an extra package for conversion-gen's peers; repeatable
//	--output-dir <dir> [openapi, client, all]
//	    openapi: where zz_generated.openapi.go goes; client and all: the
//	    root of the generated client packages (required)
//	--output-pkg <import path> [openapi, client, all]
//	    the Go import path of --output-dir (required)
//	--extra-pkgs <import path> [openapi, all]
//	    more packages to write definitions for; comma-separated and repeatable
//	--report-filename <file> [openapi, all]
//	    the API rule violations report (default /dev/null). Violations in
//	    k8s.io/apimachinery's read-only packages never fail a run; with a
//	    device such as /dev/null yours are warnings; with a file they must
//	    be those it holds (a diff and exit 1 otherwise); "-" prints it
//	--update-report [openapi, all]
//	    rewrite the report file instead of failing when it differs
//	--output-model-name-file <name> [openapi, all]
//	    the file of OpenAPIModelName methods written into each package
//	    tagged +k8s:openapi-model-package; none when empty
//	--openapi-name <name> [all]
//	    the directory under --output-dir the OpenAPI definitions go to (default "openapi")
//	--one-input-api <dir> [client, all]
//	    clients for this API only (a directory under <input-dir>); one
//	    without a +genclient package is an error
//	--clientset-name <name> [client, all]
//	    the clientset's directory (default "clientset")
//	--versioned-name <name> [client, all]
//	    the <clientset>/versioned directory (default "versioned")
//	--with-applyconfig [client, all]
//	    generate apply configurations
//	--applyconfig-name <name> [client, all]
//	    their directory (default "applyconfiguration")
//	--applyconfig-externals <list> [client, all]
//	    <type-package>.<Type>:<applyconfiguration-package>, comma-separated
//	--applyconfig-openapi-schema <file> [client, all]
//	    the OpenAPI models schema for the Extract functions (all derives it
//	    from the definitions it generates when not given)
//	--with-watch [client, all]
//	    generate listers and informers
//	--listers-name <name> [client, all]
//	    the listers' directory (default "listers")
//	--informers-name <name> [client, all]
//	    the informers' directory (default "informers")
//	--plural-exceptions <list> [client, all]
//	    Type:PluralizedType, comma-separated
//	--prefers-protobuf [client, all]
//	    clientsets that prefer protobuf
//	--crd-output-dir <dir> [crd, all]
//	    the directory the CRDs are written into (default config/crd); the
//	    CRDs an earlier run wrote there for the same groups
//	    (<group>_*.yaml with controller-gen's version annotation) and that
//	    this run no longer writes are removed
//	--crd-max-desc-len <n> [crd, all]
//	    cut every description to at most n bytes, at a sentence's end where
//	    one fits, as controller-gen's crd:maxDescLen (0 drops them; default
//	    -1 keeps them whole)
//	--crd-allow-dangerous-types [crd, all]
//	    write float32 and float64 fields as numbers rather than refuse them
//	    (crd:allowDangerousTypes)
//	--crd-ignore-unexported-fields [crd, all]
//	    leave unexported struct fields out of the schemas
//	    (crd:ignoreUnexportedFields)
//	--crd-generate-embedded-object-meta [crd, all]
//	    give an ObjectMeta below a kind's root (a template's) the schema of
//	    its name, namespace, labels, annotations and finalizers
//	    (crd:generateEmbeddedObjectMeta)
//	--crd-versions <list> [crd, all]
//	    the apiextensions.k8s.io versions to write (crd:crdVersions); only
//	    v1, the default, as controller-gen v0.23
//	--crd-header-file <file> [crd, all]
//	    text written at the top of every CRD (crd:headerFile)
//	--crd-year <year> [crd, all]
//	    replaces " YEAR" in the header file (crd:year)
//	--with-crd [all]
//	    also write the CRDs, as the crd subcommand does
//	--with-protobuf [all]
//	    then run the protobuf subcommand over the files all wrote (needs protoc;
//	    without it, nothing is written)
//	--proto-import <dir> [protobuf, all]
//	    a directory on protoc's import path (go-to-protobuf's --proto-import);
//	    repeatable. go-to-protobuf puts the IDL of the read-only packages and
//	    gogo.proto on the path itself, so most projects need none
//	--proto-pkgs <import path> [protobuf, all]
//	    a package whose types the tagged packages use, read but not generated
//	    (a '-' entry of go-to-protobuf's --apimachinery-packages), e.g.
//	    k8s.io/api/core/v1; without it go-to-protobuf copies the messages of
//	    such a package into each generated.proto; comma-separated and repeatable
//
// kube-codegen --help prints the subcommands; kube-codegen --version prints
// the version.
//
// # Tags
//
// kube-codegen reads the tags of the generators it runs (see go doc of each
// command under github.com/gengokit/gengokit/cmd). A package is found by the
// tags in its real comments: any // comment of its files counts, as
// kube_codegen.sh's grep finds it, but a tag inside a string or a /* */
// block is not a tag. When the models schema has no definition for a
// +genclient type, its apply configurations are untyped, and the package
// gets a warning at its doc.go with the +k8s:openapi-model-package to add.
// The protobuf step runs on the packages tagged +k8s:protobuf-gen=package.
// Packages tagged +k8s:validation-gen get zz_generated.validations.go from
// helpers (and all), with kube_codegen.sh's read-only packages; ObjectMeta's
// and metav1.Condition's validations are called in apimachinery's
// meta/v1/validation (see go doc of cmd/validation-gen).
//
// # Cleanup
//
// Before writing, kube-codegen finds every file a previous run generated in
// its scope: the Go files whose header says "Code generated by <generator>.
// DO NOT EDIT.", where kube_codegen.sh deletes them (each generator's
// zz_generated.*.go under <input-dir>, openapi-gen's also under its output
// directory, and the client generators' files under their output
// directories); for the protobuf step, the generated.proto files under
// <input-dir> that carry go-to-protobuf's "This file was autogenerated by
// go-to-protobuf" line and the generated.pb.go files that say "Code
// generated by protoc-gen-gogo". It removes those this run does not produce, only after every
// new file is written, and then the directories that leaves empty. It
// removes only what the run looked at: a generator that finds no input
// package removes nothing (and says so). It stops, writing nothing, when a
// file it would remove declares a name that a staying file uses. It never
// removes a file another tool (or you) wrote, and never writes or removes
// anything outside the output directories and the input packages (the API
// rule report excepted).
//
// # Errors
//
// Every tag problem of every generator is reported once, at file:line:col,
// exit 1, and nothing is written. Output that would not build is refused
// before anything is written: an --output-dir whose package path (from the
// go.mod above it) is not --output-pkg, and a go.mod that pins a client-go
// older than the generated clientset needs (v0.37.0; the error names the
// go get that fixes it).
//
// The protobuf step needs protoc on PATH (Debian/Ubuntu: apt-get install
// protobuf-compiler, 3.21.12); without it the run exits 1 saying so, and
// writes nothing. protoc runs kube-codegen's own binary as its plugin (with
// the environment variable GENGOKIT_GO_TO_PROTOBUF_PLUGIN set): no
// protoc-gen-gogo, gogo module or goimports is needed. Without
// --with-protobuf, all never needs protoc.
package main
