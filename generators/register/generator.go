package register

import (
	"io"
	"strconv"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// The apimachinery packages the generated file refers to.
const (
	metaV1  = "k8s.io/apimachinery/pkg/apis/meta/v1"
	runtime = "k8s.io/apimachinery/pkg/runtime"
	schema  = "k8s.io/apimachinery/pkg/runtime/schema"
)

// gen is the gengo generator that writes one package's registration file.
type gen struct {
	inplace.File
	reg *registration
}

func (p *plan) newGenerator(pkg *types.Package, r *registration) *gen {
	return &gen{File: inplace.NewFile(pkg, p.args.OutputFile), reg: r}
}

// Filter keeps no type: the file is written whole, in Finalize.
func (g *gen) Filter(*generator.Context, *types.Type) bool { return false }

// name renders pkgPath.name as code in the output package refers to it,
// recording the import.
func (g *gen) name(pkgPath, name string) string {
	return g.Raw.Name(&types.Type{Name: types.Name{Package: pkgPath, Name: name}})
}

// Finalize writes the registration: the group and version, the scheme
// builder, and addKnownTypes with every kind.
func (g *gen) Finalize(_ *generator.Context, w io.Writer) error {
	out := inplace.NewWriter(&diag.List{})
	g.groupVersion(out)
	g.schemeBuilder(out)
	g.addKnownTypes(out)
	_, err := io.WriteString(w, out.String())
	return err
}

func (g *gen) groupVersion(out *inplace.Writer) {
	version := strconv.Quote(g.reg.version)
	out.Blank()
	out.Line("// GroupName specifies the group name used to register the objects.")
	out.Line("const GroupName = %s", strconv.Quote(g.reg.group))
	out.Blank()
	out.Line("// GroupVersion specifies the group and the version used to register the objects.")
	out.Line("var GroupVersion = %s{Group: GroupName, Version: %s}", g.name(metaV1, "GroupVersion"), version)
	out.Blank()
	out.Line("// SchemeGroupVersion is group version used to register these objects")
	out.Line("//")
	out.Line("// Deprecated: use GroupVersion instead.")
	out.Line("var SchemeGroupVersion = %s{Group: GroupName, Version: %s}", g.name(schema, "GroupVersion"), version)
	out.Blank()
	out.Line("// Resource takes an unqualified resource and returns a Group qualified GroupResource")
	out.Func("func Resource(resource string) "+g.name(schema, "GroupResource"), func() {
		out.Line("return SchemeGroupVersion.WithResource(resource).GroupResource()")
	})
}

func (g *gen) schemeBuilder(out *inplace.Writer) {
	out.Line("var (")
	out.Line("// localSchemeBuilder and AddToScheme will stay in k8s.io/kubernetes.")
	out.Line("SchemeBuilder %s", g.name(runtime, "SchemeBuilder"))
	out.Line("localSchemeBuilder = &SchemeBuilder")
	out.Line("// Deprecated: use Install instead")
	out.Line("AddToScheme = localSchemeBuilder.AddToScheme")
	out.Line("Install = localSchemeBuilder.AddToScheme")
	out.Line(")")
	out.Blank()
	out.Func("func init()", func() {
		out.Line("// We only register manually written functions here. The registration of the")
		out.Line("// generated functions takes place in the generated files. The separation")
		out.Line("// makes the code compile even when the generated files are missing.")
		out.Line("localSchemeBuilder.Register(addKnownTypes)")
	})
}

func (g *gen) addKnownTypes(out *inplace.Writer) {
	out.Line("// Adds the list of known types to Scheme.")
	out.Func("func addKnownTypes(scheme *"+g.name(runtime, "Scheme")+") error", func() {
		out.Line("scheme.AddKnownTypes(SchemeGroupVersion,")
		for _, kind := range g.reg.kinds {
			out.Line("&%s{},", kind)
		}
		out.Line(")")
		out.Line("// AddToGroupVersion allows the serialization of client types like ListOptions.")
		out.Line("%s(scheme, SchemeGroupVersion)", g.name(metaV1, "AddToGroupVersion"))
		out.Line("return nil")
	})
}
