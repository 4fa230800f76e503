// Command openapi-gen generates the OpenAPI definitions of Kubernetes-style
// API types: zz_generated.openapi.go in --output-dir
// (GetOpenAPIDefinitions(ref common.ReferenceCallback)
// map[string]common.OpenAPIDefinition, and one schema_<pkg>_<Type> function
// per type), an OpenAPIModelName() method per type in each package tagged
// +k8s:openapi-model-package (with --output-model-name-file), and the API
// rule report. A drop-in replacement for k8s.io/kube-openapi's openapi-gen at
// the version Kubernetes v1.37.2 pins (the same flags, tags and bytes), plus
// -i/--input-dirs, --verify-only, --fail-on-violations and errors at
// file:line:col.
//
// Usage:
//
//	openapi-gen [flags] [package patterns...]
//
// For example:
//
//	openapi-gen --output-dir pkg/generated/openapi --output-pkg example.com/m/pkg/generated/openapi \
//	    --output-file zz_generated.openapi.go --output-model-name-file zz_generated.model_name.go \
//	    --report-filename api/violations.list --go-header-file hack/boilerplate.go.txt ./pkg/apis/...
//
// # Flags
//
//	--output-dir <dir>
//	    the directory the definitions go to (required)
//	--output-pkg <import path>
//	    the Go import path of --output-dir (required; it must be the
//	    directory's path in its module)
//	--output-file <name> (default "generated.openapi.go")
//	    the name of the definitions file
//	--output-model-name-file <name>
//	    the file of OpenAPIModelName methods written into each package
//	    tagged +k8s:openapi-model-package; none when empty (schemas are
//	    then named after Go types)
//	--readonly-pkg <import path>
//	    an input package that is a read-only dependency: it gets no
//	    model-name file; repeatable
//	-r, --report-filename <file> (default "-")
//	    where the API rule violations go; "-" is standard output
//	--fail-on-violations
//	    make each API rule violation an error at its field, and write nothing
//	--go-header-file <file>
//	    the license header; "YEAR" in it becomes the current year
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
//	+k8s:openapi-gen=true|false                 doc.go or type: generate definitions (false on a field leaves it out);
//	+k8s:openapi-gen=x-kubernetes-<name>:<value> a vendor extension on the schema
//	+k8s:openapi-model-package=<prefix>         doc.go or type: model names <prefix>.<Type>, e.g. io.k8s.api.apps.v1
//	+optional, +required                        field: optional or required
//	+default=<JSON>|ref(<Name>)                 field or its type: the default (checked as defaulter-gen checks it)
//	+enum                                       type: its constants are the schema's enum
//	+listType=atomic|set|map                    x-kubernetes-list-type
//	+listMapKey=<json field name>               x-kubernetes-list-map-keys (repeat for several)
//	+mapType=atomic|granular                    x-kubernetes-map-type
//	+structType=atomic|granular                 x-kubernetes-map-type of a struct
//	+patchMergeKey, +patchStrategy=merge|retainKeys|merge,retainKeys
//	                                            x-kubernetes-patch-merge-key and -strategy (the struct tag must agree)
//	+union, +unionDiscriminator, +unionDeprecated
//	                                            x-kubernetes-unions
//	+k8s:validation:<marker>=<value>            minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf,
//	                                            minLength, maxLength, pattern, minItems, maxItems, uniqueItems,
//	                                            minProperties, maxProperties, format, nullable, enum; nested under
//	                                            items:, properties:<field>:, additionalProperties:; CEL rules as
//	                                            cel[i]:rule, cel[i]:message...
//
// Types can give their own schema with OpenAPIDefinition(),
// OpenAPIV3Definition(), OpenAPISchemaType() with OpenAPISchemaFormat(), and
// OpenAPIV3OneOfTypes().
//
// API rules (names_match, omitempty_match_case, list_type_missing,
// streaming_list_type_*): each violation is a line "API rule violation:
// <rule>,<package>,<type>,<field>" of the report, in upstream's order. They
// do not fail the run unless --fail-on-violations is given.
//
// Errors: a +k8s:openapi-gen value other than true, false or (on a type or
// a field) x-kubernetes-<name>:<value>, which upstream silently ignores;
// +listType, +mapType or +structType values outside their sets; two
// +unionDiscriminator fields in one struct; +optional with +required; patch tags the struct tag does not have; a map
// without string keys, a chan or func field; a +default that is not JSON,
// does not fit its field's type, or contradicts the zero value a required
// non-pointer field implies; validation markers that do not parse,
// contradict, or do not apply to the field's type; a misspelt tag;
// OpenAPIV3OneOfTypes without OpenAPISchemaType and OpenAPISchemaFormat.
// Warnings (exit 0, as upstream accepts them), each at its file:line:col: a
// +listType=map without +listMapKey, a +listMapKey naming no field of the
// items, an extension without a value, a union member that is not optional.
//
// The apply configurations of applyconfiguration-gen need an OpenAPI models
// schema of the types: openapi.ModelsSchema(generated.GetOpenAPIDefinitions)
// (package github.com/gengokit/gengokit/generators/openapi) returns it, and
// a program of a few lines prints it; kube-codegen all derives it in memory.
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
