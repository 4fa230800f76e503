// Command applyconfiguration-gen generates the apply configurations that
// server-side apply takes: for each struct reachable from a +genclient type
// with the apply (or applyStatus) verb, a <Type>ApplyConfiguration in
// <output-pkg>/<group>/<version> with every json-tagged field made optional,
// a constructor (Widget(name, namespace), or Widget(name) when
// cluster-scoped) that sets kind and apiVersion, a With<Field> builder per
// field, and GetName, GetNamespace, GetKind and GetAPIVersion. utils.go holds
// ForKind and NewTypeConverter. With --openapi-schema, each +genclient type
// also gets Extract<Type>, Extract<Type>From and one
// Extract<Type><Subresource> per subresource, and internal/internal.go holds
// the structured-merge-diff schema they and the fake NewClientset use. A
// drop-in replacement for k8s.io/code-generator's applyconfiguration-gen
// v0.37.2 (the same flags, tags and bytes), plus -i/--input-dirs,
// --verify-only and errors at file:line:col.
//
// Usage:
//
//	applyconfiguration-gen [flags] [package patterns...]
//
// For example:
//
//	applyconfiguration-gen --openapi-schema ./pkg/generated/openapi/models-schema.json \
//	    --output-dir ./pkg/generated/applyconfigurations \
//	    --output-pkg example.com/m/pkg/generated/applyconfigurations ./pkg/apis/...
//
// # Flags
//
//	--output-dir <dir>
//	    the directory the apply configurations go below (required)
//	--output-pkg <import path>
//	    the Go import path of --output-dir (required)
//	--openapi-schema <file>
//	    an OpenAPI v2 document (JSON) of the types, e.g. an API server's
//	    /openapi/v2 or openapi-gen's models schema; turns on the Extract
//	    functions. A type's definition is looked up under its import path
//	    with the domain reversed (io.k8s.api.core.v1.Pod), the name
//	    openapi-gen gives it with +k8s:openapi-model-package; without it,
//	    the type's apply configuration is untyped
//	--external-applyconfigurations <package>.<Type>:<applyconfiguration package>[,...]
//	    types whose apply configurations are generated elsewhere;
//	    repeatable; none by default. Client-go's, for the meta/v1 types
//	    (ObjectMeta, TypeMeta, LabelSelector, Condition, OwnerReference...),
//	    are always known, as upstream knows them; an entry that maps a type
//	    twice is an error
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
//	+k8s:applyconfiguration-gen=false doc.go: skip the package
//
// The verbs decide what can be applied; +genclient:noStatus drops the status
// Extract function; +genclient:method=...,verb=apply,input=<Type> makes the
// input type reachable too. Internal (hub) packages are skipped with a
// warning, as upstream does. A +genclient type without ObjectMeta gets no
// apply configuration, as upstream.
//
// Errors: a malformed --external-applyconfigurations entry or one that maps
// a type twice; an --openapi-schema that cannot be read or is not valid JSON
// (at file:line:col); a schema that cannot be converted (a dangling $ref, an
// unknown x-kubernetes-list-type...), naming the file and the definition,
// where upstream panics; two input packages of the same group and version; a
// field whose upstream With function would not compile (a slice of
// pointers, an embedded struct with a json name but no apply configuration),
// at the field.
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
