package openapi_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/openapi"
)

// behaviourTypes are types whose definitions show upstream behaviours no
// golden case has.
const behaviourTypes = `package v1

// codecSelfer1234 is what ugorji's codecgen writes: upstream skips it.
type codecSelfer1234 struct{}

// Mode has a default of its own.
// +default="x"
type Mode string

const ModeA Mode = "a"

type T struct {
	// FromType takes its type's default.
	FromType Mode ` + "`json:\"fromType,omitempty\"`" + `
	// ThroughPointer takes it through a pointer.
	ThroughPointer *Mode ` + "`json:\"throughPointer,omitempty\"`" + `
	// Implied is required: the zero value it implies wins over ref(...).
	// +default=ref(ModeA)
	Implied Mode ` + "`json:\"implied\"`" + `
}
`

// TestUpstreamBehaviours requires behaviours copied from upstream that the
// golden cases do not show: codecgen's codecSelfer types get no
// definition; a +default on a field's type is the field's default, through
// pointers; a ref(...) default of a required non-pointer field gives way to
// the zero value the field implies.
func TestUpstreamBehaviours(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"v1/doc.go":   "// +k8s:openapi-gen=true\npackage v1\n",
		"v1/types.go": behaviourTypes,
	})
	t.Chdir(dir)
	files, err := cli.Generate(openapi.NewCommand(), []string{"--output-dir", "out", "--output-pkg", "example.com/api/out",
		"--report-filename", filepath.Join(t.TempDir(), "report"), "./v1"})
	if err != nil {
		t.Fatalf("openapi-gen: %v", err)
	}
	src := ""
	for _, f := range files {
		if filepath.Base(f.Path) == "generated.openapi.go" {
			src = string(f.Data)
		}
	}
	if strings.Contains(src, "codecSelfer") || !strings.Contains(src, "schema_examplecom_api_v1_T(ref)") {
		t.Errorf("want a definition of T and none of codecSelfer1234:\n%s", src)
	}
	src = strings.Join(strings.Fields(src), " ")
	if n := strings.Count(src, `Default: "x",`); n != 2 {
		t.Errorf("%d properties take Mode's default \"x\", want 2 (fromType, throughPointer):\n%s", n, src)
	}
	if !strings.Contains(src, `Default: "",`) || strings.Contains(src, "ModeA") {
		t.Errorf("want the implied default \"\" for implied, not ModeA:\n%s", src)
	}
}
