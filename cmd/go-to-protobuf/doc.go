// Command go-to-protobuf writes the Protobuf IDL of Go API packages and
// the Go code that marshals them: a generated.proto in each package, one
// message per exported struct (and per +protobuf.nullable slice or map),
// field numbers read back from the `protobuf:` struct tags so that they
// never change; then, with protoc, each package's generated.pb.go; and the
// `protobuf:` struct tags of the Go types. A drop-in replacement for
// k8s.io/code-generator's go-to-protobuf v0.37.2 (the same flags, tags and
// bytes: k8s.io/api's 60 generated.proto and 60 generated.pb.go identical),
// plus --verify-only and errors at file:line:col.
//
// Usage:
//
//	go-to-protobuf [flags] --packages <import path>[,...]
//
// For example, Kubernetes' invocation for k8s.io/api:
//
//	go-to-protobuf --go-header-file hack/boilerplate.go.txt --output-dir=staging/src \
//	    --proto-import=staging/src --proto-import=vendor --proto-import=third_party/protobuf \
//	    --packages=k8s.io/api/apps/v1,k8s.io/api/core/v1
//
// The pipeline is upstream's: the IDL with gogoproto's options is laid out
// in a temporary directory at its import paths, and protoc runs over it
// with the search path -I <that directory> -I . -I <--output-dir>
// and -I each --proto-import, then last what the run supplies where that
// path lacks it: the IDL of every package read with '-' (as their own run
// writes it for protoc, so k8s.io/apimachinery's files need no
// --proto-import) and github.com/gogo/protobuf/gogoproto/gogo.proto (from
// gogo v1.3.2's module, which the go command downloads into the module
// cache when it is not there). protoc's plugin is this binary itself (protoc
// starts it with GENGOKIT_GO_TO_PROTOBUF_PLUGIN set): gengokit's own, on
// google.golang.org/protobuf, no gogo linked; it writes the generated.pb.go
// upstream's protoc-gen-gogo, rewrite, goimports and gofmt -s leave, with
// the header (a +build line first with --conditional). Then every file is
// written in one go, or none: each package's generated.pb.go, its
// generated.proto without gogoproto's options (with them, under
// --keep-gogoproto) and the Go files whose struct tags change. protoc must
// be on PATH (Debian/Ubuntu: apt-get install protobuf-compiler, 3.21.12,
// which gives Kubernetes' bytes); --only-idl and --clean need none.
// protoc runs once for all the packages (upstream runs it once per
// package; the files are the same), or, when it refuses them together
// (two packages declaring the same names), once per package.
// Unlike upstream, goimports is not needed, and generated.pb.go is written
// beside its package's generated.proto (upstream writes it below
// --output-dir at the import path; the two agree when --output-dir is the
// root of a GOPATH-like tree, as in Kubernetes).
//
// With --only-idl, generated.proto is written as upstream writes it then:
// the IDL it feeds protoc, with gogoproto's options (whatever
// --keep-gogoproto says; upstream drops them only after protoc has run).
// Packages are named only by the two package flags: package arguments and
// -i are an error (upstream ignores them).
//
// # Flags
//
//	-p, --packages <entry>[,...]
//	    the packages to generate for, as import paths (or ./relative
//	    directories, named after their import path); an entry may start
//	    with '+' (only types tagged +protobuf=true get a message) or '-' (read
//	    for its types, not written), and end with =<protobuf package> (default:
//	    the import path with '/' as '.' and '-' as '_')
//	--apimachinery-packages <entry>[,...]
//	    the same, for the apimachinery packages every API uses; default
//	    +k8s.io/apimachinery/pkg/util/intstr, +.../api/resource,
//	    +.../runtime/schema, +.../runtime, .../apis/meta/v1,
//	    .../apis/meta/v1beta1, .../apis/testapigroup/v1 (as upstream)
//	-h, --go-header-file <file>
//	    the license header; "YEAR" in it becomes the current year
//	--output-dir <dir> (default ".")
//	    the root protoc reads and writes below, as a GOPATH's src:
//	    <dir>/<import path>/generated.proto (generated.proto itself is
//	    written into each package's directory, as upstream does)
//	--proto-import <dir>
//	    an extra protoc import path; repeatable
//	--only-idl
//	    write generated.proto (with gogoproto's options) and stop; no protoc
//	--clean
//	    remove generated.proto and generated.pb.go from each package not
//	    read with '-', and stop
//	--keep-gogoproto
//	    keep gogoproto's options in the IDL that ships
//	--drop-embedded-fields <[package.]Type>[,...] (default "k8s.io/apimachinery/pkg/apis/meta/v1.TypeMeta")
//	    fields of these types get no protobuf field
//	--conditional <tag>
//	    a build condition for generated.pb.go: "// +build <tag>" before
//	    the header (gofmt adds the //go:build line), as upstream
//	--skip-generated-rewrite
//	    upstream leaves generated.pb.go as protoc-gen-gogo writes it, which
//	    redeclares the package's Go types and never compiles: refused
//	    (ignored with --only-idl or --clean, which write no
//	    generated.pb.go); refused with --drop-gogo-go=true, as upstream
//	--drop-gogo-go (default true)
//	    remove gogo's packages from generated.pb.go; =false keeps gogo's
//	    runtime (proto.RegisterType, XXX_ methods, Descriptor and the
//	    gzipped descriptor), as Kubernetes shipped before 1.35: the
//	    generated code then imports github.com/gogo/protobuf
//
// # Common flags
//
//	--verify-only
//	    write nothing; print a unified diff of every file that would
//	    change, appear or disappear, and exit 1 if any would
//	--version
//	    print the version (module, and the revision it was built from) and exit
//	--help
//	    print what the command is for, its usage line, its flags and the
//	    tags it reads, and exit (-h is --go-header-file, as upstream)
//	--help-all
//	    the same, with klog's logging flags last
//	--cache-dir <dir>
//	--no-cache
//	    accepted, as by every generator; go-to-protobuf's runs are not
//	    cached (protoc and the .proto search path are inputs too); the
//	    loader keeps its index of dependencies in --cache-dir
//
// klog's logging flags (-v <level>, --vmodule, ...) are accepted too.
//
// # Tags
//
//	+protobuf=true|false              type: a message even in a '+' package, or none
//	+protobuf.nullable=true           type: a named slice or map becomes a message with one
//	                                  field, items; fields of the type are nullable
//	+protobuf.as=<Type>               type: the message has the fields of another struct of the package
//	+protobuf.embed=<Message>         type: the message is one field, number 1, of the named message
//	+protobuf.options.<option>=<value> type: a message option; marshal=false leaves out
//	                                  gogo's marshaler, unmarshaler and sizer
//	`protobuf:"<wire>,<n>,<label>,name=<name>[,casttype=...]"`
//	                                  struct tag: the field's number (and name, casts) kept;
//	                                  `protobuf:"-"`: no field
//	+k8s:protobuf-gen=package         doc.go: read by kube-codegen to pick the packages
//
// Fields are numbered from their struct tags; a field without one gets the
// number after the highest. The packages are loaded with the "proto" build
// tag, as upstream's parser loads them.
//
// # Errors and guarantees
//
// Bad input stops the run before anything is written, each problem printed
// as file:line:col: message with what to do, and the exit status is 1: two
// fields with one protobuf number; against the generated.proto the run
// replaces, a field whose number would change (an untagged field numbered
// after the highest struct tag, which moved) or a new field taking the
// number of a removed field of another type (upstream renumbers silently); a field whose Go type protobuf cannot
// hold (a channel, an array, an interface); a +protobuf.as naming a type
// the package does not have (upstream writes an empty message); a +protobuf
// or +protobuf.nullable value other than true or false (upstream exits
// without a position); protoc missing (the error says what to install), or
// failing (its output and command line are shown); a construct the plugin
// does not write yet (for example a map whose values are not strings,
// bytes or messages). Files are written all or nothing,
// unchanged files are not rewritten. Unlike upstream, --only-idl leaves
// generated.pb.go in place (upstream deletes it, although it writes no new
// one).
package main
