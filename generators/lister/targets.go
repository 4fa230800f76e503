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
)

const activationTag = "k8s:lister-gen"

// Registry declares the tags lister-gen reads.
func Registry() *tags.Registry {
	return &tags.Registry{
		Generator:   Name,
		Namespaces:  []string{activationTag, "genclient"},
		Definitions: apigroup.Definitions(activationTag),
	}
}

// NameSystems returns lister-gen's name systems; plurals are the plural
// exceptions.
func NameSystems(plurals map[string]string) namer.NameSystems { return apigroup.NameSystems(plurals) }

// DefaultNameSystem names the system that orders the types.
func DefaultNameSystem() string { return "public" }

// hasLister reports whether a type gets a lister: it needs get and list.
func hasLister(in *apigroup.Input, t *types.Type) bool {
	tg := in.Tags[t]
	return tg.GenerateClient && tg.HasVerb("list") && tg.HasVerb("get")
}

// Targets returns one target per input package with listable types.
func Targets(l *load.Loaded, args *Args) ([]generator.Target, error) {
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
		if tgt := newTarget(in, args, hdr); tgt != nil {
			targets = append(targets, tgt)
		}
	}
	scanner.CheckGroups(errs)
	return targets, errs.Err()
}

func newTarget(in *apigroup.Input, args *Args, hdr []byte) generator.Target {
	var listable []*types.Type
	for _, t := range in.Types {
		if hasLister(in, t) {
			listable = append(listable, t)
		}
	}
	if len(listable) == 0 {
		return nil
	}
	listable = apigroup.OrderTypes(listable)
	sub := path.Join(strings.ToLower(apigroup.Group(in.DirGroup).NonEmpty()), in.Version.PackageName())
	dir := filepath.Join(args.OutputDir, filepath.FromSlash(sub))
	pkg := path.Join(args.OutputPkg, sub)
	return &generator.SimpleTarget{
		PkgName:       in.Version.PackageName(),
		PkgPath:       pkg,
		PkgDir:        dir,
		HeaderComment: hdr,
		FilterFunc:    func(_ *generator.Context, t *types.Type) bool { return t.Name.Package == in.Path && hasLister(in, t) },
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			gens := []generator.Generator{newExpansionGenerator(dir, listable, in)}
			for _, t := range listable {
				gens = append(gens, newListerGenerator(pkg, t, in.Tags[t].NonNamespaced))
			}
			return gens
		},
	}
}
