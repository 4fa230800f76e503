package generators_test

import (
	"bytes"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kubecodegen"
	"github.com/gengokit/gengokit/generators/lister"
	"github.com/gengokit/gengokit/generators/openapi"
)

const shopDoc = `// +k8s:deepcopy-gen=package
// +k8s:openapi-gen=true
// +groupName=shop.example.com
package v1
`

const shopTypes = `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Order struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	Size int ` + "`json:\"size\"`" + `
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type OrderList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []Order ` + "`json:\"items\"`" + `
}
`

// outputPairCommands returns each command with an --output-dir/--output-pkg
// pair, run from pkg/apis of the shop module, writing dir as package pkg.
func outputPairCommands(dir, pkg string) map[string]func(stdout, stderr *bytes.Buffer) int {
	gen := func(g *cli.Spec, args ...string) func(stdout, stderr *bytes.Buffer) int {
		return func(stdout, stderr *bytes.Buffer) int { return cli.Run(g, args, stdout, stderr) }
	}
	return map[string]func(stdout, stderr *bytes.Buffer) int{
		"client-gen": gen(client.NewCommand(), "--output-dir", dir, "--output-pkg", pkg, "--clientset-name", "versioned",
			"--input-base", "example.com/shop/pkg/apis", "--input", "shop/v1"),
		"lister-gen": gen(lister.NewCommand(), "--output-dir", dir+"/listers", "--output-pkg", pkg+"/listers", "./shop/v1"),
		"informer-gen": gen(informer.NewCommand(), "--output-dir", dir+"/informers", "--output-pkg", pkg+"/informers",
			"--versioned-clientset-package", pkg+"/versioned", "--listers-package", pkg+"/listers", "./shop/v1"),
		"applyconfiguration-gen": gen(applyconfiguration.NewCommand(), "--output-dir", dir+"/applyconfiguration",
			"--output-pkg", pkg+"/applyconfiguration", "./shop/v1"),
		"openapi-gen": gen(openapi.NewCommand(), "--output-dir", dir+"/openapi", "--output-pkg", pkg+"/openapi",
			"--output-file", "zz_generated.openapi.go", "--report-filename", "-", "./shop/v1"),
		"kube-codegen client": func(stdout, stderr *bytes.Buffer) int {
			return kubecodegen.Main([]string{"client", "--with-watch", "--output-dir", dir, "--output-pkg", pkg, "."}, stdout, stderr)
		},
	}
}

// TestOutputPairMismatch: run from pkg/apis with --output-dir pkg/generated
// and --output-pkg example.com/shop/pkg/generated (which is the module's
// pkg/generated, not pkg/apis/pkg/generated), every generator with the
// pair stops with an error naming both values and the directory the
// package path is, and writes nothing; with --output-dir ../generated,
// the matching directory, each writes its files there.
func TestOutputPairMismatch(t *testing.T) {
	goldentest.Loads(t)
	for name := range outputPairCommands("", "") {
		t.Run(name, func(t *testing.T) {
			s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
				"pkg/apis/shop/v1/doc.go": shopDoc, "pkg/apis/shop/v1/types.go": shopTypes})
			goldentest.Enter(t, filepath.Join(s.Dir, "pkg", "apis"))
			before := slices.Sorted(maps.Keys(s.Files(".")))
			var stdout, stderr bytes.Buffer
			code := outputPairCommands("pkg/generated", "example.com/shop/pkg/generated")[name](&stdout, &stderr)
			msg := stderr.String()
			if code != 1 || !strings.Contains(msg, "--output-dir pkg/generated") ||
				!strings.Contains(msg, "--output-pkg example.com/shop/pkg/generated") ||
				!strings.Contains(msg, "example.com/shop/pkg/apis/pkg/generated") || !strings.Contains(msg, "give --output-dir ../generated") {
				t.Errorf("mismatch: exit %d, stderr:\n%s\nwant exit 1 naming both flags' values, the package path of the directory and the directory to give", code, msg)
			}
			if after := slices.Sorted(maps.Keys(s.Files("."))); !slices.Equal(before, after) {
				t.Errorf("mismatch: files written:\nbefore %v\nafter  %v", before, after)
			}
			stdout.Reset()
			stderr.Reset()
			if code := outputPairCommands("../generated", "example.com/shop/pkg/generated")[name](&stdout, &stderr); code != 0 {
				t.Fatalf("matching pair: exit %d, stderr:\n%s", code, stderr.String())
			}
			if written := s.Files("pkg/generated"); len(written) == 0 {
				t.Errorf("matching pair: nothing written under pkg/generated")
			}
		})
	}
}
