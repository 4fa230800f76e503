package openapi

import (
	"io"
	"slices"
	"strconv"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// isModelType reports whether t can have a model name: an exported
// struct, or an exported alias of one.
func isModelType(t *types.Type) bool {
	if namer.IsPrivateGoName(t.Name.Name) {
		return false
	}
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t.Kind == types.Struct
}

// modelPrefixOf returns the model-name prefix of t: its own
// +k8s:openapi-model-package, else its package's; "" when neither is set.
func (p *plan) modelPrefixOf(t *types.Type) string {
	if v, ok := p.tags.modelPackage.Get(t.CommentLines, tags.Type); ok && v != "" {
		return v
	}
	pkg := p.universe.Package(t.Name.Package)
	if pkg == nil {
		return ""
	}
	v, _ := p.tags.modelPackage.Get(pkg.Comments, tags.Package)
	return v
}

// hasModelName reports whether references to t go through its
// OpenAPIModelName method: one written by hand, or one a
// +k8s:openapi-model-package makes openapi-gen write (the generated file
// is not loaded, being excluded by its build tag).
func (p *plan) hasModelName(t *types.Type) bool {
	if m, ok := t.Methods["OpenAPIModelName"]; ok && returnsNamed(m, "", "string") {
		return true
	}
	return p.modelPrefixOf(t) != ""
}

// modelNameTarget returns the target writing pkg's model-name file, or
// nil when pkg gets none: it is read-only, or none of its model types has
// a prefix.
func (p *plan) modelNameTarget(pkg *types.Package, hdr []byte) generator.Target {
	if p.args.OutputModelNameFile == "" {
		return nil
	}
	if slices.Contains(p.args.ReadOnlyPkgs, pkg.Path) {
		klog.V(3).Infof("%s: read-only package, no model-name file", pkg.Path)
		return nil
	}
	_, pkgTagged := p.tags.modelPackage.Get(pkg.Comments, tags.Package)
	var named []*types.Type
	for _, t := range inplace.SortedTypes(pkg) {
		_, tagged := p.tags.modelPackage.Get(t.CommentLines, tags.Type)
		if isModelType(t) && (pkgTagged || tagged) {
			named = append(named, t)
		}
	}
	if len(named) == 0 {
		return nil
	}
	g := &modelNameGen{File: inplace.NewFile(pkg, p.args.OutputModelNameFile), plan: p}
	return inplace.Target(pkg, hdr, g)
}

// modelNameGen writes one package's OpenAPIModelName methods.
type modelNameGen struct {
	inplace.File
	plan *plan
}

// Filter keeps the types that can have a model name.
func (g *modelNameGen) Filter(_ *generator.Context, t *types.Type) bool { return isModelType(t) }

// GenerateType writes t's OpenAPIModelName method, when t has a prefix.
func (g *modelNameGen) GenerateType(_ *generator.Context, t *types.Type, w io.Writer) error {
	prefix := g.plan.modelPrefixOf(t)
	if prefix == "" {
		return nil
	}
	out := inplace.NewWriter(&diag.List{})
	out.Line("// OpenAPIModelName returns the OpenAPI model name for this type.")
	out.Func("func (in "+t.Name.Name+") OpenAPIModelName() string", func() {
		out.Line("return %s", strconv.Quote(prefix+"."+t.Name.Name))
	})
	_, err := io.WriteString(w, out.String())
	return err
}
