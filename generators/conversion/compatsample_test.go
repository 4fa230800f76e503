//go:build compat

package conversion_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// Case sample-apiserver-conversion is part of make compat; make test checks
// the same files through kube-codegen all (TestCompatSamplePipelineAll,
// generators/kubecodegen).

// sampleAPIServerConversion is case sample-apiserver-conversion of
// shared/COMPAT.md, with the arguments kube_codegen.sh gives.
func sampleAPIServerConversion() goldentest.Case {
	return goldentest.Case{
		Module: "k8s.io/sample-apiserver", Version: "v0.37.2",
		Command: "./cmd/conversion-gen", Generator: "conversion-gen", Dir: "pkg/apis", Files: 2,
		Args: func(string) []string {
			return []string{"-v", "0", "--output-file", "zz_generated.conversion.go", "--go-header-file", "./hack/../hack/boilerplate.go.txt",
				"k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1", "k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1"}
		},
	}
}

// TestCompatSampleAPIServerConversion regenerates the 2 conversion files
// of k8s.io/sample-apiserver v0.37.2 and requires the shipped bytes.
func TestCompatSampleAPIServerConversion(t *testing.T) {
	sampleAPIServerConversion().Run(t)
}
