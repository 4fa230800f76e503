//go:build compat

package openapi_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// Case sample-apiserver-openapi and the models schema of its definitions
// are part of make compat; make test checks the same files through
// kube-codegen all (TestCompatSamplePipelineAll, generators/kubecodegen).

// sampleAPIServerArgs are the arguments kube_codegen.sh's gen_openapi
// gives in case sample-apiserver-openapi.
func sampleAPIServerArgs(root string) []string {
	args := []string{"-v", "0", "--output-file", "zz_generated.openapi.go", "--go-header-file", "./hack/../hack/boilerplate.go.txt",
		"--output-dir", "./hack/../pkg/generated/openapi", "--output-pkg", "k8s.io/sample-apiserver/pkg/generated/openapi",
		"--report-filename", root + "/api/api-rules/sample_apiserver_violation_exceptions.list",
		"--output-model-name-file=" + modelNameFile}
	readonly := strings.Fields("k8s.io/apimachinery/pkg/apis/meta/v1 k8s.io/apimachinery/pkg/api/resource k8s.io/apimachinery/pkg/runtime k8s.io/apimachinery/pkg/types k8s.io/apimachinery/pkg/util/intstr k8s.io/apimachinery/pkg/version time")
	for _, p := range readonly {
		args = append(args, "--readonly-pkg", p)
	}
	return append(args, strings.Fields("k8s.io/apimachinery/pkg/apis/meta/v1 k8s.io/apimachinery/pkg/runtime k8s.io/apimachinery/pkg/version k8s.io/apimachinery/pkg/api/resource k8s.io/sample-apiserver/pkg/apis/wardle/v1alpha1 k8s.io/sample-apiserver/pkg/apis/wardle/v1beta1")...)
}

// isSampleOutput reports whether rel is one of sample-apiserver's
// openapi-gen outputs.
func isSampleOutput(rel string, data []byte) bool {
	return (isModelNameFile(rel, data) || rel == "pkg/generated/openapi/zz_generated.openapi.go") && goldentest.GeneratedBy("openapi-gen", data)
}

// TestCompatSampleAPIServerOpenAPI is case sample-apiserver-openapi of
// shared/COMPAT.md: sample-apiserver's zz_generated.openapi.go and its two
// model-name files, regenerated with kube_codegen.sh's arguments; and the
// API rule report, which the module does not ship: the expected one is
// what upstream's openapi-gen writes for these arguments (kept in
// testdata/openapi/compat).
func TestCompatSampleAPIServerOpenAPI(t *testing.T) {
	compatCase{
		module: "k8s.io/sample-apiserver", version: "v0.37.2", files: 3, isOutput: isSampleOutput,
		args: sampleAPIServerArgs,
		after: func(t *testing.T, root string) {
			sameFile(t, filepath.Join(root, "api/api-rules/sample_apiserver_violation_exceptions.list"),
				filepath.Join(goldentest.Root(t), "testdata/openapi/compat/sample_apiserver_violation_exceptions.list"))
		},
	}.run(t)
}

// sameFile requires the file at got to hold the bytes of the file at want.
func sameFile(t *testing.T, got, want string) {
	t.Helper()
	g, err := os.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("%s differs from %s:\n%s", got, want, g)
	}
}

// TestModelsSchemaSampleAPIServer compares the models schema of
// k8s.io/sample-apiserver v0.37.2's definitions with what its
// models-schema program prints over the shipped definitions.
func TestModelsSchemaSampleAPIServer(t *testing.T) {
	mod := goldentest.CopyModule(t, "k8s.io/sample-apiserver", "v0.37.2")
	want := goOutput(t, mod, "run", "./pkg/generated/openapi/cmd/models-schema")
	_, got, _ := generate(t, mod, sampleAPIServerArgs(mod))
	sameBytes(t, "sample-apiserver", got, want)
}
