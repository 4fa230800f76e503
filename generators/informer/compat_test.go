package informer_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our informer-gen against upstream v0.37.2 on the
// clientgo-informers case (make bench).
func BenchmarkVsUpstream(b *testing.B) {
	goldentest.ClientGoInformers(goldentest.Root(b)).Bench(b, "k8s.io/code-generator/cmd/informer-gen@v0.37.2", 5)
}
