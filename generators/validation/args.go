// Package validation generates declarative validation functions for
// Kubernetes-style API types from their +k8s: validation tags, byte for
// byte as k8s.io/code-generator's validation-gen v0.37 does: a
// RegisterValidations function per package and one Validate_<Type> per
// type whose values carry validations, ratcheting unchanged data on
// update.
package validation

import (
	"errors"
	"strings"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// Name is the generator's name, as written in the files it generates.
const Name = "validation-gen"

// Args are validation-gen's flags: upstream's in-place flags and its own.
type Args struct {
	inplace.FileFlags
	// ReadOnlyPkgs are packages whose types' validations generated code
	// may call but which get no file of their own (--readonly-pkg).
	ReadOnlyPkgs []string
	// Docs prints the documentation of every tag as JSON, and nothing is
	// generated (--docs).
	Docs bool
	// TestOutputRoot is where declarative-validation coverage tests go;
	// empty writes none (--test-output-root).
	TestOutputRoot string
	// TestOutputFilePrefix prefixes each coverage test's file name.
	TestOutputFilePrefix string
	// TestAllowlist is a YAML file of rules left out of coverage tests.
	TestAllowlist string
}

// NewArgs returns the defaults of upstream validation-gen.
func NewArgs() *Args {
	return &Args{FileFlags: inplace.NewFileFlags("generated.validations.go")}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	a.FileFlags.AddFlags(fs)
	fs.StringSliceVar(&a.ReadOnlyPkgs, "readonly-pkg", a.ReadOnlyPkgs,
		"the import path of a package whose validation can be used by generated code, but is not being generated for")
	fs.BoolVar(&a.Docs, "docs", a.Docs, "print documentation for supported declarative validations, and then exit")
	fs.StringVar(&a.TestOutputRoot, "test-output-root", a.TestOutputRoot,
		"if non-empty, also emit declarative-validation coverage test fixtures under this path, organized as <root>/<group>/<lowercase(kind)>/<file-prefix>{<version>,main}_test.go")
	fs.StringVar(&a.TestOutputFilePrefix, "test-output-file-prefix", a.TestOutputFilePrefix,
		"prefix prepended to every emitted test fixture filename; useful for marking files via a linguist-generated gitattributes pattern (e.g. \"zz_generated.\")")
	fs.StringVar(&a.TestAllowlist, "test-allowlist", a.TestAllowlist,
		"path to a YAML config file of rule-level filters to exclude from coverage fixture generation; only meaningful with --test-output-root")
}

// Validate checks the flags as upstream does, and that the output file
// is a Go file (the fixture tests are named after it).
func (a *Args) Validate() error {
	if err := a.FileFlags.Validate(); err != nil {
		return err
	}
	if a.TestAllowlist != "" && a.TestOutputRoot == "" {
		return errors.New("--test-allowlist is only meaningful with --test-output-root")
	}
	if a.TestOutputFilePrefix != "" && a.TestOutputRoot == "" {
		return errors.New("--test-output-file-prefix is only meaningful with --test-output-root")
	}
	if !strings.HasSuffix(a.OutputFile, ".go") {
		return errors.New("--output-file: " + a.OutputFile + " does not end in .go; validation-gen names its test files after it (write e.g. zz_generated.validations.go)")
	}
	return nil
}
