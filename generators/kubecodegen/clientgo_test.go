package kubecodegen_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// oldClientGoMod is a go.mod whose client-go is older than the clients
// need, as after `go get -tool` of our commands into a module on v0.34.1.
const oldClientGoMod = "module example.com/shop\n\ngo 1.26\n\nrequire (\n\tk8s.io/apimachinery v0.37.2\n\tk8s.io/client-go v0.34.1\n)\n"

// TestOldClientGo: all and client stop before loading, with the go.mod
// line, the minimum and the go get that fixes it, and write nothing; a
// run with no +genclient package needs no client-go and goes on.
func TestOldClientGo(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go": shopDoc("v1"), "pkg/apis/shop/v1/types.go": shopTypes("v1", "Widget"),
	})
	s.Write("go.mod", oldClientGoMod)
	goldentest.Enter(t, s.Dir)
	for _, sub := range []string{"all", "client"} {
		code, out := codegen(t, append([]string{sub}, shopAll()[1:]...)...)
		want := "go.mod:7:2: k8s.io/client-go v0.34.1 is too old for the code kube-codegen " + sub + " generates, which needs v0.37.0 or later"
		if code != 1 || !strings.Contains(out, want) || !strings.Contains(out, "go get k8s.io/client-go@v0.37.2 k8s.io/apimachinery@v0.37.2") {
			t.Errorf("kube-codegen %s: exit %d, want 1 and %q with the go get in:\n%s", sub, code, want, out)
		}
		if files := s.Files("pkg"); len(files) != 2 {
			t.Errorf("kube-codegen %s wrote files: %d under pkg/, want the 2 written by the test", sub, len(files))
		}
	}
	s.Write("pkg/apis/shop/v1/types.go", strings.ReplaceAll(shopTypes("v1", "Widget"), "// +genclient\n", ""))
	if code, out := codegen(t, shopAll()...); code != 0 {
		t.Fatalf("all without +genclient: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "pkg/apis/shop/v1/zz_generated.deepcopy.go")); err != nil {
		t.Errorf("all without +genclient wrote no deep copy: %v", err)
	}
}
