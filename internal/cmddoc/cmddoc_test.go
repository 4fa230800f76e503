package cmddoc

import (
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kubecodegen"
	"github.com/gengokit/gengokit/generators/lister"
	"github.com/gengokit/gengokit/generators/openapi"
	"github.com/gengokit/gengokit/generators/prereleaselifecycle"
	"github.com/gengokit/gengokit/generators/protobuf"
	"github.com/gengokit/gengokit/generators/register"
	"github.com/gengokit/gengokit/generators/validation"
)

// generators are the commands under cmd/ built on cli.Spec, by name.
func generators() map[string]*cli.Spec {
	return map[string]*cli.Spec{
		"applyconfiguration-gen":   applyconfiguration.NewCommand(),
		"client-gen":               client.NewCommand(),
		"conversion-gen":           conversion.NewCommand(),
		"deepcopy-gen":             deepcopy.NewCommand(),
		"defaulter-gen":            defaulter.NewCommand(),
		"informer-gen":             informer.NewCommand(),
		"lister-gen":               lister.NewCommand(),
		"go-to-protobuf":           protobuf.NewCommand(),
		"openapi-gen":              openapi.NewCommand(),
		"prerelease-lifecycle-gen": prereleaselifecycle.NewCommand(),
		"register-gen":             register.NewCommand(),
		"validation-gen":           validation.NewCommand(),
	}
}

// entryLine is a documented flag: an indented line starting with
// [-x, ]--name, the rest of the line after it.
var entryLine = regexp.MustCompile(`^\t(?:-([A-Za-z]), )?--([a-z][a-z0-9-]*)(.*)$`)

// subcommandList is the end of a kube-codegen entry: the subcommands that
// take the flag.
var subcommandList = regexp.MustCompile(`\[([a-z, ]+)\]\s*$`)

// entry is one documented flag.
type entry struct {
	name, shorthand string
	subcommands     []string // kube-codegen only
}

// packageDoc returns the package comment of cmd/<name>, as go doc prints
// it, parsed from the package's source files.
func packageDoc(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "cmd", name)
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	main := pkgs["main"]
	if main == nil {
		t.Fatalf("%s holds no package main", dir)
	}
	for path, f := range main.Files {
		if (filepath.Base(path) == "doc.go") != (f.Doc != nil) {
			t.Errorf("cmd/%s: the package comment belongs in doc.go, and only there (%s)", name, filepath.Base(path))
		}
	}
	files := slices.Collect(maps.Values(main.Files))
	p, err := doc.NewFromFiles(fset, files, "github.com/gengokit/gengokit/cmd/"+name)
	if err != nil {
		t.Fatal(err)
	}
	return p.Doc
}

// entries returns the flags doc documents.
func entries(doc string) []entry {
	var out []entry
	for _, line := range strings.Split(doc, "\n") {
		m := entryLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		e := entry{name: m[2], shorthand: m[1]}
		if s := subcommandList.FindStringSubmatch(m[3]); s != nil {
			for _, sub := range strings.Split(s[1], ",") {
				e.subcommands = append(e.subcommands, strings.TrimSpace(sub))
			}
		}
		out = append(out, e)
	}
	return out
}

// checkFlags requires every flag of fs, and -h/--help, documented once
// among es with its shorthand, and every entry of es registered in fs.
func checkFlags(t *testing.T, where string, fs *pflag.FlagSet, es []entry) {
	t.Helper()
	documented := map[string]entry{}
	for _, e := range es {
		if _, twice := documented[e.name]; twice {
			t.Errorf("%s: --%s is documented twice", where, e.name)
		}
		documented[e.name] = e
		if e.name == "help" {
			continue // pflag's, which every command takes
		}
		f := fs.Lookup(e.name)
		switch {
		case f == nil:
			t.Errorf("%s: the documentation names --%s, which the command does not register", where, e.name)
		case f.Shorthand != e.shorthand:
			t.Errorf("%s: --%s is documented with shorthand %q, registered with %q", where, e.name, e.shorthand, f.Shorthand)
		}
	}
	fs.VisitAll(func(f *pflag.Flag) {
		if _, ok := documented[f.Name]; !ok {
			t.Errorf("%s: --%s is registered but not documented", where, f.Name)
		}
	})
	// -h is --help unless the command gives it to a flag of its own
	// (go-to-protobuf's --go-header-file, as upstream).
	helpShort := "h"
	if fs.ShorthandLookup("h") != nil {
		helpShort = ""
	}
	if h, ok := documented["help"]; !ok || h.shorthand != helpShort {
		t.Errorf("%s: --help is not documented (as -h, --help unless -h is another flag)", where)
	}
}

// TestGeneratorDocs requires each generator command's package comment to
// document every flag the command registers (its own and the common ones,
// not klog's), to name no flag it does not register, and to name every
// tag it reads.
func TestGeneratorDocs(t *testing.T) {
	for name, spec := range generators() {
		doc := packageDoc(t, name)
		checkFlags(t, "cmd/"+name, cli.CommandFlags(spec), entries(doc))
		for _, d := range spec.Registry().Definitions {
			if !strings.Contains(doc, "+"+d.Name) {
				t.Errorf("cmd/%s: the tag +%s it reads is not documented", name, d.Name)
			}
		}
	}
}

// TestKubeCodegenDocs requires kube-codegen's package comment to document
// each subcommand's flags, every entry naming exactly the subcommands that
// register the flag.
func TestKubeCodegenDocs(t *testing.T) {
	sets := kubecodegen.SubcommandFlags()
	bySub := map[string][]entry{}
	for _, e := range entries(packageDoc(t, "kube-codegen")) {
		if len(e.subcommands) == 0 {
			t.Errorf("cmd/kube-codegen: --%s names no subcommand in brackets", e.name)
		}
		for _, sub := range e.subcommands {
			if sets[sub] == nil {
				t.Errorf("cmd/kube-codegen: --%s names an unknown subcommand %q", e.name, sub)
			}
			bySub[sub] = append(bySub[sub], entry{name: e.name, shorthand: e.shorthand})
		}
	}
	for sub, fs := range sets {
		checkFlags(t, "cmd/kube-codegen "+sub, fs, bySub[sub])
	}
}
