package openapi_test

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/openapi"
)

const warnTypes = `package v1

// Item is an item.
type Item struct {
	Name string ` + "`json:\"name\"`" + `
}

// Holder keys its list by a field the items lack, as kube-scheduler's
// config/v1 does.
// +k8s:openapi-gen=x-kubernetes-broken
type Holder struct {
	// +listType=map
	// +listMapKey=topologyKey
	Items []Item ` + "`json:\"items\"`" + `
	// +listType=map
	Keyless []Item ` + "`json:\"keyless\"`" + `
}

// Choice is a union with a required member.
// +union
type Choice struct {
	A string ` + "`json:\"a\"`" + `
}
`

// TestWarnings checks the problems upstream accepts and that real
// packages have, which are warnings at their position, exit 0, and the
// files still written: a +listMapKey naming no field, a +listType=map
// without +listMapKey, an extension without a value, a union member that
// is not optional.
func TestWarnings(t *testing.T) {
	s := goldentest.NewScratch(t, "example.com/warn", map[string]string{"apis/v1/doc.go": "// +k8s:openapi-gen=true\npackage v1\n", "apis/v1/types.go": warnTypes})
	goldentest.Enter(t, s.Dir)
	var stdout, stderr bytes.Buffer
	args := []string{"--output-dir", "out", "--output-pkg", "example.com/warn/out", "--report-filename", "report", "./apis/..."}
	if code := cli.Run(openapi.NewCommand(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
	for _, want := range []string{
		`apis/v1/types.go:13:5: field Items: \+listMapKey=topologyKey names no field of Item`,
		`apis/v1/types.go:11:6: \+k8s:openapi-gen=x-kubernetes-broken: an extension is written x-kubernetes-<name>:<value>`,
		`apis/v1/types.go:15:5: field Keyless: \+listType=map without \+listMapKey: .*add \+listMapKey=<json name>`,
		`apis/v1/types.go:21:6: member A of union Choice must be optional`,
	} {
		if !regexp.MustCompile(want).MatchString(stderr.String()) {
			t.Errorf("no warning matching %q in:\n%s", want, stderr.String())
		}
	}
	if files := s.Files("out"); files["generated.openapi.go"] == nil {
		t.Errorf("no definitions written; got %v", files)
	}
}
