// Command prerelease-lifecycle-gen generates APILifecycleIntroduced,
// APILifecycleDeprecated, APILifecycleRemoved and APILifecycleReplacement for
// the API types (exported structs that embed TypeMeta) of every package that
// says +k8s:prerelease-lifecycle-gen=true: a drop-in replacement for
// k8s.io/code-generator's prerelease-lifecycle-gen v0.37.2 (the same flags,
// tags and bytes), plus -i/--input-dirs, --verify-only and errors at
// file:line:col. kube_codegen.sh does not run it; Kubernetes' own APIs use it.
//
// Usage:
//
//	prerelease-lifecycle-gen [flags] [package patterns...]
//
// For example:
//
//	prerelease-lifecycle-gen --go-header-file hack/boilerplate.go.txt --output-file zz_generated.prerelease-lifecycle.go ./pkg/apis/...
//
// # Flags
//
//	--output-file <name> (default "generated.prerelease_lifecycle.go")
//	    the name of the file written into each package
//	--go-header-file <file>
//	    the license header; "YEAR" in it becomes the current year
//	--lint-rules <rules>
//	    comma-separated tag-checking rules: known-tags-only,
//	    require-explicit-disablement; none by default
//
// # Common flags
//
// Every gengokit generator takes these beside its own:
//
//	-i, --input-dirs <packages>
//	    packages to generate for, comma-separated and repeatable (as in
//	    gengo v1); added to the positional package patterns
//	--verify-only
//	    write nothing; print a unified diff of every file that would
//	    change or appear, and exit 1 if any would (0 when all is current)
//	--version
//	    print the version (module, and the revision it was built from) and exit
//	-h, --help
//	    print what the command is for, its usage line, its flags and the
//	    tags it reads, and exit
//	--help-all
//	    the same, with klog's logging flags last
//	--cache-dir <dir>
//	    where runs are remembered (default: gengokit in the user's cache
//	    directory): a run whose inputs did not change only confirms its files;
//	    the loader keeps its index of dependencies there too, even with
//	    --no-cache
//	--no-cache
//	    load and generate even when nothing changed, and remember no run
//	    (GENGOKIT_CACHE=off in the environment does the same for every run)
//
// klog's logging flags (-v <level>, --vmodule, --log_file, ...) are accepted
// as upstream's binaries accept them; --help-all lists them.
//
// # Tags
//
//	+k8s:prerelease-lifecycle-gen=true|false                      doc.go: generate for every API type of the package
//	+k8s:prerelease-lifecycle-gen:introduced=1.19                 API type: required on every API type of an enabled package
//	+k8s:prerelease-lifecycle-gen:deprecated=1.22                 API type: default introduced + 3 minor releases
//	+k8s:prerelease-lifecycle-gen:removed=1.25                    API type: default deprecated + 3 minor releases
//	+k8s:prerelease-lifecycle-gen:replacement=apps,v1,Deployment  API type: group,version,Kind to use instead (core: ,v1,Pod)
//
// In a GA package (its path ends in v<N>), Deprecated and Removed are
// written only when tagged, and :removed needs :deprecated (else the type
// would be removed without ever being deprecated: an error; upstream writes
// Removed alone); in other versions always, with the defaults.
//
// Errors where upstream differs: a release that is not <major>.<minor>
// (upstream stops on the first without a position, and accepts -1.2);
// releases out of order (deprecated before introduced, removed before
// deprecated); a replacement that is not <group>,<version>,<Kind>; an API
// type of an enabled package without :introduced, at the type; a misspelt
// (":depreciated", did you mean), repeated or misplaced tag; a package value
// other than true or false; a hand-written lifecycle method with the wrong
// signature. A correct hand-written APILifecycleReplacement() is accepted
// and kept (upstream v0.37.2 rejects it, a bug).
//
// # Errors and guarantees
//
// Bad input stops the run before anything is written: each problem is
// printed on a line of its own as file:line:col: message, with what to do,
// all of a run's problems together, and the exit status is 1. A compile
// error in an input package's type declarations is reported first and
// alone; a type Go rejects as an invalid recursive type (type T struct{ t
// T }) is an error at its declaration (upstream generates nothing for it,
// silently); an empty package argument ("", -i "", -i a,) is an error
// (upstream loads the working directory). Upstream reads everything after a tag's "=" as its value, a
// trailing // comment included, and so does gengokit: write comments on
// their own line. Files are written all or nothing (each staged in full
// where a kill leaves nothing, put in place only once all are staged;
// README says what a SIGKILL can leave); nothing is written or removed
// through a symbolic link that leads out of the module;
// unchanged files are not rewritten; the output is formatted in-process and
// its "Code generated by" line names the generator, not the binary's path.
package main
