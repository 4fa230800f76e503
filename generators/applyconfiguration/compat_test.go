package applyconfiguration_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our applyconfiguration-gen against upstream
// v0.37.2 on the clientgo-applyconfigurations case (make bench).
func BenchmarkVsUpstream(b *testing.B) {
	goldentest.ClientGoApplyConfigurations(goldentest.Root(b)).Bench(b, "k8s.io/code-generator/cmd/applyconfiguration-gen@v0.37.2", 5)
}
