// Command register-gen writes zz_generated.register.go into each API
// package that asks for it: GroupName, GroupVersion, SchemeGroupVersion,
// Resource, SchemeBuilder, AddToScheme, Install, and an addKnownTypes that
// registers every type embedding TypeMeta (sorted by name) and calls
// metav1.AddToGroupVersion. A drop-in replacement for
// k8s.io/code-generator's register-gen v0.37.2 (the same flags, tags and
// bytes), plus -i/--input-dirs, --verify-only and errors at file:line:col.
//
// Usage:
//
//	register-gen [flags] [package patterns...]
//
// For example:
//
//	register-gen --go-header-file hack/boilerplate.go.txt --output-file zz_generated.register.go ./pkg/apis/...
//
// # Flags
//
//	--output-file <name> (default "generated.register.go")
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
// Which packages get the file, as upstream decides, from their doc.go:
//
//	+k8s:register-gen=true     generated; the group is +groupName's, or the directory above the version
//	+groupName=<group>         generated (empty for the core group), unless +k8s:register-gen=false
//	+k8s:register-gen=false    not generated, whatever +groupName says
//	neither                    not generated
//
// A package is still skipped, as upstream skips it, when it keeps a
// hand-written register.go, when it is an internal package (its TypeMeta has
// no json tag), or when none of its types has a TypeMeta. The version is the
// last element of the package path. Hand-written scheme functions go into
// the generated localSchemeBuilder from an init of your own:
//
//	func init() { localSchemeBuilder.Register(RegisterDefaults) }
//
// Errors where upstream writes a file that does not compile or stops without
// a position: a name the file declares (GroupName, SchemeGroupVersion,
// AddToScheme, Resource...) already declared in another file of the package;
// a registered kind that nothing makes a runtime.Object (no DeepCopyObject
// method, its own or embedded, and no
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object to
// have deepcopy-gen write one); a +groupName that is not empty or a DNS
// subdomain; +k8s:register-gen=false together with another value; a
// misspelt or misplaced tag. Warnings: a +k8s:register-gen value other
// than true or false (taken for true, as upstream); a package that says
// =true but is skipped, and why; TypeMeta fields that disagree on json tags; +groupName given twice (the
// first is used, as upstream).
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
