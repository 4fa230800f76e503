package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// shopDoc and shopTypes are a CRD author's API package, for each version.
const (
	shopDoc = `// +k8s:deepcopy-gen=package
// +groupName=shop.example.com

// Package %s is the shop API.
package %s
`
	shopTypes = `package %s

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Receipt is a sale.
type Receipt struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	Total int64 ` + "`json:\"total\"`" + `
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// ReceiptList is a list of receipts.
type ReceiptList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []Receipt ` + "`json:\"items\"`" + `
}
`
	shopRegister = `package %s

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// SchemeGroupVersion is the group version of this package.
var SchemeGroupVersion = schema.GroupVersion{Group: "shop.example.com", Version: "%s"}

// AddToScheme registers the types of this package.
func AddToScheme(s *runtime.Scheme) error {
	s.AddKnownTypes(SchemeGroupVersion, &Receipt{}, &ReceiptList{})
	metav1.AddToGroupVersion(s, SchemeGroupVersion)
	return nil
}
`
)

// shopFiles returns the shop module's API packages, versions v1alpha1 and v1.
func shopFiles() map[string]string {
	files := map[string]string{}
	for _, v := range []string{"v1alpha1", "v1"} {
		files["pkg/apis/shop/"+v+"/doc.go"] = strings.ReplaceAll(shopDoc, "%s", v)
		files["pkg/apis/shop/"+v+"/types.go"] = strings.ReplaceAll(shopTypes, "%s", v)
		files["pkg/apis/shop/"+v+"/register.go"] = strings.ReplaceAll(shopRegister, "%s", v)
	}
	return files
}

// TestInputBaseForms runs client-gen as kube_codegen.sh does (an absolute
// --input-base directory), with a ./relative directory, and with the import
// path: all three write the same tree, and it compiles.
func TestInputBaseForms(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	clientGen := goldentest.Build(t, root, "./cmd/client-gen")
	deepcopyGen := goldentest.Build(t, root, "./cmd/deepcopy-gen")
	s := goldentest.NewScratch(t, "example.com/shop", shopFiles())
	if out, code := s.Run(deepcopyGen, "--output-file", "zz_generated.deepcopy.go", "./pkg/apis/..."); code != 0 {
		t.Fatalf("deepcopy-gen: exit %d\n%s", code, out)
	}
	var trees []map[string][]byte
	for _, base := range []string{filepath.Join(s.Dir, "pkg/apis"), "./pkg/apis", "example.com/shop/pkg/apis"} {
		out, code := s.Run(clientGen, "--output-dir", "./pkg/generated/clientset", "--output-pkg", "example.com/shop/pkg/generated/clientset",
			"--clientset-name", "versioned", "--input-base", base, "--input", "shop/v1alpha1", "--input", "shop/v1")
		if code != 0 {
			t.Fatalf("--input-base %s: exit %d\n%s", base, code, out)
		}
		trees = append(trees, s.Files("pkg/generated/clientset"))
		if base != "example.com/shop/pkg/apis" {
			if err := os.RemoveAll(filepath.Join(s.Dir, "pkg/generated")); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(trees[2]) < 10 {
		t.Fatalf("only %d files generated", len(trees[2]))
	}
	for i, form := range []string{"absolute directory", "./relative directory"} {
		if diff := cmp.Diff(trees[2], trees[i]); diff != "" {
			t.Errorf("%s writes another tree than the import path (-import path +%s):\n%s", form, form, diff)
		}
	}
	if out, code := s.Run("go", "vet", "./..."); code != 0 {
		t.Errorf("go vet of the generated clientset: exit %d\n%s", code, out)
	}
}

// TestMissingInputDirectory names the directory and the import path tried.
func TestMissingInputDirectory(t *testing.T) {
	goldentest.Loads(t)
	clientGen := goldentest.Build(t, goldentest.Root(t), "./cmd/client-gen")
	s := goldentest.NewScratch(t, "example.com/shop", shopFiles())
	out, code := s.Run(clientGen, "--output-dir", "./out", "--output-pkg", "example.com/shop/out",
		"--input-base", filepath.Join(s.Dir, "pkg/apis"), "--input", "shop/v2")
	want := "client-gen: --input shop/v2: no Go package in directory " + filepath.Join(s.Dir, "pkg/apis/shop/v2") +
		" (import path example.com/shop/pkg/apis/shop/v2); check --input-base and --input"
	if code != 1 || !strings.Contains(out, want) {
		t.Errorf("exit %d, output:\n%s\nwant 1 and %q", code, out, want)
	}
}

// TestGroupNameFallbackWarns: a version package without +groupName gets a
// warning naming the group it falls back to, and the run still succeeds.
func TestGroupNameFallbackWarns(t *testing.T) {
	goldentest.Loads(t)
	clientGen := goldentest.Build(t, goldentest.Root(t), "./cmd/client-gen")
	files := shopFiles()
	for _, v := range []string{"v1alpha1", "v1"} {
		files["pkg/apis/shop/"+v+"/doc.go"] = "// Package " + v + " names no group.\npackage " + v + "\n"
	}
	s := goldentest.NewScratch(t, "example.com/shop", files)
	out, code := s.Run(clientGen, "--output-dir", "./out", "--output-pkg", "example.com/shop/out",
		"--input-base", "example.com/shop/pkg/apis", "--input", "shop/v1alpha1", "--input", "shop/v1")
	want := `pkg/apis/shop/v1/doc.go:2:1: package example.com/shop/pkg/apis/shop/v1 has no +groupName; its API group is "shop"`
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("exit %d, output:\n%s\nwant 0 and a warning %q", code, out, want)
	}
}
