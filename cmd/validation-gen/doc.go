// Command validation-gen generates declarative validation from the +k8s:
// validation tags of API types: a Validate_<Type> function for every type
// the package's root types reach that has something to validate, each
// field validated in a closure that skips data an update did not change,
// and RegisterValidations(scheme), into each input package. It is meant as
// a drop-in replacement for k8s.io/code-generator's validation-gen v0.37.2
// (the same flags, tags and bytes), plus -i/--input-dirs, --verify-only and
// errors at file:line:col.
//
// Every tag of upstream's --docs is supported: presence (+k8s:required,
// +k8s:optional, +k8s:forbidden), limits (+k8s:minimum, +k8s:maximum,
// +k8s:minLength, +k8s:maxLength, +k8s:maxBytes, +k8s:minItems,
// +k8s:maxItems, +k8s:minProperties, +k8s:maxProperties), +k8s:format,
// +k8s:enum and +k8s:enumExclude, +k8s:neq, lists and maps (+k8s:listType,
// +k8s:listMapKey, +k8s:unique, +k8s:customUnique, +k8s:item, +k8s:eachKey,
// +k8s:eachVal, +k8s:subfield), unions (+k8s:unionMember,
// +k8s:unionDiscriminator, +k8s:zeroOrOneOfMember), +k8s:dependentRequired
// and +k8s:dependentForbidden, updates (+k8s:immutable, +k8s:update,
// +k8s:monotonic), options and modes (+k8s:ifEnabled, +k8s:ifDisabled,
// +k8s:modeDiscriminator, +k8s:ifMode), +k8s:alpha and +k8s:beta,
// +k8s:customValidation, +k8s:opaqueType, and the fixture tags
// (+k8s:validateFalse, +k8s:validateTrue, +k8s:validateTrueAlpha,
// +k8s:validateTrueBeta, +k8s:validateError). validation-gen --docs prints
// each one's documentation, the same JSON as upstream's.
//
// Usage:
//
//	validation-gen [flags] [package patterns...]
//
// For example:
//
//	validation-gen --go-header-file hack/boilerplate.go.txt --output-file zz_generated.validations.go ./pkg/apis/...
//	validation-gen --docs
//
// # Flags
//
//	--output-file <name> (default "generated.validations.go")
//	    the name of the file written into each package; it must end in .go
//	    (the fixture tests are named after it: <name>_test.go)
//	--readonly-pkg <import paths>
//	    packages whose types' Validate_ functions generated code may call,
//	    but which get no file (e.g. k8s.io/apimachinery/pkg/api/resource)
//	--docs
//	    print the documentation of every validation tag as JSON and exit
//	--test-output-root <dir>
//	    also write declarative-validation coverage tests below dir
//	--test-output-file-prefix <prefix>
//	    prefix of each coverage test's file name (only with --test-output-root)
//	--test-allowlist <file>
//	    YAML file of rules left out of the coverage tests (only with
//	    --test-output-root)
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
// # Control tags
//
//	+k8s:validation-gen=*                          doc.go: every exported type of the package is a root type
//	+k8s:validation-gen=TypesWithField=<Name>      doc.go: every struct with a field of that name (e.g. TypeMeta)
//	+k8s:validation-gen=TypesWithSuffix=<Suffix>   doc.go: every type whose name ends so
//	+k8s:validation-gen=true|false                 on a type: opt it in or out
//	+k8s:validation-gen-input=<import/path>        doc.go: validate another package's types into this one
//	+k8s:validation-gen-scheme-registry=<path>.<T> doc.go: the scheme RegisterValidations takes; nil for none
//	+k8s:validation-gen-test-fixture=validateFalse doc.go: also write <output>_test.go running the fixtures
//	+k8s:validation-gen-nolint                     doc.go: do not lint the package's validation tags
//	+k8s:validation-gen-test-targets               doc.go: also write <output>_coverage_test.go, which declares
//	                                               each root type's rules to apimachinery's coverage package
//	+k8s:isSubresource="/<name>"                   on a root type: it validates only that subresource
//	+k8s:supportsSubresource="/<name>"             on a root type: it also validates that subresource
//
// Root types get a Validate_ function and a registration whether or not
// another type uses them; other types get one when a root type reaches
// them and they have validations. Types that embed metav1.ListMeta are
// never root types.
//
// # Errors and guarantees
//
// Bad input stops the run before anything is written: each problem is
// printed as file:line:col: message, all of a run's problems together (the
// first of each root type), and the exit status is 1. That covers a tag on
// a place it cannot be written (+k8s:eachKey on a list), a wrong argument or
// value (an unknown format, a +k8s:listMapKey naming no field, a +k8s:item
// whose keys are not the list's), a type validation-gen cannot handle (a
// pointer to a list, a map with non-string keys), a field whose type is in a
// package the run does not read (add the package to --readonly-pkg, or
// write +k8s:opaqueType), a +k8s:customValidation without its function or a
// ValidateCustom_ function without its tag (at the function), and what
// upstream's lint rules refuse (a field with validations but no
// +k8s:optional, +k8s:required or +k8s:forbidden; a tag less stable than its
// API version; +k8s:alpha inside another tag) unless the package says
// +k8s:validation-gen-nolint. Files are written all or nothing; unchanged
// files are not rewritten.
//
// # Differences from upstream
//
// Where upstream stops or writes code that does not compile, this command
// writes code that does:
//
//   - A read-only package whose validations are generated into a package
//     beside it (<pkg>/validation saying +k8s:validation-gen-input=<pkg>,
//     as apimachinery's meta/v1 does) has its Validate_ and ValidateCustom_
//     functions called there: a type with ObjectMeta or metav1.Condition
//     fields, given --readonly-pkg k8s.io/apimachinery/pkg/apis/meta/v1 (as
//     kube_codegen.sh gives it), gets validation.Validate_ObjectMeta and
//     Condition's rules. Upstream calls metav1.Validate_ObjectMeta, which
//     does not exist, and stops at Condition (kubernetes#141765).
//   - The generated init() registers with localSchemeBuilder only where the
//     package has one (its own, or register-gen's); elsewhere (a kubebuilder
//     package) RegisterValidations is there to call on a scheme.
//   - +default=ref(<Name>) on an optional field is read as the constant it
//     names (upstream stops: it reads only JSON defaults).
//   - A read-only package is not loaded: the doc comments of the types the
//     run reaches are read, so that kube-codegen's other generators of the
//     same load see no more of it than they asked for.
package main
