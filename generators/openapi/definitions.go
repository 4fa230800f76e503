package openapi

import (
	"io"
	"path"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// The packages the generated definitions refer to.
const (
	commonPkg = "k8s.io/kube-openapi/pkg/common"
	specPkg   = "k8s.io/kube-openapi/pkg/validation/spec"
)

// definitionsTarget returns the target writing the OpenAPI definitions
// file into --output-dir, over the types apiType keeps.
func (p *plan) definitionsTarget(defs []*definition, hdr []byte) *generator.SimpleTarget {
	g := &defsGen{
		GoGenerator: generator.GoGenerator{OutputFilename: p.args.OutputFile},
		plan:        p,
		pkg:         p.args.OutputPkg,
		imports:     generator.NewImportTrackerForPackage(p.args.OutputPkg),
		defs:        defs,
		byType:      map[*types.Type]*definition{},
	}
	for _, d := range defs {
		g.byType[d.t] = d
	}
	return &generator.SimpleTarget{
		PkgName:        path.Base(p.args.OutputPkg),
		PkgPath:        p.args.OutputPkg,
		PkgDir:         p.args.OutputDir,
		HeaderComment:  hdr,
		FilterFunc:     func(c *generator.Context, t *types.Type) bool { return p.apiType(c.Universe, t) },
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return []generator.Generator{g} },
	}
}

// apiType reports whether t gets a definition: its package says
// +k8s:openapi-gen=true and t does not say false, or t says true.
func (p *plan) apiType(u types.Universe, t *types.Type) bool {
	if strings.HasPrefix(t.Name.Name, "codecSelfer") { // ugorji's codecgen output
		return false
	}
	if pkg := u.Package(t.Name.Package); hasValue(p.tags.gen, pkg.Comments, "true") {
		return !hasValue(p.tags.gen, t.CommentLines, "false")
	}
	return hasValue(p.tags.gen, t.CommentLines, "true")
}

// defsGen writes the definitions file: GetOpenAPIDefinitions, then one
// schema function per type.
type defsGen struct {
	generator.GoGenerator
	plan    *plan
	pkg     string
	imports *namer.DefaultImportTracker
	// defs are the definitions, in the order of their types; byType
	// holds them by type.
	defs   []*definition
	byType map[*types.Type]*definition
}

// Namers names types as the output package sees them, recording imports.
func (g *defsGen) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.pkg, g.imports)}
}

// Imports returns the imports of every package the file names.
func (g *defsGen) Imports(*generator.Context) []string { return g.imports.ImportLines() }

// raw names t (or pkg.name through ref) as code in the output package.
func (g *defsGen) raw(t *types.Type) string { return namer.NewRawNamer(g.pkg, g.imports).Name(t) }

// ref names the identifier pkg.name as code in the output package.
func (g *defsGen) ref(pkg, name string) string { return g.raw(types.Ref(pkg, name)) }

// Init writes GetOpenAPIDefinitions, which maps each type's name to its
// definition.
func (g *defsGen) Init(_ *generator.Context, w io.Writer) error {
	e := &emitter{}
	e.line("func GetOpenAPIDefinitions(ref %s) map[string]%s {", g.ref(commonPkg, "ReferenceCallback"), g.ref(commonPkg, "OpenAPIDefinition"))
	e.line("return map[string]%s{", g.ref(commonPkg, "OpenAPIDefinition"))
	for _, d := range g.defs {
		if d.listed() {
			e.line("%s: %s,", g.modelKey(d.t), g.definitionCall(d))
		}
	}
	e.line("}")
	e.line("}")
	e.blank()
	_, err := io.WriteString(w, e.String())
	return err
}

// modelKey is the expression of t's model name: its OpenAPIModelName, or
// its Go name quoted.
func (g *defsGen) modelKey(t *types.Type) string {
	if g.plan.hasModelName(t) {
		return g.raw(t) + "{}.OpenAPIModelName()"
	}
	return `"` + t.Name.String() + `"`
}

// definitionCall is the expression of t's definition: a call of its
// schema function, or of its own definition methods.
func (g *defsGen) definitionCall(d *definition) string {
	t, m := d.t, d.methods
	name := func() string { return g.raw(t) } // named only when used: naming imports
	switch {
	case m.typeAndFormat:
		return schemaFuncName(t) + "(ref)"
	case m.v2 && m.v3:
		return g.ref(commonPkg, "EmbedOpenAPIDefinitionIntoV2Extension") + "(" + name() + "{}.OpenAPIV3Definition(), " + name() + "{}.OpenAPIDefinition())"
	case m.v2:
		return name() + "{}.OpenAPIDefinition()"
	case m.v3:
		return name() + "{}.OpenAPIV3Definition()"
	}
	return schemaFuncName(t) + "(ref)"
}

// schemaFuncName is the name of t's schema function: schema_ and the last
// four elements of its package path joined by "_" (dots dropped), and its
// name, e.g. schema_pkg_apis_meta_v1_ObjectMeta.
func schemaFuncName(t *types.Type) string {
	private := &namer.NameStrategy{
		Join:                func(_ string, parts []string, _ string) string { return strings.Join(parts, "_") },
		PrependPackageNames: 4,
	}
	return "schema_" + private.Name(t)
}

// GenerateType writes t's schema function, unless t's own methods give
// its definition.
func (g *defsGen) GenerateType(_ *generator.Context, t *types.Type, w io.Writer) error {
	d, ok := g.byType[t]
	if !ok {
		return nil
	}
	gw := &goWriter{defsGen: g, e: &emitter{}}
	gw.schemaFunc(d)
	_, err := io.WriteString(w, gw.e.String())
	return err
}
