package deepcopy_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our deepcopy-gen against upstream's v0.37.2 on
// the 60 packages of case api-deepcopy, 5 alternating rounds each (make
// bench).
func BenchmarkVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	var packages []string
	for _, p := range goldentest.KubeAPIVersions() {
		packages = append(packages, "./"+p)
	}
	goldentest.InPlace{
		Label: "deepcopy-gen api-deepcopy (60 pkgs)", Command: "./cmd/deepcopy-gen",
		Upstream: "k8s.io/code-generator/cmd/deepcopy-gen@v0.37.2", Module: "k8s.io/api", Version: "v0.37.2",
		Packages: goldentest.KubeAPIVersions(), OutputFile: outputFile,
		Args: func(string) []string { return goldentest.APIDeepcopyArgs(root, packages) },
	}.Bench(b, 5)
}
