package applyconfiguration

import (
	"fmt"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/header"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/source"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// genPackage is an input package with the types it generates apply
// configurations for.
type genPackage struct {
	*apiPackage
	// configs are the types that get an apply configuration here, ordered
	// case-insensitively by name.
	configs []*types.Type
}

// Targets returns one target per input package with apply configurations,
// then utils.go's and internal/internal.go's.
func Targets(l *load.Loaded, args *Args) ([]generator.Target, error) {
	hdr, err := header.Build(header.Options{Generator: Name, File: args.GoHeaderFile, Year: args.Year})
	if err != nil {
		return nil, err
	}
	inputs, err := scanInputs(l, args)
	if err != nil {
		return nil, err
	}
	refs := newRefGraph(l.Context.Universe, inputs, args.externals)
	models, err := buildModels(args.schema, inputs)
	if err != nil {
		return nil, err
	}
	schemaYAML, err := models.yaml()
	if err != nil {
		return nil, err
	}
	parser := internalPkg(args.OutputPkg)
	var pkgs []*genPackage
	var targets []generator.Target
	for _, in := range inputs {
		p := &genPackage{apiPackage: in, configs: configTypes(in, refs)}
		if len(p.configs) == 0 {
			continue
		}
		pkgs = append(pkgs, p)
		targets = append(targets, packageTarget(p, refs, models, parser, hdr, l.Index))
	}
	utils := newUtilsFile(pkgs, parser, refs)
	internal := &internalFile{schemaYAML: schemaYAML}
	return append(targets,
		wholefile.Target(args.OutputDir, args.OutputPkg, path.Base(args.OutputPkg), hdr, wholefile.New("utils.go", args.OutputPkg, utils.write)),
		wholefile.Target(filepath.Join(args.OutputDir, "internal"), parser, "internal", hdr, wholefile.New("internal.go", parser, internal.write)),
	), nil
}

// scanInputs reads every input package; two that would generate into the
// same package, or are the same group and version, are an error.
func scanInputs(l *load.Loaded, args *Args) ([]*apiPackage, error) {
	errs := &diag.List{}
	s := &scanner{
		reader: &apigroup.Scanner{Registry: Registry(), Activation: activationTag, Index: l.Index, AllowNoObjectMeta: true},
		index:  l.Index, outPkg: args.OutputPkg, outDir: args.OutputDir,
	}
	var out []*apiPackage
	byOut, byGV := map[string]*apiPackage{}, map[string]*apiPackage{}
	for _, pkgPath := range l.Context.Inputs {
		p := s.scan(l.Context.Universe.Package(pkgPath), errs)
		if p == nil {
			continue
		}
		gv := string(p.Group()) + "/" + string(p.Version)
		switch {
		case byOut[p.outPkg] != nil:
			errs.Addf(s.position(p), "packages %s and %s would both generate into %s; give only one of them", byOut[p.outPkg].pkg.Path, p.pkg.Path, p.outPkg)
		case byGV[gv] != nil:
			errs.Addf(s.position(p), "packages %s and %s are both group %q version %s, which ForKind cannot tell apart; give only one of them", byGV[gv].pkg.Path, p.pkg.Path, p.Group(), p.Version)
		default:
			byOut[p.outPkg], byGV[gv] = p, p
			out = append(out, p)
		}
	}
	s.reader.CheckGroups(errs)
	return out, errs.Err()
}

// configTypes returns the types of p that get an apply configuration:
// those of the graph, but +genclient types without ObjectMeta (which
// cannot be applied).
func configTypes(p *apiPackage, refs refGraph) []*types.Type {
	var out []*types.Type
	for _, t := range p.types {
		if p.tags[t].GenerateClient && !hasEmbedded(t, objectMetaName) {
			continue
		}
		if _, ok := refs[t.Name]; ok {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b *types.Type) int {
		return strings.Compare(strings.ToLower(a.Name.Name), strings.ToLower(b.Name.Name))
	})
	return out
}

// packageTarget writes <type>.go for each of p's apply configurations.
func packageTarget(p *genPackage, refs refGraph, models *models, parser string, hdr []byte, index *source.Index) generator.Target {
	pos := func(t *types.Type, field string) token.Position { return index.Member(t, field).Pos }
	var gens []generator.Generator
	for _, t := range p.configs {
		f := &typeFile{
			t:          t,
			config:     types.Ref(refs[t.Name], t.Name.Name+suffix),
			tags:       p.tags[t],
			apiVersion: apiVersion(p.Package),
			openAPI:    models.names[gvk{p.Group(), p.Version, t.Name.Name}],
			parser:     parser,
			refs:       refs,
			pos:        pos,
		}
		gens = append(gens, wholefile.New(strings.ToLower(t.Name.Name)+".go", p.outPkg, f.write))
	}
	return wholefile.Target(p.outDir, p.outPkg, p.Version.PackageName(), hdr, gens...)
}

// apiVersion is the apiVersion of the package's objects, e.g. "apps/v1",
// or "v1" for the legacy core group.
func apiVersion(p apigroup.Package) string {
	if p.Group() == "" {
		return string(p.Version)
	}
	return fmt.Sprintf("%s/%s", p.Group(), p.Version)
}
