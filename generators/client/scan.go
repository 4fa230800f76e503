package client

import (
	"fmt"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// scan reads every --input package into p.versions.
func (p *plan) scan(l *load.Loaded, errs *diag.List) {
	scanner := &apigroup.Scanner{Registry: Registry(), Activation: activationTag, Index: l.Index, ClientShape: true}
	for _, g := range p.args.groups {
		group := p.groupOverride(l, g)
		for _, v := range g.versions {
			pkg, ok := l.Package(v.pkg)
			if !ok {
				errs.Addf(token.Position{}, "--input %s/%s: %s; check --input-base and --input", g.group.NonEmpty(), v.version, describeMissing(v.pkg))
				continue
			}
			before := errs.Len()
			in := scanner.Scan(pkg, errs)
			if errs.Len() > before {
				continue
			}
			if in == nil { // no +genclient type, or switched off: a client without types
				if in = scanner.Read(pkg, errs); in == nil {
					in = &apigroup.Input{Package: apigroup.Package{Path: pkg.Path}, Pkg: pkg}
				}
			}
			gv := p.describe(g, group, v, in)
			p.checkMethodTypes(l, gv, errs)
			p.versions = append(p.versions, gv)
		}
	}
	scanner.CheckGroups(errs)
	p.checkOverrides(errs)
}

// checkOverrides reports --included-types-overrides entries that match no
// group version: upstream silently ignores them, which hides the common
// mistake of naming the group by its directory when +groupName differs.
func (p *plan) checkOverrides(errs *diag.List) {
	known := map[groupVersion]bool{}
	var names []string
	for _, gv := range p.versions {
		known[groupVersion{group: gv.group, version: gv.version}] = true
		names = append(names, string(gv.group)+"/"+string(gv.version))
	}
	var unknown []string
	for gv := range p.args.overrides {
		if !known[gv] {
			unknown = append(unknown, string(gv.group)+"/"+string(gv.version))
		}
	}
	slices.Sort(unknown)
	for _, gv := range unknown {
		errs.Addf(token.Position{}, "--included-types-overrides: %s matches no --input group version; name groups as +groupName does (%s)",
			gv, strings.Join(names, ", "))
	}
}

// groupOverride returns the group of an --input group: the +groupName of
// its first version's package, if it has one (upstream's rule).
func (p *plan) groupOverride(l *load.Loaded, g inputGroup) apigroup.Group {
	pkg, ok := l.Package(g.versions[0].pkg)
	if !ok {
		return g.group
	}
	if name, ok := apigroup.GroupName(pkg.Comments); ok {
		return apigroup.Group(name)
	}
	return g.group
}

func (p *plan) describe(g inputGroup, group apigroup.Group, v inputVersion, in *apigroup.Input) *groupVersionInfo {
	gv := &groupVersionInfo{plan: p, in: in, pkgName: g.pkgName, group: group, version: v.version,
		groupName: group.NonEmpty(), goName: apigroup.GoName(group, in.Pkg.Comments)}
	if name, ok := apigroup.GroupName(in.Pkg.Comments); ok {
		gv.groupName = name
	}
	sub := path.Join("typed", strings.ToLower(g.pkgName), strings.ToLower(v.version.NonEmpty()))
	gv.typedPkg = path.Join(p.clientsetPkg, sub)
	gv.typedDir = filepath.Join(p.clientsetDir, filepath.FromSlash(sub))
	gv.types = apigroup.OrderTypes(p.clientTypes(in, groupVersion{group: group, version: v.version}))
	return gv
}

// clientTypes returns the types that get clients: those of
// --included-types-overrides for the group version, or the +genclient ones.
func (p *plan) clientTypes(in *apigroup.Input, gv groupVersion) []*types.Type {
	names, overridden := p.args.overrides[gv]
	if !overridden {
		return in.Types
	}
	var out []*types.Type
	for name, t := range in.Pkg.Types {
		if slices.Contains(names, name) {
			out = append(out, t)
		}
	}
	return out
}

// describeMissing says what an --input that names no loaded package was
// looked for as: an import path, or a directory with the import path it
// would have.
func describeMissing(pattern string) string {
	if !load.IsDir(pattern) {
		return "no package " + pattern
	}
	if importPath, ok := load.ImportPathOf(pattern); ok {
		return fmt.Sprintf("no Go package in directory %s (import path %s)", pattern, importPath)
	}
	return fmt.Sprintf("no Go package in directory %s, which is in no module (no go.mod above it)", pattern)
}
