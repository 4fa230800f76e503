package prereleaselifecycle_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our prerelease-lifecycle-gen against
// upstream's v0.37.2 on the 55 packages of case api-prerelease-lifecycle,
// 5 alternating rounds each (make bench).
func BenchmarkVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	goldentest.InPlace{
		Label: "prerelease-lifecycle-gen api-prerelease-lifecycle (55 pkgs)", Command: "./cmd/prerelease-lifecycle-gen",
		Upstream: "k8s.io/code-generator/cmd/prerelease-lifecycle-gen@v0.37.2", Module: "k8s.io/api", Version: "v0.37.2",
		Packages: compatPackages(), OutputFile: outputFile, Args: func(string) []string { return compatArgs(root) },
	}.Bench(b, 5)
}
