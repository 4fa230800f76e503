package defaulter_test

import (
	"path/filepath"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// apiserverPackages are the packages of case apiserver-defaults.
var apiserverPackages = []string{
	"./pkg/admission/plugin/resourcequota/apis/resourcequota/v1",
	"./pkg/admission/plugin/resourcequota/apis/resourcequota/v1alpha1",
	"./pkg/admission/plugin/resourcequota/apis/resourcequota/v1beta1",
	"./pkg/admission/plugin/webhook/config/apis/webhookadmission/v1",
	"./pkg/apis/apiserver/v1",
	"./pkg/apis/apiserver/v1alpha1",
	"./pkg/apis/apiserver/v1beta1",
	"./pkg/apis/audit/v1",
	"./pkg/apis/example/v1",
	"./pkg/apis/example2/v1",
}

// apiserverDefaults is case apiserver-defaults of shared/COMPAT.md.
func apiserverDefaults(root string) goldentest.Case {
	return goldentest.Case{
		Module: "k8s.io/apiserver", Version: "v0.37.2",
		Command: "./cmd/defaulter-gen", Generator: "defaulter-gen", Dir: "pkg", Files: 10,
		Args: func(string) []string {
			args := []string{"-v", "1", "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
				"--output-file", "zz_generated.defaults.go", "--lint-rules=known-tags-only,require-explicit-disablement"}
			return append(args, apiserverPackages...)
		},
	}
}
