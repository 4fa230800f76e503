package openapi_test

import (
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our openapi-gen against upstream's
// (kube-openapi at the version Kubernetes v1.37.2 pins) over the 60 API
// packages of k8s.io/api with the arguments of case api-model-name (the
// definitions file of all of them, the model-name files and the report),
// 3 alternating rounds each (make bench); then it requires our model-name
// files to be upstream's, byte for byte.
func BenchmarkVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	goldentest.InPlace{
		Label: "openapi-gen k8s.io/api (60 pkgs)", Command: "./cmd/openapi-gen",
		Upstream: "k8s.io/kube-openapi/cmd/openapi-gen@v0.0.0-20260721132016-d427ff9ee9ad", Module: "k8s.io/api", Version: "v0.37.2",
		Packages: goldentest.KubeAPIVersions(), OutputFile: modelNameFile, Identical: true,
		Args: func(mod string) []string {
			args := []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
				"--output-file", "zz_generated.openapi.go", "--output-dir", filepath.Join(mod, "pkg/generated/openapi"),
				"--output-pkg", "k8s.io/kubernetes/pkg/generated/openapi", "--report-filename", filepath.Join(mod, "api_violations.report"),
				"--output-model-name-file", modelNameFile}
			for _, p := range goldentest.KubeAPIVersions() {
				args = append(args, "./"+p)
			}
			return args
		},
	}.Bench(b, 3)
}
