//go:build compat

package goldentest_test

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/protobuf"
)

// TestMain lets the test binary be go-to-protobuf's protoc plugin, as the
// command's binary is: the in-process run hands protoc os.Executable().
func TestMain(m *testing.M) {
	os.Exit(protobuf.RunTests(m))
}

// protobufOutputs are the file names codegen::protobuf deletes first.
var protobufOutputs = []string{"generated.proto", "generated.pb.go", "generated.protomessage.pb.go"}

// isProtobufOutput accepts, outside vendor/, the files codegen::protobuf
// deletes before it runs go-to-protobuf.
func isProtobufOutput(rel string, _ []byte) bool {
	for _, name := range protobufOutputs {
		if path.Base(rel) == name && !strings.HasPrefix(rel, "vendor/") {
			return true
		}
	}
	return false
}

// protobufTree runs go-to-protobuf over the tree as the tree's
// hack/update-codegen.sh (codegen::protobuf) and
// hack/_update-generated-protobuf-dockerized.sh do: the packages its git
// grep of cmd, pkg and staging finds, the dockerized script's flags and
// upstream's defaults for the rest (--apimachinery-packages among them, so
// apimachinery's IDL comes from the same run), its outputs deleted first.
// Every shipped generated.proto and generated.pb.go must come back byte for
// byte, and no other file of the tree may change (the struct tag rewrite of
// types.go included).
func protobufTree(t *testing.T, tree string) {
	if _, err := exec.LookPath("protoc"); err != nil {
		t.Skip("protoc is not on PATH (install protobuf-compiler): go-to-protobuf's pipeline is not run")
	}
	gogo := filepath.Join(goldentest.ModuleDir(t, "github.com/gogo/protobuf", "v1.3.2"), "gogoproto", "gogo.proto")
	copyInto(t, gogo, filepath.Join(tree, "vendor", "github.com", "gogo", "protobuf", "gogoproto", "gogo.proto"))
	want := goldentest.TakeFiles(t, tree, isProtobufOutput)
	before := fingerprints(t, tree)
	pkgs := protobufPackages(t, tree)
	args := []string{"-v", "1", "--go-header-file", filepath.Join(tree, "hack", "boilerplate", "boilerplate.generatego.txt"),
		"--output-dir=" + filepath.Join(tree, "staging", "src"),
		"--proto-import=" + filepath.Join(tree, "staging", "src"),
		"--proto-import=" + filepath.Join(tree, "vendor"),
		"--proto-import=" + filepath.Join(tree, "third_party", "protobuf"),
		"--packages=" + strings.Join(pkgs, ",")}
	var stdout, stderr bytes.Buffer
	start := time.Now()
	if code := cli.Run(protobuf.NewCommand(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d over %d packages:\n%s", code, len(pkgs), stderr.String())
	}
	took := time.Since(start).Round(time.Second)
	n := goldentest.CompareOutputs(t, tree, want, isProtobufOutput)
	if changed := changedFiles(before, fingerprints(t, tree)); len(changed) > 0 {
		t.Errorf("go-to-protobuf changed %d other files of the tree:\n  %s", len(changed), strings.Join(changed, "\n  "))
	}
	for _, line := range perModule(tree, want) {
		t.Log(line)
	}
	if n != len(want) || len(want) != 2*(len(pkgs)+len(strings.Split(protobuf.NewArgs().APIMachineryPackages, ","))) {
		t.Errorf("%d/%d files identical, for %d tagged packages and apimachinery's", n, len(want), len(pkgs))
	}
	t.Logf("protobuf: %d tagged packages, %d/%d files identical, generated in %s", len(pkgs), n, len(want), took)
}

// protobufPackages returns, as codegen::protobuf lists them (sort -u,
// LC_ALL=C), the import paths of the directories of the files under cmd,
// pkg and staging that hold "// +k8s:protobuf-gen=package": a staging
// directory by its module's path, any other below k8s.io/kubernetes.
func protobufPackages(t *testing.T, tree string) []string {
	tag := []byte("// +k8s:protobuf-gen=package")
	dirs := map[string]bool{}
	for _, top := range []string{"cmd", "pkg", "staging"} {
		err := filepath.WalkDir(filepath.Join(tree, top), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			if err == nil && bytes.Contains(data, tag) {
				rel, _ := filepath.Rel(tree, filepath.Dir(p))
				pkg := "k8s.io/kubernetes/" + filepath.ToSlash(rel)
				dirs[strings.Replace(pkg, "k8s.io/kubernetes/staging/src/", "", 1)] = true
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return slices.Sorted(maps.Keys(dirs))
}

// perModule returns one line per staging module: how many of its shipped
// generated.proto and generated.pb.go files the run wrote back identical.
func perModule(tree string, want map[string][]byte) []string {
	type count struct{ proto, protoOK, pb, pbOK int }
	counts := map[string]*count{}
	for rel, data := range want {
		mod, _, _ := strings.Cut(strings.TrimPrefix(rel, "staging/src/k8s.io/"), "/")
		if counts[mod] == nil {
			counts[mod] = &count{}
		}
		c := counts[mod]
		got, err := os.ReadFile(filepath.Join(tree, rel))
		same := err == nil && bytes.Equal(got, data)
		if path.Base(rel) == "generated.proto" {
			c.proto++
			c.protoOK += btoi(same)
		} else {
			c.pb++
			c.pbOK += btoi(same)
		}
	}
	var out []string
	for mod, c := range counts {
		out = append(out, fmt.Sprintf("%s: %d/%d generated.proto, %d/%d generated.pb.go identical", mod, c.protoOK, c.proto, c.pbOK, c.pb))
	}
	sort.Strings(out)
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fingerprints returns a digest of every regular file below dir, by path
// relative to dir (the whole tree, without holding its contents).
func fingerprints(t *testing.T, dir string) map[string][sha256.Size]byte {
	out := map[string][sha256.Size]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = sha256.Sum256(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// changedFiles names, sorted, the files that are new, changed or gone in
// after, but the protobuf outputs.
func changedFiles(before, after map[string][sha256.Size]byte) []string {
	var out []string
	for rel, sum := range after {
		if old, ok := before[rel]; (!ok || old != sum) && !isProtobufOutput(rel, nil) {
			out = append(out, rel)
		}
	}
	for rel := range before {
		if _, ok := after[rel]; !ok {
			out = append(out, rel+" (gone)")
		}
	}
	sort.Strings(out)
	return out
}

// copyInto copies the file src to dst, making dst's directory.
func copyInto(t *testing.T, src, dst string) {
	data, err := os.ReadFile(src)
	if err == nil {
		err = os.MkdirAll(filepath.Dir(dst), 0o755)
	}
	if err == nil {
		err = os.WriteFile(dst, data, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}
