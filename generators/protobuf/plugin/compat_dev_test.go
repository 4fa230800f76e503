package plugin

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShippedAPI compares the plugin's output for every generated.proto
// under $GENGOKIT_GOGO_PROTO_ROOT (upstream go-to-protobuf --only-idl
// --keep-gogoproto output, laid out by import path, gogo.proto included)
// with k8s.io/api's shipped generated.pb.go files under
// $GENGOKIT_SHIPPED_ROOT. Both unset: skipped.
func TestShippedAPI(t *testing.T) {
	root, shipped := os.Getenv("GENGOKIT_GOGO_PROTO_ROOT"), os.Getenv("GENGOKIT_SHIPPED_ROOT")
	if root == "" || shipped == "" {
		t.Skip("GENGOKIT_GOGO_PROTO_ROOT and GENGOKIT_SHIPPED_ROOT are not set")
	}
	header := os.Getenv("GENGOKIT_HEADER")
	var rels []string
	filepath.Walk(filepath.Join(root, "k8s.io/api")+"/", func(p string, info os.FileInfo, err error) error {
		if err == nil && info.Name() == "generated.proto" {
			rel, _ := filepath.Rel(root, p)
			rels = append(rels, rel)
		}
		return nil
	})
	same := 0
	for _, rel := range rels {
		out, err := runProtoc(header, []string{root, "/usr/include"}, rel)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		pb := strings.TrimSuffix(rel, ".proto") + ".pb.go"
		got, err := os.ReadFile(filepath.Join(out, pb))
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		want, err := os.ReadFile(filepath.Join(shipped, strings.TrimPrefix(pb, "k8s.io/api/")))
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
