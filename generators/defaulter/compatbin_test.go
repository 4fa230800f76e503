//go:build compat

package defaulter_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// The binary over whole modules, as the open compat cases run it, is make
// compat's: case sample-apiserver-defaults (make test checks the same files
// through kube-codegen all, TestCompatSamplePipelineAll) and case
// apiserver-defaults (TestCompatAPIServerDefaults) (the kubernetes tree in make compat checks
// every such file of Kubernetes).

// sampleAPIServerDefaults is case sample-apiserver-defaults of
// shared/COMPAT.md, with the arguments kube_codegen.sh gives.
func sampleAPIServerDefaults() goldentest.Case {
	return goldentest.Case{
		Module: "k8s.io/sample-apiserver", Version: "v0.37.2",
		Command: "./cmd/defaulter-gen", Generator: "defaulter-gen", Dir: "pkg/apis", Files: 2,
		Args: func(string) []string {
			return []string{"-v", "0", "--output-file", "zz_generated.defaults.go", "--go-header-file", "./hack/../hack/boilerplate.go.txt",
				"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1", "k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1"}
		},
	}
}

// TestCompatSampleAPIServerDefaults regenerates the 2 defaults files of
// k8s.io/sample-apiserver v0.37.2 and requires the shipped bytes.
func TestCompatSampleAPIServerDefaults(t *testing.T) {
	sampleAPIServerDefaults().Run(t)
}

// TestCompatAPIServerDefaults regenerates the 10 defaults files of
// k8s.io/apiserver v0.37.2 and requires the shipped bytes.
func TestCompatAPIServerDefaults(t *testing.T) {
	apiserverDefaults(goldentest.Root(t)).Run(t)
}
