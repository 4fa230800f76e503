// Command validation-gen generates declarative validation from the +k8s:
// validation tags of API types: a Validate_<Type> function for every type
// the package's root types reach that has something to validate, each
// field validated in a closure that skips data an update did not change,
// and RegisterValidations(scheme), into each input package. It is meant as
// a drop-in replacement for k8s.io/code-generator's validation-gen v0.37.2
// (the same flags, tags and bytes), plus -i/--input-dirs, --verify-only and
// errors at file:line:col.
//
// Work in progress: the tags it does not support yet are refused, each with
// an error at the tag ("+k8s:listType is not supported by gengokit's
// validation-gen yet"), and nothing is written. Supported today: the
// fixture tags (+k8s:validateFalse, +k8s:validateTrue,
// +k8s:validateTrueAlpha, +k8s:validateTrueBeta, +k8s:validateError),
// +k8s:eachVal, +k8s:eachKey, +k8s:opaqueType, +k8s:required, +k8s:optional,
// +k8s:forbidden, the bounds (+k8s:minimum, +k8s:maximum, +k8s:minLength,
// +k8s:maxLength, +k8s:maxBytes, +k8s:minItems, +k8s:maxItems,
// +k8s:minProperties, +k8s:maxProperties), +k8s:ifEnabled, +k8s:ifDisabled,
// +k8s:alpha and +k8s:beta, with every control tag
// but +k8s:validation-gen-test-targets. --docs prints the documentation of
// every tag upstream's does, byte for byte.
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
//	+k8s:validation-gen-test-targets               doc.go: coverage tests (not supported yet: an error)
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
// printed as file:line:col: message, all of a run's problems together, and
// the exit status is 1. That covers a tag on a place it cannot be written
// (+k8s:eachKey on a list), a wrong argument or value, a type validation-gen
// cannot handle (a pointer to a list, a map with non-string keys), and a
// field whose type is in a package the run does not read (add the package to
// --readonly-pkg, or write +k8s:opaqueType). Files are written all or
// nothing; unchanged files are not rewritten.
package main
