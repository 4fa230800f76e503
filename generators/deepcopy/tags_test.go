package deepcopy_test

import (
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestNonPointerContradiction: two +k8s:deepcopy-gen:nonpointer-interfaces
// that disagree on one type are an error at the second; two that agree
// are not.
func TestNonPointerContradiction(t *testing.T) {
	s := goldentest.NewScratch(t, "example.com/m", map[string]string{
		"p/doc.go": "// +k8s:deepcopy-gen=package\npackage p\n",
		"p/types.go": `package p

// +k8s:deepcopy-gen:interfaces=example.com/m/p.Copier
// +k8s:deepcopy-gen:nonpointer-interfaces=true
// +k8s:deepcopy-gen:nonpointer-interfaces=false
type A struct{ N []int }

// +k8s:deepcopy-gen:interfaces=example.com/m/p.Copier
// +k8s:deepcopy-gen:nonpointer-interfaces=true
// +k8s:deepcopy-gen:nonpointer-interfaces=true
type B struct{ N []int }

// Copier is what DeepCopyCopier returns.
// +k8s:deepcopy-gen=false
type Copier interface{ DeepCopyCopier() Copier }
`,
	})
	goldentest.Enter(t, s.Dir)
	_, err := cli.Generate(deepcopy.NewCommand(), []string{"./p"})
	want := "types.go:5:4: +k8s:deepcopy-gen:nonpointer-interfaces=false contradicts +k8s:deepcopy-gen:nonpointer-interfaces=true above it; keep one"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want %q", err, want)
	}
	if strings.Contains(err.Error(), "type B") || strings.Count(err.Error(), "contradicts") != 1 {
		t.Errorf("agreeing values reported too: %v", err)
	}
}
