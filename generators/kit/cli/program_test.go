package cli_test

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/spf13/pflag"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/kit/tags"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
	"github.com/gengokit/gengokit/generators/lister"
)

const widgetDoc = `// +k8s:deepcopy-gen=package
// +k8s:bogus-gen=x
// +groupName=shop.example.com
package v1
`

const widgetTypes = `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
type Widget struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	Size int ` + "`json:\"size\"`" + `
}

type WidgetList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []Widget ` + "`json:\"items\"`" + `
}
`

// shopModule writes a scratch API module with one package, ./apis/shop/v1, and
// makes it the working directory.
func shopModule(t *testing.T) {
	t.Helper()
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{"apis/shop/v1/doc.go": widgetDoc, "apis/shop/v1/types.go": widgetTypes})
	goldentest.Enter(t, s.Dir)
}

// runTogether parses each command line for its generator and runs them
// all over one load.
func runTogether(t *testing.T, cmds map[*cli.Spec][]string) ([]run.File, error) {
	t.Helper()
	var invs []*cli.Invocation
	for g, args := range cmds {
		inv, err := cli.Parse(g, args, os.Stderr) // warnings to the process stderr, which tests capture
		if err != nil {
			t.Fatalf("%s: %v", g.Name, err)
		}
		invs = append(invs, inv)
	}
	u, err := cli.Load(invs...)
	if err != nil {
		t.Fatal(err)
	}
	return cli.GenerateAll(u, invs...)
}

// TestLintOncePerPackage: two generators with the same --lint-rules over
// one load report an unknown generator tag once, not once per generator.
func TestLintOncePerPackage(t *testing.T) {
	goldentest.Loads(t)
	shopModule(t)
	_, err := runTogether(t, map[*cli.Spec][]string{
		deepcopy.NewCommand(): {"--lint-rules=known-tags-only", "./apis/shop/v1"},
		lister.NewCommand():   {"--lint-rules=known-tags-only", "--output-dir", "gen/listers", "--output-pkg", "example.com/shop/gen/listers", "./apis/shop/v1"},
	})
	if err == nil {
		t.Fatal("no error for +k8s:bogus-gen under --lint-rules=known-tags-only")
	}
	if n := strings.Count(err.Error(), "unrecognized generator tag +k8s:bogus-gen"); n != 1 {
		t.Errorf("the lint finding is reported %d times, want once:\n%v", n, err)
	}
	if !strings.Contains(err.Error(), "doc.go:2:") {
		t.Errorf("the finding is not at doc.go:2:\n%v", err)
	}
}

// TestTwoGeneratorsOneFile: deepcopy-gen told to write widget.go and
// lister-gen writing its widget.go into the same package is an error
// naming both, and nothing is generated.
func TestTwoGeneratorsOneFile(t *testing.T) {
	goldentest.Loads(t)
	shopModule(t)
	files, err := runTogether(t, map[*cli.Spec][]string{
		deepcopy.NewCommand(): {"--output-file", "widget.go", "./apis/shop/v1"},
		lister.NewCommand():   {"--output-dir", "apis", "--output-pkg", "example.com/shop/apis", "./apis/shop/v1"},
	})
	if err == nil || !strings.Contains(err.Error(), "both write") || !strings.Contains(err.Error(), "apis/shop/v1/widget.go") {
		t.Fatalf("err = %v, want one saying both generators write apis/shop/v1/widget.go", err)
	}
	for _, name := range []string{"deepcopy-gen", "lister-gen"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("the error does not name %s: %v", name, err)
		}
	}
	if files != nil {
		t.Errorf("got %d files with the error, want none", len(files))
	}
}

// TestTogetherEqualsAlone: over one load, each generator writes exactly
// the files it writes alone.
func TestTogetherEqualsAlone(t *testing.T) {
	goldentest.Loads(t)
	shopModule(t)
	dcArgs := []string{"./apis/shop/v1"}
	lsArgs := []string{"--output-dir", "gen/listers", "--output-pkg", "example.com/shop/gen/listers", "./apis/shop/v1"}
	alone := map[string]string{}
	for g, args := range map[*cli.Spec][]string{deepcopy.NewCommand(): dcArgs, lister.NewCommand(): lsArgs} {
		files, err := cli.Generate(g, args)
		if err != nil {
			t.Fatalf("%s: %v", g.Name, err)
		}
		for _, f := range files {
			alone[f.Path] = string(f.Data)
		}
	}
	together, err := runTogether(t, map[*cli.Spec][]string{deepcopy.NewCommand(): dcArgs, lister.NewCommand(): lsArgs})
	if err != nil {
		t.Fatal(err)
	}
	if len(together) != len(alone) || len(alone) < 3 {
		t.Fatalf("together %d files, alone %d; want the same number (at least 3)", len(together), len(alone))
	}
	for _, f := range together {
		if alone[f.Path] != string(f.Data) {
			t.Errorf("%s differs from the run alone", f.Path)
		}
	}
}

// TestWarningsOncePerRun: a package without +groupName gets its warning
// once from a run of lister-gen and informer-gen over one load, not once
// per generator.
func TestWarningsOncePerRun(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"apis/shop/v1/doc.go":   strings.Replace(widgetDoc, "// +groupName=shop.example.com\n", "", 1),
		"apis/shop/v1/types.go": widgetTypes,
	})
	goldentest.Enter(t, s.Dir)
	stderr := captureStderr(t, func() {
		_, err := runTogether(t, map[*cli.Spec][]string{
			lister.NewCommand(): {"--output-dir", "gen/listers", "--output-pkg", "example.com/shop/gen/listers", "./apis/shop/v1"},
			informer.NewCommand(): {"--output-dir", "gen/informers", "--output-pkg", "example.com/shop/gen/informers",
				"--versioned-clientset-package", "example.com/shop/gen/clientset/versioned", "--listers-package", "example.com/shop/gen/listers", "./apis/shop/v1"},
		})
		if err != nil {
			t.Error(err)
		}
	})
	if n := strings.Count(stderr, "has no +groupName"); n != 1 {
		t.Errorf("the +groupName warning is printed %d times, want once:\n%s", n, stderr)
	}
}

// captureStderr returns what run writes to the process's stderr.
func captureStderr(t *testing.T, run func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stderr
	os.Stderr = w
	done := make(chan string)
	go func() {
		data, _ := io.ReadAll(r)
		done <- string(data)
	}()
	run()
	os.Stderr = saved
	w.Close()
	return <-done
}

// TestOutputsStayInside: an --output-file that is a path, and a file that
// a generator would write outside its output directory and its input
// packages, are errors naming the flags; exit 1, nothing written anywhere.
func TestOutputsStayInside(t *testing.T) {
	goldentest.Loads(t)
	shopModule(t)
	var stdout, stderr bytes.Buffer
	if code := cli.Run(deepcopy.NewCommand(), []string{"--output-file", "../escape.go", "./apis/shop/v1"}, &stdout, &stderr); code != 1 ||
		!strings.Contains(stderr.String(), "--output-file must be a file name") {
		t.Errorf("deepcopy-gen --output-file ../escape.go: exit %d, stderr %q; want 1 and a file-name error", code, stderr.String())
	}
	escaping := &cli.Spec{
		Name:        "escape-gen",
		Flags:       noFlags{},
		NameSystems: func() namer.NameSystems { return namer.NameSystems{"raw": namer.NewRawNamer("", nil)} },
		Order:       "raw",
		Registry:    func() *tags.Registry { return &tags.Registry{Generator: "escape-gen"} },
		Output:      func() cli.Output { return cli.Output{Dir: "gen", Flags: "--output-dir"} },
		Targets: func(*load.Loaded) ([]generator.Target, error) {
			file := wholefile.New("escape.go", "example.com/shop/escape", func(*generator.Context, *generator.SnippetWriter) error { return nil })
			return []generator.Target{wholefile.Target("gen/../escape", "example.com/shop/escape", "escape", nil, file)}, nil
		},
	}
	stderr.Reset()
	code := cli.Run(escaping, []string{"./apis/shop/v1"}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "escape-gen: would write escape/escape.go, outside the output directory and the input packages; nothing was written: check --output-file, --output-dir") {
		t.Errorf("a generator writing outside --output-dir: exit %d, stderr %q; want 1 naming the file and the flags", code, stderr.String())
	}
	for _, p := range []string{"escape.go", "apis/escape.go", "escape", "gen"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was written", p)
		}
	}
}

// noFlags is a generator without flags of its own.
type noFlags struct{}

func (noFlags) AddFlags(*pflag.FlagSet) {}
func (noFlags) Validate() error         { return nil }
