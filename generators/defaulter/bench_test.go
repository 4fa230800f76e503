package defaulter_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our defaulter-gen against upstream's v0.37.2
// on case apiserver-defaults (10 packages of k8s.io/apiserver), 5
// alternating rounds each (make bench).
func BenchmarkVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	goldentest.InPlace{
		Label: "defaulter-gen apiserver-defaults (10 pkgs)", Command: "./cmd/defaulter-gen",
		Upstream: "k8s.io/code-generator/cmd/defaulter-gen@v0.37.2", Module: "k8s.io/apiserver", Version: "v0.37.2",
		Packages: apiserverPackages, OutputFile: outputFile, Args: apiserverDefaults(root).Args,
	}.Bench(b, 5)
}
