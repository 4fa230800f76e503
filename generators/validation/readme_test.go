package validation_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestREADMEAsWritten runs README's validation-gen command as written,
// with our binary on PATH, in a CRD-style module (ObjectMeta, a
// metav1.Condition list, a Quantity, an IntOrString): it exits 0, writes
// the kind's validation calling apimachinery's own, and the module builds.
func TestREADMEAsWritten(t *testing.T) {
	goldentest.Loads(t)
	blocks := goldentest.ShellBlocks(t, "## validation-gen")
	if len(blocks) != 1 {
		t.Fatalf("README's validation-gen section has %d sh blocks, want 1", len(blocks))
	}
	bin := goldentest.Build(t, goldentest.Root(t), "./cmd/validation-gen")
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"hack/boilerplate.go.txt":   "/*\nCopyright YEAR The Shop Authors.\n*/\n",
		"pkg/apis/shop/v1/doc.go":   "// +k8s:validation-gen=TypesWithField=TypeMeta\n\n// Package v1 is the shop API.\npackage v1\n",
		"pkg/apis/shop/v1/types.go": readmeTypes,
	})
	goldentest.RunShell(t, s.Dir, blocks[0], "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"), "GOFLAGS=-mod=mod")
	got := string(s.Files("pkg/apis/shop/v1")["zz_generated.validations.go"])
	for _, want := range []string{"func RegisterValidations(scheme *runtime.Scheme) error {", "validation.Validate_ObjectMeta(",
		"validation.Validate_Condition", "validate.MaxLength(ctx, op, fldPath, obj, oldObj, 63)"} {
		if !strings.Contains(got, want) {
			t.Errorf("zz_generated.validations.go lacks %q:\n%s", want, got)
		}
	}
	goldentest.RunShell(t, s.Dir, "go build ./...", "GOFLAGS=-mod=mod")
}

const readmeTypes = `package v1

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Widget is a kind.
type Widget struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	// +k8s:required
	// +k8s:maxLength=63
	Color string ` + "`json:\"color\"`" + `
	// +k8s:optional
	Size *resource.Quantity ` + "`json:\"size,omitempty\"`" + `
	// +k8s:optional
	Port *intstr.IntOrString ` + "`json:\"port,omitempty\"`" + `
	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=type
	Conditions []metav1.Condition ` + "`json:\"conditions,omitempty\"`" + `
}

// DeepCopyObject makes Widget a runtime.Object (deepcopy-gen's job).
func (in *Widget) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}
`
