package lister_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our lister-gen against upstream v0.37.2 on the
// clientgo-listers case (make bench).
func BenchmarkVsUpstream(b *testing.B) {
	goldentest.ClientGoListers(goldentest.Root(b)).Bench(b, "k8s.io/code-generator/cmd/lister-gen@v0.37.2", 5)
}
