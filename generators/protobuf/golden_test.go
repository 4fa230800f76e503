package protobuf_test

import (
	"bytes"
	"flag"
	"go/format"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/protobuf"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/protobuf")

// The goldens of a case, beside each package's Go files: generated.proto
// is what the command writes with --only-idl (the IDL upstream feeds
// protoc, gogoproto options kept), generated.shipped.proto the IDL
// upstream leaves after protoc (the options dropped), and <file>.go.tagged
// each Go file as upstream's struct tag rewrite leaves it. All were
// checked against upstream's go-to-protobuf v0.37.2 (its whole pipeline,
// protoc 3.21.12 and its protoc-gen-gogo).
const (
	shippedSuffix = ".shipped.proto"
	taggedSuffix  = ".tagged"
)

// caseDirs returns the golden cases of testdata/protobuf.
func caseDirs(t *testing.T, root string) []string {
	var out []string
	for _, dir := range goldentest.Cases(t, filepath.Join(root, "testdata", "protobuf")) {
		if filepath.Base(dir) != "errors" {
			out = append(out, dir)
		}
	}
	if len(out) < 1 {
		t.Fatal("no golden case under testdata/protobuf")
	}
	return out
}

// caseArgs returns a case's command line: the header, its args.txt.
func caseArgs(t *testing.T, root, dir string) []string {
	return append([]string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}, goldentest.ExtraArgs(t, dir)...)
}

// TestGolden generates each case three ways and compares every output with
// its golden: the command's generated.proto (--only-idl), the IDL that
// ships, and the struct tag rewrite of the Go files. A golden nothing
// generated fails too. Then protoc must accept both IDLs (skipped without
// protoc), the rewritten Go files must be as gofmt prints them, and the
// case's packages must vet (compile).
func TestGolden(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	for _, dir := range caseDirs(t, root) {
		args := caseArgs(t, root, dir)
		files, err := cli.Generate(protobuf.NewCommand(), args)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		generated := map[string]bool{}
		compare(t, files, "", generated)
		shipped, tagged := library(t, args)
		compare(t, shipped, shippedSuffix, generated)
		compare(t, tagged, taggedSuffix, generated)
		noStaleGoldens(t, dir, generated)
		compileProtos(t, root, dir)
		goldentest.Vet(t, root, dir+"/...")
		vetTagged(t, root, dir, tagged)
	}
}

// vetTagged requires the rewritten Go files to be as gofmt prints them,
// and the case's packages to compile with them, in a copy of the case.
func vetTagged(t *testing.T, root, dir string, tagged []run.File) {
	tmp := t.TempDir()
	rel, _ := filepath.Rel(root, dir)
	for _, name := range []string{"go.mod", "go.sum"} {
		if err := copyTo(filepath.Join(root, name), filepath.Join(tmp, name)); err != nil {
			t.Fatal(err)
		}
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go") {
			return err
		}
		r, _ := filepath.Rel(root, path)
		return copyTo(path, filepath.Join(tmp, r))
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range tagged {
		if formatted, err := format.Source(f.Data); err != nil || !bytes.Equal(formatted, f.Data) {
			t.Errorf("%s: the rewritten file is not gofmt's (%v)", f.Path, err)
		}
		r, _ := filepath.Rel(root, f.Path)
		if err := os.WriteFile(filepath.Join(tmp, r), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	goldentest.Vet(t, tmp, filepath.Join(tmp, rel)+"/...")
}

// compare compares each file with the golden at its path with suffix
// (replacing .proto when the suffix is one), and records the golden.
func compare(t *testing.T, files []run.File, suffix string, generated map[string]bool) {
	for _, f := range files {
		path := f.Path + suffix
		if strings.HasSuffix(suffix, ".proto") {
			path = strings.TrimSuffix(f.Path, ".proto") + suffix
		}
		generated[path] = true
		goldentest.Compare(t, path, f.Data, *update)
	}
}

// library runs the package's own functions over the case: the IDL that
// ships, and the Go files the struct tag rewrite changes.
func library(t *testing.T, argv []string) (shipped, tagged []run.File) {
	out := generateIDL(t, argv, true)
	for dir, tags := range out.StructTags {
		files, err := protobuf.StructTagFiles(dir, tags)
		if err != nil {
			t.Fatal(err)
		}
		tagged = append(tagged, files...)
	}
	return out.Files, tagged
}

// idlFiles returns the generated.proto files of the command line argv,
// with or without the gogoproto options.
func idlFiles(t *testing.T, argv []string, omitGogo bool) []run.File {
	return generateIDL(t, argv, omitGogo).Files
}

// generateIDL loads the packages of the command line argv once, as the
// command does, and returns protobuf.IDL's output.
func generateIDL(t *testing.T, argv []string, omitGogo bool) *protobuf.Output {
	args := protobuf.NewArgs()
	fs := pflag.NewFlagSet("go-to-protobuf", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	args.AddFlags(fs)
	if err := fs.Parse(argv); err != nil {
		t.Fatal(err)
	}
	paths := protobuf.PackagePaths(args)
	u, err := load.LoadWithGenerated(paths, "proto")
	if err != nil {
		t.Fatal(err)
	}
	l, err := u.View(protobuf.NameSystems(), "public", paths)
	if err != nil {
		t.Fatal(err)
	}
	out, err := protobuf.IDL(l, args, omitGogo)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// noStaleGoldens fails on a golden under dir that no run generated.
func noStaleGoldens(t *testing.T, dir string, generated map[string]bool) {
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		name := filepath.Base(path)
		golden := name == "generated.proto" || strings.HasSuffix(name, shippedSuffix) || strings.HasSuffix(name, taggedSuffix)
		if err == nil && golden && !generated[path] {
			t.Errorf("%s: the golden exists but nothing was generated", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// compileProtos runs protoc over the case's goldens, both variants, each
// placed at its import path, with gogo.proto and apimachinery's files on
// the import path: the goldens are valid protobuf.
func compileProtos(t *testing.T, root, dir string) {
	protoc, err := exec.LookPath("protoc")
	if err != nil {
		t.Logf("protoc is not on PATH (install protobuf-compiler): the goldens of %s are not compiled", dir)
		return
	}
	imports := protoImports(t)
	for _, suffix := range []string{"generated.proto", "generated" + shippedSuffix} {
		tree := t.TempDir()
		var names []string
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.Name() != suffix {
				return err
			}
			rel, _ := filepath.Rel(root, filepath.Dir(path))
			name := filepath.Join("github.com/gengokit/gengokit", rel, "generated.proto")
			names = append(names, name)
			return copyTo(path, filepath.Join(tree, name))
		})
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(protoc, append(append([]string{"-I", tree}, imports...), append([]string{"--descriptor_set_out=" + os.DevNull}, names...)...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("protoc rejects the %s goldens of %s: %v\n%s", suffix, dir, err, out)
		}
	}
}

// protoImports returns protoc's -I flags for gogo.proto and
// k8s.io/apimachinery's files.
func protoImports(t *testing.T) []string {
	gogo := goldentest.ModuleDir(t, "github.com/gogo/protobuf", "v1.3.2")
	am := filepath.Join(t.TempDir(), "am")
	if err := os.MkdirAll(filepath.Join(am, "k8s.io"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(goldentest.ModuleDir(t, "k8s.io/apimachinery", "v0.37.2"), filepath.Join(am, "k8s.io", "apimachinery")); err != nil {
		t.Fatal(err)
	}
	gogoRoot := filepath.Join(t.TempDir(), "gogo")
	if err := copyTo(filepath.Join(gogo, "gogoproto", "gogo.proto"), filepath.Join(gogoRoot, "github.com/gogo/protobuf/gogoproto/gogo.proto")); err != nil {
		t.Fatal(err)
	}
	return []string{"-I", gogoRoot, "-I", am}
}

// copyTo copies the file src to dst, making dst's directory.
func copyTo(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// TestErrors runs each error case through the command line: exit 1, the
// errors its // want comments expect at their file:line:col, nothing
// written.
func TestErrors(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	goldentest.ErrorCases(t, filepath.Join(root, "testdata", "protobuf", "errors"), 4, protobuf.NewCommand, func(string) []string {
		return []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), "--only-idl", "--apimachinery-packages="}
	})
}
