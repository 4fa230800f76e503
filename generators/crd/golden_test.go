package crd_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/crd"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/crd")

// wantDir is where a case's golden CRDs are.
const wantDir = "want"

// goldenCases returns the golden case directories of testdata/crd.
func goldenCases(t *testing.T, root string) []string {
	var out []string
	for _, dir := range goldentest.Cases(t, filepath.Join(root, "testdata", "crd")) {
		if filepath.Base(dir) != "errors" {
			out = append(out, dir)
		}
	}
	if len(out) < 3 {
		t.Fatalf("want at least 3 golden cases in testdata/crd, have %d", len(out))
	}
	return out
}

// caseOptions is what a case's options file (controller-gen's crd
// options, name=value,...) asks for.
type caseOptions struct {
	// opts are the options as Generate takes them.
	opts crd.Options
	// line is the file's line, "" without one.
	line string
	// flags are kube-codegen crd's flags for them.
	flags []string
}

// optionFlags are kube-codegen's flags for controller-gen's crd options.
var optionFlags = map[string]string{
	"allowDangerousTypes": "--crd-allow-dangerous-types", "ignoreUnexportedFields": "--crd-ignore-unexported-fields",
	"generateEmbeddedObjectMeta": "--crd-generate-embedded-object-meta", "crdVersions": "--crd-versions",
	"headerFile": "--crd-header-file", "year": "--crd-year",
}

// readCaseOptions reads a case's options file, if it has one.
func readCaseOptions(t *testing.T, dir string) caseOptions {
	t.Helper()
	c := caseOptions{opts: crd.Options{MaxDescLen: -1}}
	raw, err := os.ReadFile(filepath.Join(dir, "options"))
	if os.IsNotExist(err) {
		return c
	}
	if err != nil {
		t.Fatal(err)
	}
	c.line = strings.TrimSpace(string(raw))
	year, header := "", ""
	for _, kv := range strings.Split(c.line, ",") {
		k, v, _ := strings.Cut(kv, "=")
		flag, ok := optionFlags[k]
		if !ok {
			t.Fatalf("%s: options: unknown option %q", dir, k)
		}
		c.flags = append(c.flags, flag+"="+v)
		switch k {
		case "allowDangerousTypes":
			c.opts.AllowDangerousTypes = v == "true"
		case "ignoreUnexportedFields":
			c.opts.IgnoreUnexportedFields = v == "true"
		case "generateEmbeddedObjectMeta":
			c.opts.GenerateEmbeddedObjectMeta = v == "true"
		case "crdVersions":
			c.opts.CRDVersions = append(c.opts.CRDVersions, v)
		case "headerFile":
			header = v
		case "year":
			year = v
		}
	}
	if header != "" {
		text, err := os.ReadFile(filepath.Join(goldentest.Root(t), header)) // relative to the module's root, where controller-gen runs
		if err != nil {
			t.Fatal(err)
		}
		c.opts.Header = []byte(strings.ReplaceAll(string(text), " YEAR", " "+year))
	}
	return c
}

// controllerGen returns controller-gen's crd generator argument for the
// case's options and extra ones ("crd:<options>", or "crd").
func (c caseOptions) controllerGen(extra ...string) string {
	all := extra
	if c.line != "" {
		all = append(all, c.line)
	}
	if len(all) == 0 {
		return "crd"
	}
	return "crd:" + strings.Join(all, ",")
}

// generate loads a case's packages and returns its CRDs by file name.
func generate(t *testing.T, root, dir string) map[string][]byte {
	t.Helper()
	t.Chdir(root)
	rel, _ := filepath.Rel(root, dir)
	patterns := []string{"./" + filepath.ToSlash(rel) + "/..."}
	u, err := load.Load(patterns)
	if err != nil {
		t.Fatal(err)
	}
	l, err := u.View(nil, "", patterns)
	if err != nil {
		t.Fatal(err)
	}
	opts := readCaseOptions(t, dir).opts
	opts.OutputDir = filepath.Join(dir, wantDir)
	opts.Warn = func(w string) { t.Log(w) }
	files, err := crd.Generate(l, opts)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		out[filepath.Base(f.Path)] = f.Data
	}
	return out
}

// TestGolden generates every case's CRDs and compares each with its golden
// file (controller-gen v0.23's output for the case: TestGoldensMatchControllerGen
// in make compat holds them to it).
func TestGolden(t *testing.T) {
	root := goldentest.Root(t)
	for _, dir := range goldenCases(t, root) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got := generate(t, root, dir)
			if len(got) == 0 {
				t.Fatal("no CRD generated")
			}
			for name, data := range got {
				goldentest.Compare(t, filepath.Join(dir, wantDir, name), data, *update)
			}
			entries, _ := os.ReadDir(filepath.Join(dir, wantDir))
			for _, e := range entries {
				if _, ok := got[e.Name()]; !ok {
					t.Errorf("%s: golden file not generated", e.Name())
				}
			}
		})
	}
}
