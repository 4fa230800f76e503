package defaulter

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

const (
	runtimePackage = "k8s.io/apimachinery/pkg/runtime"
	jsonPackage    = "encoding/json"
)

// gen is the gengo generator that writes one package's defaults file.
type gen struct {
	inplace.File
	plan    *plan
	objects funcMap
	// forInit are the types with an object defaulter, in the order
	// RegisterDefaults registers them.
	forInit []*types.Type
}

func (p *plan) newGenerator(pkg *types.Package, objects funcMap) *gen {
	return &gen{File: inplace.NewFile(pkg, p.args.OutputFile), plan: p, objects: objects}
}

// Filter keeps the types that get an object defaulter.
func (g *gen) Filter(_ *generator.Context, t *types.Type) bool {
	d, ok := g.objects[t]
	if !ok || d.object == nil {
		return false
	}
	g.forInit = append(g.forInit, t)
	return true
}

// Init writes RegisterDefaults, which registers every object defaulter.
func (g *gen) Init(c *generator.Context, w io.Writer) error {
	scheme := &types.Type{Kind: types.Pointer, Elem: c.Universe.Type(types.Name{Package: runtimePackage, Name: "Scheme"})}
	out := inplace.NewWriter(&diag.List{})
	out.Line("// RegisterDefaults adds defaulters functions to the given scheme.")
	out.Line("// Public to allow building arbitrary schemes.")
	out.Line("// All generated defaulters are covering - they call all nested defaulters.")
	out.Func("func RegisterDefaults(scheme "+g.Raw.Name(scheme)+") error", func() {
		for _, t := range g.forInit {
			name := g.Raw.Name(t)
			out.Line("scheme.AddTypeDefaultingFunc(&%s{}, func(obj interface{}) { %s(obj.(*%s)) })", name, fnName(prefixObject, t), name)
		}
		out.Line("return nil")
	})
	_, err := io.WriteString(w, out.String())
	return err
}

// GenerateType writes SetObjectDefaults_<Type> for a type that gets one.
func (g *gen) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	if _, ok := g.objects[t]; !ok {
		return nil
	}
	errs := &diag.List{}
	root := g.plan.newTree(g.objects, errs).build(t, true)
	if root == nil {
		return errs.Err()
	}
	g.plan.checkShapes(g.Pkg, root, t, errs)
	e := &emitter{g: g, c: c, w: inplace.NewWriter(errs), refs: map[*defaultSpec]string{}}
	e.resolveRefs(root, errs)
	e.w.Func("func "+fnName(prefixObject, t)+"(in *"+g.Raw.Name(t)+")", func() {
		e.method(root, "in", 0, nil)
	})
	if err := errs.Err(); err != nil {
		return err
	}
	_, err := io.WriteString(w, e.w.String())
	return err
}
