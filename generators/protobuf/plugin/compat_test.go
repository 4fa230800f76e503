package plugin

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestShipped is the opt-in compat check: the plugin's output for every
// generated.proto under $GENGOKIT_GOGO_PROTO_ROOT must equal the shipped
// generated.pb.go byte for byte. Unset: skipped.
//
// GENGOKIT_GOGO_PROTO_ROOT is an include root laid out by import path
// (k8s.io/api/core/v1/generated.proto, ...) holding the output of upstream
// go-to-protobuf v0.37.2 run with --only-idl --keep-gogoproto over copies of
// the modules (all their packages in one --packages list, as Kubernetes
// runs it), and github.com/gogo/protobuf/gogoproto/gogo.proto.
// GENGOKIT_SHIPPED is a comma separated list of import-path=directory,
// e.g. k8s.io/api=$(go env GOMODCACHE)/k8s.io/api@v0.37.2.
// GENGOKIT_HEADER is the --go-header-file (Kubernetes' boilerplate), and
// GENGOKIT_DIFF_DIR, if set, receives the files that differ.
func TestShipped(t *testing.T) {
	root, shipped := os.Getenv("GENGOKIT_GOGO_PROTO_ROOT"), os.Getenv("GENGOKIT_SHIPPED")
	if root == "" || shipped == "" {
		t.Skip("GENGOKIT_GOGO_PROTO_ROOT and GENGOKIT_SHIPPED are not set")
	}
	requireProtoc(t)
	dirs := map[string]string{}
	for _, pair := range strings.Split(shipped, ",") {
		prefix, dir, _ := strings.Cut(pair, "=")
		dirs[prefix] = dir
	}
	rels := protoFiles(root, dirs)
	same := 0
	for _, rel := range rels {
		if compareShipped(t, root, dirs, rel) {
			same++
		}
	}
	t.Logf("%d of %d identical", same, len(rels))
}

// protoFiles lists the generated.proto files under root for each prefix.
func protoFiles(root string, dirs map[string]string) []string {
	var rels []string
	for prefix := range dirs {
		// The trailing slash follows a symbolic link at the prefix.
		filepath.Walk(filepath.Join(root, prefix)+"/", func(p string, info os.FileInfo, err error) error {
			if err == nil && info.Name() == "generated.proto" {
				rel, _ := filepath.Rel(root, p)
				rels = append(rels, rel)
			}
			return nil
		})
	}
	sort.Strings(rels)
	return rels
}

// compareShipped generates one file and reports whether it is identical.
func compareShipped(t *testing.T, root string, dirs map[string]string, rel string) bool {
	t.Helper()
	out, err := runProtoc(os.Getenv("GENGOKIT_HEADER"), []string{root}, rel)
	if err != nil {
		t.Errorf("%s: %v", rel, err)
		return false
	}
	defer os.RemoveAll(out)
	pb := strings.TrimSuffix(rel, ".proto") + ".pb.go"
	got, err := os.ReadFile(filepath.Join(out, pb))
	if err != nil {
		t.Errorf("%s: %v", rel, err)
		return false
	}
	want, err := os.ReadFile(shippedFile(dirs, pb))
	if err != nil {
		t.Errorf("%s: %v", rel, err)
		return false
	}
	if bytes.Equal(got, want) {
		return true
	}
	t.Errorf("%s differs from the shipped file at %s", pb, firstDiff(want, got))
	if d := os.Getenv("GENGOKIT_DIFF_DIR"); d != "" {
		os.MkdirAll(filepath.Join(d, filepath.Dir(pb)), 0o755)
		os.WriteFile(filepath.Join(d, pb), got, 0o644)
	}
	return false
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
