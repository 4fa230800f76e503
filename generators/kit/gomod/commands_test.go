package gomod_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/lister"
)

const shopDoc = "// +groupName=shop.example.com\npackage v1\n"

const shopTypes = `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Widget struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type WidgetList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items           []Widget ` + "`json:\"items\"`" + `
}
`

// clientCommand is a command whose output needs k8s.io/client-go, with its
// arguments writing under pkg/generated of the module example.com/shop.
type clientCommand struct {
	gen     *cli.Spec
	args    []string
	minimum string // the lowest client-go it accepts
}

func clientCommands() []clientCommand {
	const out, pkg = "pkg/generated", "example.com/shop/pkg/generated"
	return []clientCommand{
		{client.NewCommand(), []string{"--output-dir", out, "--output-pkg", pkg, "--input-base", "example.com/shop/apis", "--input", "shop/v1"}, "v0.37.0"},
		{informer.NewCommand(), []string{"--output-dir", out, "--output-pkg", pkg, "--versioned-clientset-package", pkg + "/clientset/versioned", "--listers-package", pkg + "/listers", "./apis/..."}, "v0.37.0"},
		{lister.NewCommand(), []string{"--output-dir", out, "--output-pkg", pkg, "./apis/..."}, "v0.31.0"},
		{applyconfiguration.NewCommand(), []string{"--output-dir", out, "--output-pkg", pkg, "./apis/..."}, "v0.34.0"},
	}
}

// TestOldClientGo runs each command in a module that pins a client-go one
// release older than its minimum: it exits 1 with an error at the go.mod
// line that names the minimum and the go get that fixes it, and writes
// nothing.
func TestOldClientGo(t *testing.T) {
	older := map[string]string{"v0.37.0": "v0.36.6", "v0.34.0": "v0.33.5", "v0.31.0": "v0.30.14"}
	for _, c := range clientCommands() {
		t.Run(c.gen.Name, func(t *testing.T) {
			s := goldentest.NewScratch(t, "example.com/shop", map[string]string{"apis/shop/v1/doc.go": shopDoc, "apis/shop/v1/types.go": shopTypes})
			s.Write("go.mod", "module example.com/shop\n\ngo 1.26\n\nrequire (\n\tk8s.io/apimachinery v0.37.2\n\tk8s.io/client-go "+older[c.minimum]+"\n)\n")
			goldentest.Enter(t, s.Dir)
			var stdout, stderr strings.Builder
			code := cli.Run(c.gen, c.args, &stdout, &stderr)
			want := []string{
				"go.mod:7:2: k8s.io/client-go " + older[c.minimum] + " is too old for the code " + c.gen.Name + " generates, which needs " + c.minimum + " or later",
				"run `go get k8s.io/client-go@v0.37.2 k8s.io/apimachinery@v0.37.2` in " + s.Dir,
			}
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			for _, w := range want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr %q\ndoes not contain %q", stderr.String(), w)
				}
			}
			if _, err := os.Stat(filepath.Join(s.Dir, "pkg")); !os.IsNotExist(err) {
				t.Errorf("the run wrote under pkg/ (stat: %v)", err)
			}
		})
	}
}

// TestCurrentClientGo runs each command in a module on client-go v0.37.2:
// each generates its files.
func TestCurrentClientGo(t *testing.T) {
	goldentest.Loads(t)
	for _, c := range clientCommands() {
		t.Run(c.gen.Name, func(t *testing.T) {
			s := goldentest.NewScratch(t, "example.com/shop", map[string]string{"apis/shop/v1/doc.go": shopDoc, "apis/shop/v1/types.go": shopTypes})
			goldentest.Enter(t, s.Dir)
			var stdout, stderr strings.Builder
			if code := cli.Run(c.gen, c.args, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if len(s.Files("pkg/generated")) == 0 {
				t.Error("no file generated under pkg/generated")
			}
		})
	}
}
