package register_test

import (
	"bytes"
	"regexp"
	"slices"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/register"
	core "github.com/gengokit/gengokit/testdata/register/coregroup/core/v1"
	widgets "github.com/gengokit/gengokit/testdata/register/explicit/widgets/v1"
	shop "github.com/gengokit/gengokit/testdata/register/grouped/shop/v1beta1"
)

// kindsIn returns the kinds scheme knows in gv that are not the ones
// metav1.AddToGroupVersion adds to every group version.
func kindsIn(scheme *runtime.Scheme, gv schema.GroupVersion) []string {
	common := runtime.NewScheme()
	metav1.AddToGroupVersion(common, gv)
	var out []string
	for kind := range scheme.KnownTypes(gv) {
		if _, shared := common.KnownTypes(gv)[kind]; !shared {
			out = append(out, kind)
		}
	}
	slices.Sort(out)
	return out
}

// TestGeneratedRegistration installs the generated registrations of the
// golden cases into a scheme and checks the group, the version and the
// kinds each one registers.
func TestGeneratedRegistration(t *testing.T) {
	cases := []struct {
		name    string
		install func(*runtime.Scheme) error
		gv      schema.GroupVersion
		kinds   []string
	}{
		{"+groupName", shop.AddToScheme, schema.GroupVersion{Group: "shop.example.com", Version: "v1beta1"}, []string{"Cart", "Order", "OrderList", "auditEvent"}},
		{"+k8s:register-gen=true", widgets.Install, schema.GroupVersion{Group: "widgets", Version: "v1"}, []string{"Widget", "WidgetList"}},
		{"empty +groupName", core.AddToScheme, schema.GroupVersion{Version: "v1"}, []string{"Pod"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			scheme := runtime.NewScheme()
			if err := c.install(scheme); err != nil {
				t.Fatal(err)
			}
			if got := kindsIn(scheme, c.gv); !slices.Equal(got, c.kinds) {
				t.Errorf("kinds in %s: %v, want %v", c.gv, got, c.kinds)
			}
		})
	}
	if got := shop.SchemeGroupVersion; got != (schema.GroupVersion{Group: shop.GroupName, Version: "v1beta1"}) || shop.GroupVersion.String() != got.String() {
		t.Errorf("SchemeGroupVersion %v, GroupVersion %v", got, shop.GroupVersion)
	}
	if got := shop.Resource("orders"); got != (schema.GroupResource{Group: "shop.example.com", Resource: "orders"}) {
		t.Errorf("Resource(orders) = %v", got)
	}
	scheme := runtime.NewScheme()
	if err := shop.AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	gvks, _, err := scheme.ObjectKinds(&shop.Order{})
	if err != nil || len(gvks) != 1 || gvks[0] != shop.SchemeGroupVersion.WithKind("Order") {
		t.Errorf("ObjectKinds(Order) = %v, %v", gvks, err)
	}
}

const plainDoc = `// +k8s:register-gen=true
package v1
`

const objectTypes = `package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Plain embeds TypeMeta and asks deepcopy-gen for DeepCopyObject.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Plain struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
}
`

const mixedTypes = `
// Untagged has a TypeMeta without a json tag, as internal types do.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Untagged struct {
	metav1.TypeMeta
}
`

const handDoc = `// +k8s:register-gen=true
package v1
`

const handRegister = `package v1

// SchemeGroupVersion is written by hand.
var SchemeGroupVersion = 1
`

// TestWarnings checks the warnings register-gen gives where upstream is
// silent: a value of +k8s:register-gen other than true, a package that
// asks for the file explicitly but is skipped, TypeMeta fields that
// disagree on json tags. Warnings do not fail the run. (A kind that is no
// runtime.Object is an error: see testdata/register/errors/notobject.)
func TestWarnings(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/warn", map[string]string{
		"apis/plain/v1/doc.go": plainDoc, "apis/plain/v1/types.go": objectTypes,
		"apis/hand/v1/doc.go": handDoc, "apis/hand/v1/types.go": objectTypes, "apis/hand/v1/register.go": handRegister,
		"apis/odd/v1/doc.go": "// +k8s:register-gen=odd\npackage v1\n", "apis/odd/v1/types.go": objectTypes,
		"apis/mixed/v1/doc.go": "// +groupName=mixed.example.com\npackage v1\n", "apis/mixed/v1/types.go": objectTypes + mixedTypes,
	})
	goldentest.Enter(t, s.Dir)
	var stdout, stderr bytes.Buffer
	args := []string{"--output-file", "zz_generated.register.go", "./apis/..."}
	if code := cli.Run(register.NewCommand(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
	for _, want := range []string{
		`apis/hand/v1/doc.go:2:1: package example.com/warn/apis/hand/v1 has \+k8s:register-gen, but it has a hand-written register.go; register-gen writes nothing for it`,
		`apis/odd/v1/doc.go:1:4: \+k8s:register-gen=odd: register-gen reads only true and false`,
		`apis/mixed/v1/doc.go:2:1: the TypeMeta of Plain has a json tag and that of Untagged has none`,
	} {
		if !regexp.MustCompile(want).MatchString(stderr.String()) {
			t.Errorf("no warning matching %q in:\n%s", want, stderr.String())
		}
	}
	if files := s.Files("apis/hand"); files["v1/zz_generated.register.go"] != nil {
		t.Error("a package with a register.go got a generated one")
	}
	if files := s.Files("apis/plain"); files["v1/zz_generated.register.go"] == nil {
		t.Error("a package with +k8s:register-gen=true got no file")
	}
}
