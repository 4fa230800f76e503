package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckOutputPkg: the output pair is checked against the module that
// encloses --output-dir, whose go.mod may quote its path and carry
// comments; a package path of another module is an error only for
// generators whose code imports its own packages; without a go.mod, or in
// a vendor directory, nothing is checked.
func TestCheckOutputPkg(t *testing.T) {
	root := t.TempDir()
	mod := filepath.Join(root, "shop")
	write := func(rel, content string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, rel)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, rel), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("shop/go.mod", "// the shop\nmodule \"example.com/shop\" // quoted\n\ngo 1.26\n")
	write("shop/nested/go.mod", "module example.com/nested\n")
	tests := []struct {
		name, dir, pkg     string
		want, wantInModule string // "" for no error
	}{
		{"match", filepath.Join(mod, "pkg/generated"), "example.com/shop/pkg/generated", "", ""},
		{"module root", mod, "example.com/shop", "", ""},
		{"other directory of the module", filepath.Join(mod, "pkg/apis/pkg/generated"), "example.com/shop/pkg/generated",
			"is package example.com/shop/pkg/apis/pkg/generated", "and package example.com/shop/pkg/generated is the directory " + filepath.Join(mod, "pkg/generated")},
		{"nested module", filepath.Join(mod, "nested/out"), "example.com/nested/out", "", ""},
		{"nested module named as the outer one", filepath.Join(mod, "nested/out"), "example.com/shop/nested/out",
			"is not in that module", ""},
		{"another module", filepath.Join(mod, "out"), "k8s.io/kubernetes/pkg/generated/openapi",
			"give --output-pkg example.com/shop/out", ""},
		{"vendor", filepath.Join(mod, "vendor/k8s.io/client-go"), "k8s.io/client-go", "", ""},
		{"no go.mod", filepath.Join(root, "gopath/src/example.com/x"), "example.com/y", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, "CheckOutputPkg", CheckOutputPkg(tt.dir, tt.pkg), tt.want)
			check(t, "CheckOutputPkgInModule", CheckOutputPkgInModule(tt.dir, tt.pkg), tt.wantInModule)
		})
	}
}

func check(t *testing.T, name string, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Errorf("%s: %v, want no error", name, err)
	case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
		t.Errorf("%s: %v, want an error containing %q", name, err, want)
	}
}
