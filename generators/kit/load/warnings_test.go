package load

import (
	"bytes"
	"testing"
)

// TestAliasWarnings keeps gengo's mismatched-comment warnings about input
// packages, drops those about other packages, and passes every other record.
func TestAliasWarnings(t *testing.T) {
	var out bytes.Buffer
	w := &aliasWarnings{out: &out}
	records := []string{
		"W1201 11:25:40.607204 1 parse.go:446] Mismatched comments on type k8s.io/client-go/tools/cache.TypedResourceEventHandlerFuncs[*k8s.io/api/core/v1.Pod].\n  Using comments:\n",
		"W1201 11:25:40.607204 1 parse.go:446] Mismatched secondClosestCommentLines on type example.com/m/pkg/apis/v1.Widget.\n  Using comments:\n",
		"I1201 11:25:40.607204 1 other.go:1] something else\n",
	}
	for _, r := range records {
		w.write([]byte(r))
	}
	if got := out.String(); got != records[2] {
		t.Errorf("before release, got %q; want only the other record", got)
	}
	w.release([]string{"example.com/m/pkg/apis/v1"})
	if got, want := out.String(), records[2]+records[1]; got != want {
		t.Errorf("after release, got %q; want %q", got, want)
	}
	if pkg := warnedPackage([]byte(records[0])); pkg != "k8s.io/client-go/tools/cache" {
		t.Errorf("warnedPackage = %q", pkg)
	}
}
