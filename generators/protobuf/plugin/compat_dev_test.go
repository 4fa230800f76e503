package plugin

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShipped compares the plugin's output for every generated.proto
// under $GENGOKIT_GOGO_PROTO_ROOT (upstream go-to-protobuf --only-idl
// --keep-gogoproto output, laid out by import path, gogo.proto included)
// with the shipped generated.pb.go files: $GENGOKIT_SHIPPED is a comma
// separated list of import-path=directory, each module to compare
// ("k8s.io/api=$(go env GOMODCACHE)/k8s.io/api@v0.37.2"). Unset: skipped.
func TestShipped(t *testing.T) {
	root, shipped := os.Getenv("GENGOKIT_GOGO_PROTO_ROOT"), os.Getenv("GENGOKIT_SHIPPED")
	if root == "" || shipped == "" {
		t.Skip("GENGOKIT_GOGO_PROTO_ROOT and GENGOKIT_SHIPPED are not set")
	}
	header := os.Getenv("GENGOKIT_HEADER")
	dirs := map[string]string{}
	var rels []string
	for _, pair := range strings.Split(shipped, ",") {
		prefix, dir, _ := strings.Cut(pair, "=")
		dirs[prefix] = dir
		filepath.Walk(filepath.Join(root, prefix)+"/", func(p string, info os.FileInfo, err error) error {
			if err == nil && info.Name() == "generated.proto" {
				rel, _ := filepath.Rel(root, p)
				rels = append(rels, rel)
			}
			return nil
		})
	}
	same := 0
	for _, rel := range rels {
		out, err := runProtoc(header, []string{root, "/usr/include"}, rel)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		pb := strings.TrimSuffix(rel, ".proto") + ".pb.go"
		got, err := os.ReadFile(filepath.Join(out, pb))
		os.RemoveAll(out)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		want, err := os.ReadFile(shippedFile(dirs, pb))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(got, want) {
			same++
			continue
		}
		t.Logf("%s: %s", pb, firstDiff(want, got))
		if d := os.Getenv("GENGOKIT_DIFF_DIR"); d != "" {
			os.MkdirAll(filepath.Join(d, filepath.Dir(pb)), 0o755)
			os.WriteFile(filepath.Join(d, pb), got, 0o644)
		}
	}
	t.Logf("%d of %d identical", same, len(rels))
}

// shippedFile is where the shipped copy of pb (an import path and file
// name) lies.
func shippedFile(dirs map[string]string, pb string) string {
	for prefix, dir := range dirs {
		if rest, ok := strings.CutPrefix(pb, prefix+"/"); ok {
			return filepath.Join(dir, rest)
		}
	}
	return pb
}
