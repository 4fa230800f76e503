//go:build compat

package validation_test

import (
	"os/exec"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestDocsMatchUpstream requires validation-gen --docs to print upstream
// v0.37.2's JSON byte for byte: every tag, its scopes, arguments, values
// and documentation.
func TestDocsMatchUpstream(t *testing.T) {
	ours := goldentest.Build(t, goldentest.Root(t), "./cmd/validation-gen")
	theirs := goldentest.InstallUpstream(t, "k8s.io/code-generator/cmd/validation-gen@v0.37.2")
	run := func(bin string) string {
		out, err := exec.Command(bin, "--docs").Output()
		if err != nil {
			t.Fatalf("%s --docs: %v", bin, err)
		}
		return string(out)
	}
	if got, want := run(ours), run(theirs); got != want {
		t.Errorf("--docs differs from upstream's (%d bytes, want %d)", len(got), len(want))
	}
}
