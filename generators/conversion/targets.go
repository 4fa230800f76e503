package conversion

import (
	"go/token"
	"path"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// NewCommand returns conversion-gen with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates the functions that convert an API's versioned types to and from its internal types, and RegisterConversions."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(args *Args) *cli.Spec {
	return inplace.Spec(Name, summary, args, NameSystems, Registry, targets)
}

// plan decides, for one run, which packages get a conversions file, which
// hand-written functions each may call and which type pairs share a
// memory layout, and records every problem on the way.
type plan struct {
	*inplace.Plan
	args *Args
	tags tagSet
	// public names types in conversion function names (v1_Pod).
	public namer.Namer
	// manual holds the hand-written conversion functions of the inputs
	// and the peers, by the pair they convert.
	manual map[pair]*types.Type
	// layout says which type pairs can be converted by an unsafe cast.
	layout equality
}

// pair is a conversion's source and destination types.
type pair struct{ in, out *types.Type }

// activation is what a package's doc.go says about conversion-gen.
type activation struct {
	// path is the package's import path.
	path string
	// peers are the packages whose types of the same name are converted
	// to and from (the tag's, then the peer-dir flags'); none when the
	// package is explicit-only.
	peers []string
	// explicitOnly is +k8s:conversion-gen=false: only the hand-written
	// conversions are registered.
	explicitOnly bool
	// external is the package whose types are converted.
	external string
}

// NameSystems returns the name systems conversion-gen uses: "public"
// names a type for a function name (v1_Pod) and orders the types, "raw"
// names them in Go syntax.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{"public": conversionNamer(), "raw": namer.NewRawNamer("", nil)}
}

// conversionNamer names a type as conversion function names do: its
// package's last path element, "_", its name.
func conversionNamer() *namer.NameStrategy {
	return &namer.NameStrategy{
		Join:                func(_ string, parts []string, _ string) string { return strings.Join(parts, "_") },
		PrependPackageNames: 1,
	}
}

// targets returns one target per input package that asks for conversions.
// On problems it returns every one of them.
func targets(base *inplace.Plan, args *Args) ([]generator.Target, error) {
	p := &plan{Plan: base, args: args, tags: declareTags(),
		public: conversionNamer(), manual: map[pair]*types.Type{}, layout: newEquality(args.SkipUnsafe)}
	var acts []*activation
	for _, pkg := range p.Inputs() {
		p.Check(pkg, nil)
		if act := p.activation(pkg); act != nil {
			acts = append(acts, act)
		}
	}
	others, ok := p.loadMore(acts)
	if !ok {
		return nil, p.Errs.Err()
	}
	p.requireExplicitSources(acts)
	for _, path := range others {
		p.collect(p.Context.Universe.Package(path), false)
	}
	var targets []generator.Target
	for _, act := range acts {
		pkg := p.Context.Universe.Package(act.path)
		p.collect(pkg, true)
		p.requireSchemeBuilder(pkg)
		targets = append(targets, p.target(pkg, act))
	}
	p.blockUnsafe()
	return targets, p.Errs.Err()
}

// activation reads pkg's doc.go: nil when conversion-gen does nothing for
// it (no +k8s:conversion-gen, or a value that does not parse).
func (p *plan) activation(pkg *types.Package) *activation {
	lines := inplace.PackageLines(p.Registry, p.Index, pkg, tagGen)
	values, err := p.tags.gen.All(lines, tags.Package)
	if err != nil || len(values) == 0 {
		return nil
	}
	act := &activation{path: pkg.Path, external: pkg.Path}
	if slices.Contains(values, genOff) {
		if slices.ContainsFunc(values, func(v genValue) bool { return v != genOff }) {
			p.Errs.Addf(p.Index.PackageDoc(pkg.Path).Find(tagGen+"="+string(genOff)),
				"+%s=false (register only hand-written conversions) cannot be mixed with peer packages %v; keep one or the other", tagGen, values)
			return nil
		}
		act.explicitOnly = true
	} else {
		for _, v := range values {
			act.peers = append(act.peers, string(v))
		}
	}
	externals, err := p.tags.external.All(lines, tags.Package)
	switch {
	case err != nil:
		return nil // reported by the tag check
	case len(externals) > 1:
		p.Errs.Addf(p.Index.PackageDoc(pkg.Path).Find(tagExternal), "+%s is given %d times; name one package", tagExternal, len(externals))
		return nil
	case len(externals) == 1:
		act.external = externals[0]
	}
	return act
}

// loadMore loads the peer packages (of the tags and the flags) and the
// external types packages, adds the flags' peers to each package's peers,
// orders the universe again, as upstream does, and returns the packages
// whose hand-written conversions are considered, in upstream's order. It
// reports, at its tag, every package that cannot be loaded.
func (p *plan) loadMore(acts []*activation) ([]string, bool) {
	var others []string
	for _, act := range acts {
		others = append(others, act.peers...)
		if act.external != act.path {
			others = append(others, act.external)
		}
	}
	dirs := append(slices.Clone(p.args.BasePeerDirs), p.args.ExtraPeerDirs...)
	expanded, err := p.Peers(dirs)
	if err != nil {
		p.Errs.Addf(token.Position{}, "--base-peer-dirs/--extra-peer-dirs: a peer package cannot be found: %s", oneLine(load.Describe(err)))
		return nil, false
	}
	others = append(others, expanded...)
	for _, act := range acts {
		if !act.explicitOnly {
			act.peers = append(act.peers, expanded...)
		}
	}
	if err := p.AddPeers(others); err != nil {
		p.reportMissing(acts, others, err)
		return nil, false
	}
	return others, true
}

// reportMissing finds, after a failed load, which of the packages the
// tags name cannot be loaded, and reports each at its tag.
func (p *plan) reportMissing(acts []*activation, others []string, err error) {
	before := p.Errs.Len()
	for _, act := range acts {
		pkg := p.Context.Universe.Package(act.path)
		peers := p.tags.gen.Each(inplace.PackageLines(p.Registry, p.Index, pkg, tagGen), tags.Package)
		p.reportUnloadable(act, tagGen, raw(peers))
		externals := p.tags.external.Each(inplace.PackageLines(p.Registry, p.Index, pkg, tagExternal), tags.Package)
		p.reportUnloadable(act, tagExternal, raw(externals))
	}
	if p.Errs.Len() == before {
		p.Errs.Addf(token.Position{}, "cannot load %s: %s", strings.Join(others, ", "), load.Describe(err))
	}
}

// reportUnloadable reports each package of values, the values of the tag
// name in act's doc.go, that cannot be loaded.
func (p *plan) reportUnloadable(act *activation, name string, values []string) {
	for _, v := range values {
		if genValue(v) == genOff {
			continue
		}
		if err := p.Require(v); err != nil {
			p.Errs.Addf(p.Index.PackageDoc(act.path).Find(name+"="+v),
				"+%s=%s: package %s cannot be loaded (%s); fix the import path", name, v, v, oneLine(load.Describe(err)))
		}
	}
}

// raw returns the values as written: a value that does not parse was
// reported with the tags, and is still looked for as upstream does.
func raw[T any](values []tags.Value[T]) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.Raw
	}
	return out
}

// target returns the target that writes act's package's conversions.
func (p *plan) target(pkg *types.Package, act *activation) generator.Target {
	return &generator.SimpleTarget{
		PkgName:       path.Base(pkg.Path),
		PkgPath:       pkg.Path,
		PkgDir:        pkg.Dir,
		HeaderComment: p.Header,
		FilterFunc: func(_ *generator.Context, t *types.Type) bool {
			return t.Name.Package == act.external
		},
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			return []generator.Generator{p.newGenerator(pkg, act)}
		},
	}
}

// oneLine joins the lines of a message, so that an error stays on the
// line of its position.
func oneLine(msg string) string { return strings.Join(strings.Fields(msg), " ") }
