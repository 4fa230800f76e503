// Command informer-gen generates typed shared informers for every +genclient
// type with the list and watch verbs, and beside them the shared informer
// factory (factory.go), the generic informer (generic.go) and the group and
// version interfaces. A drop-in replacement for k8s.io/code-generator's
// informer-gen v0.37.2 (the same flags, tags and bytes), plus
// -i/--input-dirs, --verify-only and errors at file:line:col.
//
// Usage:
//
//	informer-gen [flags] [package patterns...]
//
// For example:
//
//	informer-gen --output-dir ./pkg/generated/informers --output-pkg example.com/m/pkg/generated/informers \
//	    --versioned-clientset-package example.com/m/pkg/generated/clientset/versioned \
//	    --listers-package example.com/m/pkg/generated/listers ./pkg/apis/...
//
// # Flags
//
//	--output-dir <dir>
//	    the directory the informers go below (required)
//	--output-pkg <import path>
//	    the Go import path of --output-dir (required)
//	--versioned-clientset-package <import path>
//	    the clientset the informers list and watch with (required)
//	--listers-package <import path>
//	    the listers the informers return (required)
//	--internal-clientset-package <import path>
//	    the clientset of internal (hub) API packages (required when one is an input)
//	--single-directory
//	    no externalversions/ and internalversion/ levels under --output-dir
//	--plural-exceptions <list>
//	    comma-separated Type:PluralizedType entries
//	--go-header-file <file>
//	    the license header; "YEAR" in it becomes the current year
//	--lint-rules <rules>
//	    comma-separated tag-checking rules: known-tags-only,
//	    require-explicit-disablement; none by default
//
// With --verify-only, the files of --output-dir the run would no longer
// generate are shown too.
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
//	+genclient                        type: the type gets a client (and a lister and an informer)
//	+genclient:nonNamespaced          type: cluster-scoped: no namespace
//	+genclient:noVerbs                type: no verbs (a client without methods; no lister or informer)
//	+genclient:noStatus               type: no status subresource: no UpdateStatus or ApplyStatus
//	+genclient:readonly               type: only get, list and watch
//	+genclient:onlyVerbs=<verb>[,...] type: only these verbs (create, update, updateStatus, delete,
//	                                  deleteCollection, get, list, watch, patch, apply, applyStatus)
//	+genclient:skipVerbs=<verb>[,...] type: all verbs but these
//	+genclient:method=<Name>,verb=<verb>[,subresource=<path>][,input=<pkg>.<Type>][,result=<pkg>.<Type>]
//	                                  type: an extra client method
//	+groupName=<group>                doc.go: the API group (default: the directory above the version;
//	                                  empty: the core group)
//	+groupGoName=<GoName>             doc.go: the group's Go name (default: its first label, capitalized)
//	+resourceName=<resource>          type: the resource generic.go matches (default: the lower-case plural)
//	+k8s:informer-gen=false           doc.go: skip the package
//
// A type with list and watch but not get is an error: its Lister() would
// name a lister that lister-gen does not write.
//
// The +genclient tags are checked as every client-side generator reads them:
// +genclient=true (upstream panics), an unknown +genclient: option (with
// "did you mean"), an unknown verb, a malformed +genclient:method, a type
// whose path names no group and version, a type with verbs but no
// ObjectMeta, and +genclient:noVerbs beside onlyVerbs, skipVerbs or readonly
// are errors at the tag. A misspelt +groupname= is an error ("did you mean
// +groupName?"); the versions of one group directory given in one run must
// name the same group; when none does, each gets a warning naming the group
// it falls back to. A flag combination that cannot work (a missing
// --output-pkg, a --plural-exceptions entry that is not Type:Plural, an
// --output-dir whose import path in its module is not --output-pkg) is
// refused before anything is loaded. The generated code needs
// k8s.io/client-go (and k8s.io/apimachinery) v0.37.0 or later for the
// clientset and informers, v0.34.0 for apply configurations, v0.31.0 for
// listers: when the go.mod of --output-dir's module pins an older one, the
// command stops before writing, at that go.mod line, with the go get that
// fixes it.
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
