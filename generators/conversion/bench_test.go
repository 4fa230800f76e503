package conversion_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkConversionVsUpstream times our conversion-gen against
// upstream's v0.37.2 on case apimachinery-conversion (3 packages of
// k8s.io/apimachinery, with k8s.io/api/core/v1 as extra peer), 5
// alternating rounds each (make bench).
func BenchmarkConversionVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	goldentest.InPlace{
		Label: "conversion-gen apimachinery-conversion (3 pkgs)", Command: "./cmd/conversion-gen",
		Upstream: "k8s.io/code-generator/cmd/conversion-gen@v0.37.2", Module: "k8s.io/apimachinery", Version: "v0.37.2",
		Packages: apimachineryPackages, OutputFile: outputFile, Args: apimachineryConversion(root).Args,
	}.Bench(b, 5)
}
