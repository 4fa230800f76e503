package crd_test

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/crd"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// kindFile is types.go of a version with one kind whose spec has the
// given fields (lines of Go, each field with its comment), from line 17.
func kindFile(version, fields string) string {
	return "package " + version + `

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Gadget is a kind.
type Gadget struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `

	Spec GadgetSpec ` + "`json:\"spec\"`" + `
}

// GadgetSpec is its spec.
type GadgetSpec struct {
	// X is a field.
	X string ` + "`json:\"x\"`" + `
` + fields + `
}
`
}

// generateGroups gives each case of wants (by name) the group
// <name>.example.com for its files under apis/<name>/v1, generates the
// CRDs of files in one load, and requires the error to hold each case's
// wanted error, at apis/<name>/v1/; it returns the error.
func generateGroups(t *testing.T, files, wants map[string]string) error {
	t.Helper()
	for name := range wants {
		files["apis/"+name+"/v1/doc.go"] = "// +groupName=" + name + ".example.com\npackage v1\n"
	}
	err := generateIn(t, files)
	if err == nil {
		t.Fatal("no error")
	}
	for _, name := range slices.Sorted(maps.Keys(wants)) {
		if want := "apis/" + name + "/v1/" + wants[name]; !strings.Contains(err.Error(), want) {
			t.Errorf("%s: no error %q in:\n%v", name, want, err)
		}
	}
	return err
}

// generateIn generates the CRDs of files (a module's files by path) and
// returns the error.
func generateIn(t *testing.T, files map[string]string) error {
	_, err := generateFiles(t, files)
	return err
}

// generateFiles generates the CRDs of files (a module's files by path) and
// returns them by file name, and the error.
func generateFiles(t *testing.T, files map[string]string) (map[string]string, error) {
	t.Helper()
	return generateWith(t, files, crd.Options{MaxDescLen: -1})
}

// generateWith generates the CRDs of files with opts, into config/crd.
func generateWith(t *testing.T, files map[string]string, opts crd.Options) (map[string]string, error) {
	t.Helper()
	s := goldentest.NewScratch(t, "example.com/gadgets", files)
	goldentest.Enter(t, s.Dir)
	u, err := load.Load([]string{"./apis/..."})
	if err != nil {
		t.Fatal(err)
	}
	l, err := u.View(nil, "", []string{"./apis/..."})
	if err != nil {
		t.Fatal(err)
	}
	opts.OutputDir = filepath.Join(s.Dir, "config", "crd")
	generated, err := crd.Generate(l, opts)
	out := map[string]string{}
	for _, f := range generated {
		out[filepath.Base(f.Path)] = string(f.Data)
	}
	return out, err
}

// TestErrors gives the generator what it must refuse, each at the line of
// the mistake: a kind's marker on a field, a bad externalDocs URL, a bound
// of another type's (MinItems on a map), a fractional bound of an
// integer, a marker without its value, a list type the API server does
// not know, a misspelt marker (which
// controller-gen would ignore), a bad marker value, a float, a map with
// other keys than strings, a field without a json tag, and two versions
// with no storage version. Each case is a group of its own, all in one
// module and one load; every error is reported.
func TestErrors(t *testing.T) {
	goldentest.Loads(t)
	cases := []struct {
		name, fields, want string
	}{
		{"misplaced", "\t// Raw is raw.\n\t// +kubebuilder:resource:scope=Cluster\n\tRaw string `json:\"raw\"`",
			"types.go:18:5: +kubebuilder:resource is a marker of a kind's type, which controller-gen ignores on a field: move it above the kind's type"},
		{"badurl", "\t// Link links.\n\t// +kubebuilder:externalDocs:url=\"not a url\"\n\tLink string `json:\"link\"`",
			"types.go:18:5: +kubebuilder:externalDocs:url=\"not a url\": url \"not a url\" is not a URL"},
		{"misspelt", "\t// Name is bounded.\n\t// +kubebuilder:validation:MaxLenght=5\n\tName string `json:\"name\"`",
			"types.go:18:5: +kubebuilder:validation:MaxLenght is no marker of controller-gen's (which ignores it): did you mean +kubebuilder:validation:MaxLength?"},
		{"wrongcase", "\t// Name is bounded.\n\t// +kubebuilder:validation:maxLength=5\n\tName string `json:\"name\"`",
			"types.go:18:5: +kubebuilder:validation:maxLength is no marker of controller-gen's (which ignores it): did you mean +kubebuilder:validation:MaxLength?"},
		{"badvalue", "\t// Count is bounded.\n\t// +kubebuilder:validation:Minimum=one\n\tCount int32 `json:\"count\"`",
			"types.go:18:5: +kubebuilder:validation:Minimum=one: \"one\" is not a number"},
		{"boundmismatch", "\t// Tags are bounded wrongly.\n\t// +kubebuilder:validation:MinItems=1\n\tTags map[string]string `json:\"tags\"`",
			"types.go:18:5: +kubebuilder:validation:MinItems=1: MinItems applies to a list value, and this one's type is \"object\": bound a map's entries with MinProperties"},
		{"fraction", "\t// Count is bounded by a fraction.\n\t// +kubebuilder:validation:Maximum=1.5\n\tCount int32 `json:\"count\"`",
			"types.go:18:5: +kubebuilder:validation:Maximum=1.5: Maximum of an integer must be a whole number, not 1.5"},
		{"novalue", "\t// Name defaults to nothing.\n\t// +kubebuilder:default=\n\tName string `json:\"name\"`",
			"types.go:18:5: +kubebuilder:default=: no value: write +kubebuilder:default=<value>"},
		{"listtype", "\t// Names are a list.\n\t// +listType=bogus\n\tNames []string `json:\"names\"`",
			"types.go:18:5: +listType=bogus: \"bogus\" is no listType: write one of atomic, set, map"},
		{"float", "\t// Ratio is a float.\n\tRatio float64 `json:\"ratio\"`", "types.go:18:2: float64: a float's value varies across languages"},
		{"mapkeys", "\t// ByNumber maps numbers.\n\tByNumber map[int]string `json:\"byNumber\"`", "types.go:18:2: map keys must be strings, not int"},
		{"notag", "\t// Bare has no tag.\n\tBare string", "types.go:18:2: field Bare of GadgetSpec has no json tag"},
		{"desclen", "\t// Bad is cut badly.\n\t// +gengokit:crd:maxDescLen=lots\n\tBad string `json:\"bad\"`",
			"types.go:18:5: +gengokit:crd:maxDescLen=lots: the value must be a byte count, 0 or more"},
	}
	files := map[string]string{
		"apis/nostorage/v1/doc.go": "// +groupName=nostorage.example.com\npackage v1\n", "apis/nostorage/v1/types.go": kindFile("v1", ""),
		"apis/nostorage/v2/doc.go": "// +groupName=nostorage.example.com\npackage v2\n", "apis/nostorage/v2/types.go": kindFile("v2", ""),
	}
	wants := map[string]string{}
	for _, c := range cases {
		files["apis/"+c.name+"/v1/types.go"] = kindFile("v1", c.fields)
		wants[c.name] = c.want
	}
	err := generateGroups(t, files, wants)
	want := "apis/nostorage/v1/types.go:6:6: CRD for Gadget.nostorage.example.com has 0 storage versions among v1, v2: mark exactly one version's type with +kubebuilder:storageversion"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("no error %q in:\n%v", want, err)
	}
}

// TestValidMarkersAreNotMisspelt runs every golden case: none of their
// markers, controller-gen's all, is taken for a misspelling (TestGolden
// would fail), and neither are those of other controller-gen generators.
func TestValidMarkersAreNotMisspelt(t *testing.T) {
	for _, line := range []string{"+kubebuilder:object:generate=true", "+kubebuilder:rbac:groups=apps,resources=deployments,verbs=get",
		"+kubebuilder:object:root=true", "+kubebuilder:skip", "+kubebuilder:validation:items:MaxLength=5", "+kubebuilder:default:={}",
		"+kubebuilder:resource:scope=Cluster", "+kubebuilder:printcolumn:name=Age,type=date,JSONPath=`.metadata.creationTimestamp`"} {
		if err := crd.CheckSpelling(line); err != nil {
			t.Errorf("%s: %v", line, err)
		}
	}
}

// TestDescLenMarker cuts the descriptions of one field's schema, and of a
// type's, with +gengokit:crd:maxDescLen, and leaves the others whole (a
// bad value is one of TestErrors' cases).
func TestDescLenMarker(t *testing.T) {
	goldentest.Loads(t)
	fields := "\t// Long is described at length. It goes on and on.\n\t// +gengokit:crd:maxDescLen=20\n\tLong Part `json:\"long\"`\n" +
		"\t// Whole is described at length. It goes on and on.\n\tWhole string `json:\"whole\"`\n}\n\n" +
		"// Part is described at length, and so is its field.\n// +gengokit:crd:maxDescLen=8\ntype Part struct {\n" +
		"\t// Name is described at length too.\n\tName string `json:\"name\"`"
	files, err := generateFiles(t, map[string]string{"apis/v1/doc.go": "// +groupName=gadgets.example.com\npackage v1\n", "apis/v1/types.go": kindFile("v1", fields)})
	if err != nil {
		t.Fatal(err)
	}
	got := files["gadgets.example.com_gadgets.yaml"]
	for _, want := range []string{"description: Long is described...", "description: Name is...", "description: Whole is described at length. It goes on and on."} {
		if !strings.Contains(got, want) {
			t.Errorf("the CRD has no %q:\n%s", want, got)
		}
	}
}

// TestMisplacedMarkerWarnings: a field's marker on a type, a kind's
// marker on a type that is no kind, and a one-value marker written with
// ":" (MaxLength:5), which controller-gen ignores, are each a warning at
// its line, given once however many fields use the type; neither the
// field's marker nor the MaxLength is applied.
func TestMisplacedMarkerWarnings(t *testing.T) {
	goldentest.Loads(t)
	fields := "\t// A is one.\n\tA Part `json:\"a\"`\n\t// B is another.\n\tB Part `json:\"b\"`\n}\n\n" +
		"// Part is a part.\n// +kubebuilder:default={}\n// +kubebuilder:subresource:status\ntype Part struct {\n\t// C is c.\n\t// +kubebuilder:validation:MaxLength:5\n\tC string `json:\"c\"`"
	var warnings []string
	got, err := generateWith(t, map[string]string{"apis/parts/v1/doc.go": "// +groupName=parts.example.com\npackage v1\n",
		"apis/parts/v1/types.go": kindFile("v1", fields)}, crd.Options{MaxDescLen: -1, Warn: func(w string) { warnings = append(warnings, w) }})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"apis/parts/v1/types.go:25:4: +kubebuilder:subresource:status on type Part, which is no kind",
		"apis/parts/v1/types.go:24:4: +kubebuilder:default on type Part: controller-gen reads this marker on fields only",
		"apis/parts/v1/types.go:28:5: +kubebuilder:validation:MaxLength:5: controller-gen reads no named arguments for kubebuilder:validation:MaxLength and ignores the line",
	}
	if len(warnings) != len(want) {
		t.Fatalf("%d warnings, want %d:\n%s", len(warnings), len(want), strings.Join(warnings, "\n"))
	}
	for _, w := range want {
		if !slices.ContainsFunc(warnings, func(got string) bool { return strings.Contains(got, w) }) {
			t.Errorf("no warning %q among:\n%s", w, strings.Join(warnings, "\n"))
		}
	}
	if crdText, ok := got["parts.example.com_gadgets.yaml"]; !ok || strings.Contains(crdText, "default:") || strings.Contains(crdText, "maxLength") {
		t.Errorf("the type's +kubebuilder:default was applied:\n%s", crdText)
	}
}

// TestOptionalPackageReferenced: the fields of a type from a package
// marked +kubebuilder:validation:Optional are optional unless marked,
// also when that package has no kinds (and no +groupName) and is only
// reached through a kind's field, as controller-gen reads every package's
// markers.
func TestOptionalPackageReferenced(t *testing.T) {
	goldentest.Loads(t)
	kind := strings.Replace(kindFile("v1", "\t// Common is shared.\n\tCommon common.Shared `json:\"common\"`"),
		"import metav1", "import (\n\t\"example.com/gadgets/apis/common\"\n\tmetav1", 1)
	kind = strings.Replace(kind, "metav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n", "metav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n)\n", 1)
	got, err := generateFiles(t, map[string]string{
		"apis/common/doc.go": "// +kubebuilder:validation:Optional\npackage common\n",
		"apis/common/types.go": "package common\n\n// Shared is shared.\ntype Shared struct {\n\t// Loose is optional by the package.\n\t" +
			"Loose string `json:\"loose\"`\n\t// Tight is required by its marker.\n\t// +required\n\tTight string `json:\"tight\"`\n}\n",
		"apis/gadgets/v1/doc.go":   "// +groupName=gadgets.example.com\npackage v1\n",
		"apis/gadgets/v1/types.go": kind,
	})
	if err != nil {
		t.Fatal(err)
	}
	crdText := got["gadgets.example.com_gadgets.yaml"]
	if !strings.Contains(crdText, "required:\n                - tight\n") || strings.Contains(crdText, "- loose") {
		t.Errorf("want tight required and loose not:\n%s", crdText)
	}
}

// TestKindMarkerErrors: a printer column without its type and JSONPath, a
// scope the API server does not know and an argument no kind marker
// takes are errors at the marker's line, each case a group of its own in
// one load.
func TestKindMarkerErrors(t *testing.T) {
	goldentest.Loads(t)
	cases := []struct{ name, marker, want string }{
		{"column", `+kubebuilder:printcolumn:name="A"`, `types.go:6:4: +kubebuilder:printcolumn:name="A": no type: a column needs name, type and JSONPath`},
		{"scope", "+kubebuilder:resource:scope=Bogus", `types.go:6:4: +kubebuilder:resource:scope=Bogus: scope is "Bogus"; write scope=Namespaced or scope=Cluster`},
		{"argument", "+kubebuilder:resource:plural=gizmos", `types.go:6:4: +kubebuilder:resource:plural=gizmos: unknown argument "plural"`},
	}
	files, wants := map[string]string{}, map[string]string{}
	for _, c := range cases {
		files["apis/"+c.name+"/v1/types.go"] = strings.Replace(kindFile("v1", ""), "// Gadget is a kind.\n", "// Gadget is a kind.\n// "+c.marker+"\n", 1)
		wants[c.name] = c.want
	}
	err := generateGroups(t, files, wants)
	if want := `apis/column/v1/types.go:6:4: +kubebuilder:printcolumn:name="A": no JSONPath`; !strings.Contains(err.Error(), want) {
		t.Errorf("no error %q in:\n%v", want, err)
	}
}
