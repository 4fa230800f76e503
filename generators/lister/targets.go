package lister

import (
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/header"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// activationTag is the package tag that turns the generator off with
// "=false".
const activationTag = "k8s:lister-gen"

// Registry declares the tags lister-gen reads.
func Registry() *tags.Registry { return apigroup.Registry(Name, activationTag) }

// nameSystems returns lister-gen's name systems, with the plural exceptions
// of the flags.
func (a *Args) nameSystems() namer.NameSystems { return apigroup.NameSystems(a.plurals) }

// hasLister reports whether a type gets a lister: it needs get and list.
func hasLister(in *apigroup.Input, t *types.Type) bool {
	tg := in.Tags[t]
	return tg.GenerateClient && tg.HasVerb("list") && tg.HasVerb("get")
}

// targets returns one target per input package with listable types.
func (args *Args) targets(l *load.Loaded) ([]generator.Target, error) {
	hdr, err := header.Build(header.Options{Generator: Name, File: args.GoHeaderFile, Year: args.Year})
	if err != nil {
		return nil, err
	}
	errs := &diag.List{}
	scanner := &apigroup.Scanner{Registry: Registry(), Activation: activationTag, Index: l.Index}
	var targets []generator.Target
	for _, p := range l.Context.Inputs {
		in := scanner.Scan(l.Context.Universe.Package(p), errs)
		if in == nil {
			continue
		}
		tgt, err := newTarget(in, args, hdr)
		if err != nil {
			return nil, err
		}
		if tgt != nil {
			targets = append(targets, tgt)
		}
	}
	scanner.CheckGroups(errs)
	return targets, errs.Err()
}

// newTarget returns the target of an input package's listers, or nil when
// it has no listable types. Types whose expansion interfaces are
// hand-written in the output directory get none generated.
func newTarget(in *apigroup.Input, args *Args, hdr []byte) (generator.Target, error) {
	var listable []*types.Type
	for _, t := range in.Types {
		if hasLister(in, t) {
			listable = append(listable, t)
		}
	}
	if len(listable) == 0 {
		return nil, nil
	}
	listable = apigroup.OrderTypes(listable)
	sub := path.Join(strings.ToLower(apigroup.Group(in.DirGroup).NonEmpty()), in.Version.PackageName())
	dir := filepath.Join(args.OutputDir, filepath.FromSlash(sub))
	pkg := path.Join(args.OutputPkg, sub)
	unexpanded, err := wholefile.Unexpanded(dir, listable)
	if err != nil {
		return nil, err
	}
	gens := []generator.Generator{wholefile.NewExpansions("expansion_generated.go", pkg, expansions(in, unexpanded))}
	for _, t := range listable {
		gens = append(gens, newListerGenerator(pkg, t, in.Tags[t].NonNamespaced))
	}
	return wholefile.Target(dir, pkg, in.Version.PackageName(), hdr, gens...), nil
}
