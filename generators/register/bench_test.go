package register_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our register-gen against upstream's v0.37.2
// over the 60 API packages of k8s.io/api with their hand-written
// register.go removed (so that the packages with a +groupName get a file;
// k8s.io/api ships no generated one), 5 alternating rounds each (make
// bench); then it requires our files to be upstream's, byte for byte.
func BenchmarkVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	goldentest.InPlace{
		Label: "register-gen k8s.io/api without register.go (60 pkgs)", Command: "./cmd/register-gen",
		Upstream: "k8s.io/code-generator/cmd/register-gen@v0.37.2", Module: "k8s.io/api", Version: "v0.37.2",
		Packages: goldentest.KubeAPIVersions(), OutputFile: outputFile, Identical: true,
		Setup: func(b *testing.B, mod string) {
			for _, p := range goldentest.KubeAPIVersions() {
				if err := os.Remove(filepath.Join(mod, p, "register.go")); err != nil && !os.IsNotExist(err) {
					b.Fatal(err)
				}
			}
		},
		Args: func(string) []string {
			args := []string{"--output-file", outputFile, "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}
			for _, p := range goldentest.KubeAPIVersions() {
				args = append(args, "./"+p)
			}
			return args
		},
	}.Bench(b, 5)
}
