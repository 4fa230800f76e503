package conversion

import (
	"io"
	"slices"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// gen is the gengo generator that writes one package's conversions file.
type gen struct {
	inplace.File
	plan *plan
	act  *activation
	// withPeer are the types converted to and from their peer, in the
	// order RegisterConversions registers them.
	withPeer []*types.Type
	// explicit are the explicit-from conversions, in the same order.
	explicit []pair
	// errs collects the problems of the whole file, so that one run
	// reports all of them.
	errs *diag.List
}

func (p *plan) newGenerator(pkg *types.Package, act *activation) *gen {
	return &gen{File: inplace.NewFile(pkg, p.args.OutputFile), plan: p, act: act, errs: &diag.List{}}
}

// Filter keeps the types that get conversions: those with a peer they
// can be converted with, and those converted explicitly from another type.
func (g *gen) Filter(c *generator.Context, t *types.Type) bool {
	withPeer := false
	if peer := g.peerOf(c, t); peer != nil && g.convertible(t, peer) {
		g.withPeer = append(g.withPeer, t)
		withPeer = true
	}
	sources := g.explicitSources(c, t)
	for _, src := range sources {
		g.explicit = append(g.explicit, pair{src, t})
	}
	return withPeer || len(sources) > 0
}

// peerOf returns the type of t's name in the first peer package that has
// one.
func (g *gen) peerOf(c *generator.Context, t *types.Type) *types.Type {
	for _, path := range g.act.peers {
		if pkg := c.Universe.Package(path); pkg.Has(t.Name.Name) {
			return pkg.Type(t.Name.Name)
		}
	}
	return nil
}

// convertible reports whether a conversion of in to out is generated in
// this package: one of them is a struct of the converted package that
// has not opted out, and the other is exported.
func (g *gen) convertible(in, out *types.Type) bool {
	t, other := in, out
	if in.Name.Package != g.act.external {
		t, other = out, in
	}
	if t.Name.Package != g.act.external || g.optedOut(t) || t.Kind != types.Struct {
		return false
	}
	return !namer.IsPrivateGoName(other.Name.Name)
}

// generates reports whether this file declares the generated conversion
// of in to out, which the code calls by its bare name: in and out are a
// type converted here and its peer, or an explicit-from pair.
func (g *gen) generates(in, out *types.Type) bool {
	if !g.convertible(in, out) {
		return false
	}
	t, other := in, out
	if in.Name.Package != g.act.external {
		t, other = out, in
	}
	if g.peerOf(g.plan.Context, t) == other {
		return true
	}
	return slices.Contains(g.explicit, pair{in, out})
}

// optedOut reports whether a type's doc comment says
// +k8s:conversion-gen=false. Any other value is reported: the tag check
// does so for input packages, this for external types packages.
func (g *gen) optedOut(t *types.Type) bool {
	values := g.plan.tags.gen.Each(t.CommentLines, tags.Type)
	if len(values) == 0 {
		return false
	}
	if values[0].Err != nil && g.act.external != g.act.path {
		g.errs.Addf(g.plan.Index.TypeTag(t)(tagGen), "+%s=%s: on a type the only value is \"false\"", tagGen, values[0].Raw)
	}
	return values[0].Val == genOff
}

// explicitSources returns the types +k8s:conversion-gen:explicit-from
// names on t, loading their packages when needed.
func (g *gen) explicitSources(c *generator.Context, t *types.Type) []*types.Type {
	values, err := g.plan.tags.explicitFrom.All(inplace.TypeLines(t), tags.Type)
	if err != nil {
		if g.act.external != g.act.path { // input packages are checked with their tags
			g.errs.Addf(g.plan.Index.TypeTag(t)(tagExplicitFrom), "%v", err)
		}
		return nil
	}
	var out []*types.Type
	for _, v := range values {
		src, err := inplace.Resolve(g.plan.Loaded, v)
		if err != nil {
			g.errs.Addf(g.plan.Index.TypeTag(t)(tagExplicitFrom), "+%s=%s: %v", tagExplicitFrom, v, err)
			continue
		}
		out = append(out, src)
	}
	return out
}

// Init writes the init function and RegisterConversions.
func (g *gen) Init(c *generator.Context, w io.Writer) error {
	out := inplace.NewWriter(g.errs)
	out.Line("func init() {")
	out.Line("localSchemeBuilder.Register(RegisterConversions)")
	out.Line("}")
	scheme := &types.Type{Kind: types.Pointer, Elem: c.Universe.Type(types.Name{Package: runtimePackage, Name: "Scheme"})}
	out.Line("// RegisterConversions adds conversion functions to the given scheme.")
	out.Line("// Public to allow building arbitrary schemes.")
	out.Func("func RegisterConversions(s "+g.Raw.Name(scheme)+") error", func() {
		for _, t := range g.withPeer {
			peer := g.peerOf(c, t)
			for _, pr := range []pair{{t, peer}, {peer, t}} {
				if _, ok := g.plan.lookup(pr.in, pr.out); !ok {
					g.register(out, "AddGeneratedConversionFunc", pr, g.convName(pr.in, pr.out))
				}
			}
		}
		for _, pr := range g.explicit {
			g.register(out, "AddGeneratedConversionFunc", pr, g.convName(pr.in, pr.out))
		}
		for _, pr := range g.ownManual() {
			g.register(out, "AddConversionFunc", pr, g.Raw.Name(g.plan.manual[pr]))
		}
		out.Line("return nil")
	})
	_, err := io.WriteString(w, out.String())
	return err
}

// register writes the registration of one conversion function.
func (g *gen) register(out *inplace.Writer, method string, pr pair, fn string) {
	in, to := g.Raw.Name(pr.in), g.Raw.Name(pr.out)
	out.Line("if err := s.%s((*%s)(nil), (*%s)(nil), func(a, b interface{}, scope %s) error {", method, in, to, g.scope())
	out.Line("return %s(a.(*%s), b.(*%s), scope)", fn, in, to)
	out.Line("}); err != nil {")
	out.Line("return err")
	out.Line("}")
}

// ownManual returns the pairs whose hand-written conversion is in this
// package, in the order of the functions' names.
func (g *gen) ownManual() []pair {
	var pairs []pair
	for pr, f := range g.plan.manual {
		if f.Name.Package == g.Pkg.Path {
			pairs = append(pairs, pr)
		}
	}
	sortPairs(pairs, func(pr pair) string { return g.plan.manual[pr].Name.Name })
	return pairs
}

// scope names conversion.Scope in the generated code.
func (g *gen) scope() string {
	return g.Raw.Name(types.Ref(conversionPackage, "Scope"))
}

// convName returns the name of the conversion function of in to out,
// importing their packages as upstream does.
func (g *gen) convName(in, out *types.Type) string {
	g.Tracker.AddType(in)
	g.Tracker.AddType(out)
	return g.plan.funcName(in, out)
}

// GenerateType writes the conversions of t: with its peer, both ways,
// and from each explicit-from source.
func (g *gen) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	e := &emitter{g: g, w: inplace.NewWriter(g.errs)}
	if peer := g.peerOf(c, t); peer != nil {
		e.pair(t, peer)
		e.pair(peer, t)
	}
	for _, pr := range g.explicit {
		if pr.out == t {
			e.fromValues(pr.in, t)
		}
	}
	_, err := io.WriteString(w, e.w.String())
	return err
}

// Finalize returns every problem met while writing the file.
func (g *gen) Finalize(*generator.Context, io.Writer) error {
	if err := g.errs.Err(); err != nil {
		klog.V(2).Infof("%s: %d problem(s)", g.Pkg.Path, len(diag.Flatten(err)))
		return err
	}
	return nil
}
