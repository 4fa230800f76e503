package client_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our client-gen against upstream v0.37.2 on the
// clientgo-clientset case (make bench).
func BenchmarkVsUpstream(b *testing.B) {
	goldentest.ClientGoClientset(goldentest.Root(b)).Bench(b, "k8s.io/code-generator/cmd/client-gen@v0.37.2", 5)
}
