package validation

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// gen is the gengo generator that writes one package's validations file.
type gen struct {
	inplace.File
	p *plan
	g *graph
	a *activation
}

// target returns the target that writes a's validations into its package.
func (p *plan) target(a *activation, g *graph) generator.Target {
	gens := []generator.Generator{&gen{File: inplace.NewFile(a.pkg, p.args.OutputFile), p: p, g: g, a: a}}
	if p.hasFixtureTag(a.pkg) {
		gens = append(gens, newFixtureTest(strings.TrimSuffix(p.args.OutputFile, ".go")+"_test.go"))
	}
	if a.coverage {
		if c := p.packageCoverage(a, g); c != nil {
			gens = append(gens, c)
		}
	}
	input := a.input
	return &generator.SimpleTarget{
		PkgName: a.pkg.Name, PkgPath: a.pkg.Path, PkgDir: a.pkg.Dir, HeaderComment: p.Header,
		FilterFunc:     func(_ *generator.Context, t *types.Type) bool { return t.Name.Package == input },
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
	}
}

// hasFixtureTag reports whether pkg says +k8s:validation-gen-test-fixture.
func (p *plan) hasFixtureTag(pkg *types.Package) bool {
	lines := inplace.PackageLines(p.Registry, p.Index, pkg, tagFixture)
	v, ok := p.control.fixture.Get(lines, tags.Package)
	return ok && v == fixtureValidate
}

// Filter keeps the root types and the types they reach that have
// validations.
func (g *gen) Filter(_ *generator.Context, t *types.Type) bool {
	if slices.Contains(g.a.roots, t) {
		return true
	}
	n := g.g.nodes[t]
	return n != nil && n.referenced && g.has(n)
}

// has reports whether n has validations, itself or through what it is
// made of.
func (g *gen) has(n *node) bool { return hasValidations(n, map[*node]bool{}) }

func hasValidations(n *node, seen map[*node]bool) bool {
	if n == nil || seen[n] {
		return false
	}
	seen[n] = true
	if n.own.emitable() {
		return true
	}
	if n.own.opaque {
		return false
	}
	if n.underlying != nil {
		if n.eachKey.emitable() && hasValidations(n.resolveKey(), seen) {
			return true
		}
		if n.eachVal.emitable() && hasValidations(n.resolveElem(), seen) {
			return true
		}
		if hasValidations(n.underlying.to, seen) {
			return true
		}
	}
	for _, f := range n.fields {
		if f.own.emitable() {
			return true
		}
		if f.eachKey.emitable() && f.to != nil && hasValidations(f.to.resolveKey(), seen) {
			return true
		}
		if f.eachVal.emitable() && f.to != nil && hasValidations(f.to.resolveElem(), seen) {
			return true
		}
		if hasValidations(f.to, seen) {
			return true
		}
	}
	return false
}

// emitable reports whether v has calls or comments to write.
func (v *validations) emitable() bool { return len(v.calls) > 0 || len(v.comments) > 0 }

// name renders a package-level name as code in the output package does,
// recording its import; a name with no package is written as is.
func (g *gen) name(n types.Name) string {
	if n.Package == "" {
		return n.Name
	}
	return g.Raw.Name(&types.Type{Name: n})
}

// fnName renders the name of a Validate_ function, called in the package
// that generates it: this one for its own input, else the canonical one.
func (g *gen) fnName(n types.Name) string {
	if n.Package == g.a.input {
		n.Package = g.a.pkg.Path
	} else if pkg, ok := g.g.canonical[n.Package]; ok {
		n.Package = pkg
	}
	return g.name(n)
}

func (g *gen) typeName(t *types.Type) string { return g.Raw.Name(t) }

// Init writes RegisterValidations, when the package registers and one of
// its root types has validations.
func (g *gen) Init(_ *generator.Context, w io.Writer) error {
	if !g.a.registers {
		return nil
	}
	var roots []*types.Type
	for _, t := range g.a.roots {
		if g.has(g.g.nodes[t]) {
			roots = append(roots, t)
		}
	}
	if len(roots) == 0 {
		return nil
	}
	out := inplace.NewWriter(&diag.List{})
	if inplace.DeclaresSchemeBuilder(g.p.Index, g.a.pkg) {
		out.Line("func init() { localSchemeBuilder.Register(RegisterValidations) }")
		out.Blank()
	}
	out.Line("// RegisterValidations adds validation functions to the given scheme.")
	out.Line("// Public to allow building arbitrary schemes.")
	out.Line("func RegisterValidations(scheme *%s) error {", g.name(g.a.scheme))
	for _, t := range roots {
		g.registerType(out, t)
	}
	out.Line("return nil")
	out.Line("}")
	out.Blank()
	_, err := io.WriteString(w, out.String())
	return err
}

// registerType writes the registration of one root type.
func (g *gen) registerType(out *inplace.Writer, t *types.Type) {
	pfx := "*"
	if nilable(t) {
		pfx = ""
	}
	tn := pfx + g.typeName(t)
	out.Line("// type %s", t.Name.Name)
	out.Line("scheme.AddValidationFunc(")
	out.Line("(%s)(nil),", tn)
	out.Line("func(ctx %s, op %s, obj, oldObj interface{}) %s {", g.name(types.Name{Package: "context", Name: "Context"}),
		g.name(types.Name{Package: operationPkg, Name: "Operation"}), g.name(types.Name{Package: fieldPkg, Name: "ErrorList"}))
	out.Line("switch op.Request.SubresourcePath() {")
	out.Line("case %s:", strings.Join(g.subresources(t), ", "))
	out.Line("return %s(", g.fnName(g.g.nodes[t].fn))
	out.Line("ctx, op, nil, /* fldPath */")
	out.Line("obj.(%s),", tn)
	out.Line("%s[%s](oldObj))", g.name(types.Name{Package: safePkg, Name: "Cast"}), tn)
	out.Line("}")
	out.Line("return %s{", g.name(types.Name{Package: fieldPkg, Name: "ErrorList"}))
	out.Line("%s(nil, %s(\"no validation found for %%T, subresource: %%v\", obj, op.Request.SubresourcePath())),",
		g.name(types.Name{Package: fieldPkg, Name: "InternalError"}), g.name(types.Name{Package: "fmt", Name: "Errorf"}))
	out.Line("}")
	out.Line("})")
}

// subresources returns the quoted subresource paths a root type
// validates, sorted: "/" or its +k8s:isSubresource, and each
// +k8s:supportsSubresource.
func (g *gen) subresources(t *types.Type) []string {
	lines := append(slices.Clone(t.SecondClosestCommentLines), t.CommentLines...)
	paths, _ := g.p.control.supSub.All(lines, tags.Type) // bad values are reported by the tag check
	if is, ok := g.p.control.isSub.Get(lines, tags.Type); ok {
		paths = append(paths, is)
	} else {
		paths = append(paths, "/")
	}
	slices.Sort(paths)
	paths = slices.Compact(paths)
	for i, s := range paths {
		paths[i] = strconv.Quote(s)
	}
	return paths
}

// GenerateType writes t's Validate_ function, when it has validations.
func (g *gen) GenerateType(_ *generator.Context, t *types.Type, w io.Writer) error {
	n := g.g.nodes[t]
	if n == nil || !g.has(n) {
		return nil
	}
	pfx := "*"
	if nilable(t) {
		pfx = ""
	}
	out := inplace.NewWriter(&diag.List{})
	g.emitVars(out, n.own.vars)
	for _, f := range n.fields {
		g.emitVars(out, f.own.vars)
	}
	fn := g.g.nodes[t].fn.Name
	out.Line("// %s validates an instance of %s according", fn, t.Name.Name)
	out.Line("// to declarative validation rules in the API schema.")
	out.Line("func %s(", fn)
	out.Line("ctx %s, op %s, fldPath *%s,", g.name(types.Name{Package: "context", Name: "Context"}),
		g.name(types.Name{Package: operationPkg, Name: "Operation"}), g.name(types.Name{Package: fieldPkg, Name: "Path"}))
	out.Line("obj, oldObj %s%s) (errs %s) {", pfx, g.typeName(t), g.name(types.Name{Package: fieldPkg, Name: "ErrorList"}))
	out.Blank()
	if err := g.emitNode(out, n); err != nil {
		return err
	}
	out.Line("return errs")
	out.Line("}")
	out.Blank()
	_, err := io.WriteString(w, out.String())
	return err
}

// emitVars writes package-level variables, sorted by name.
func (g *gen) emitVars(out *inplace.Writer, vars []variable) {
	vars = slices.Clone(vars)
	slices.SortFunc(vars, func(a, b variable) int { return strings.Compare(a.name, b.name) })
	for _, v := range vars {
		out.Line("var %s = %s", v.name, g.literal(v.value))
	}
}
