package applyconfiguration

import (
	"path"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// The apimachinery packages utils.go names.
const (
	schemaPkg = "k8s.io/apimachinery/pkg/runtime/schema"
)

// kindGroup is an API group as ForKind lists it.
type kindGroup struct {
	name     string // e.g. "apps", "core" for the legacy group
	versions []kindVersion
}

// kindVersion is one version of a group, with the apply configurations of
// its types.
type kindVersion struct {
	name     string      // e.g. "v1"
	schemeGV *types.Type // the API package's SchemeGroupVersion
	types    []*types.Type
	configs  []*types.Type // the apply configuration of each of types
}

// utilsFile writes utils.go: ForKind, which maps a GroupVersionKind to an
// empty apply configuration, and NewTypeConverter.
type utilsFile struct {
	groups []kindGroup
	parser string // the import path of internal/
}

// newUtilsFile groups the generated packages by group, both ordered
// case-insensitively by name.
func newUtilsFile(pkgs []*genPackage, parser string, refs refGraph) *utilsFile {
	byGroup := map[string]*kindGroup{}
	for _, p := range pkgs {
		name := p.Group().NonEmpty()
		g := byGroup[name]
		if g == nil {
			g = &kindGroup{name: name}
			byGroup[name] = g
		}
		v := kindVersion{name: string(p.Version), schemeGV: types.Ref(p.pkg.Path, "SchemeGroupVersion"), types: p.configs}
		for _, t := range p.configs {
			v.configs = append(v.configs, types.Ref(refs[t.Name], t.Name.Name+suffix))
		}
		g.versions = append(g.versions, v)
	}
	f := &utilsFile{parser: parser}
	for _, g := range byGroup {
		slices.SortFunc(g.versions, func(a, b kindVersion) int { return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)) })
		f.groups = append(f.groups, *g)
	}
	slices.SortFunc(f.groups, func(a, b kindGroup) int { return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)) })
	return f
}

// write emits ForKind, a case per apply configuration, and
// NewTypeConverter.
func (f *utilsFile) write(_ *generator.Context, sw *generator.SnippetWriter) error {
	sw.Do(forKindHead, generator.Args{"gvk": types.Ref(schemaPkg, "GroupVersionKind")})
	for _, g := range f.groups {
		for _, v := range g.versions {
			sw.Do(forKindVersion, generator.Args{"group": g.name, "version": v.name})
			for i, t := range v.types {
				sw.Do(forKindCase, generator.Args{"schemeGV": v.schemeGV, "kind": namer.IC(t.Name.Name), "config": v.configs[i]})
			}
			sw.Do("\n", nil)
		}
	}
	sw.Do(forKindTail, nil)
	sw.Do(newTypeConverter, generator.Args{
		"scheme":        types.Ref(runtimePkg, "Scheme"),
		"typeConverter": types.Ref(managedFieldsPkg, "TypeConverter"),
		"newConverter":  types.Ref(managedFieldsPkg, "NewSchemeTypeConverter"),
		"parser":        types.Ref(f.parser, "Parser"),
	})
	return nil
}

const forKindHead = `
// ForKind returns an apply configuration type for the given GroupVersionKind, or nil if no
// apply configuration type exists for the given GroupVersionKind.
func ForKind(kind $.gvk|raw$) interface{} {
	switch kind {
`

// forKindVersion is indented one level more than the case clauses: gofmt
// then keeps a comment that follows a case's body at the body's level, as
// upstream's output has it, rather than aligning it with the next case.
const forKindVersion = `		// Group=$.group$, Version=$.version$
`

const forKindCase = `	case $.schemeGV|raw$.WithKind("$.kind$"):
		return &$.config|raw${}
`

const forKindTail = `	}
	return nil
}
`

const newTypeConverter = `
func NewTypeConverter(scheme *$.scheme|raw$) $.typeConverter|raw$ {
	return $.newConverter|raw$(scheme, $.parser|raw$())
}
`

// internalFile writes internal/internal.go: the structured-merge-diff
// schema the Extract functions parse, as YAML.
type internalFile struct {
	schemaYAML string
}

// write emits Parser and the schema.
func (f *internalFile) write(_ *generator.Context, sw *generator.SnippetWriter) error {
	const typed = "sigs.k8s.io/structured-merge-diff/v6/typed"
	sw.Do(internalParser, generator.Args{
		"parser":     types.Ref(typed, "Parser"),
		"newParser":  types.Ref(typed, "NewParser"),
		"sprintf":    types.Ref("fmt", "Sprintf"),
		"once":       types.Ref("sync", "Once"),
		"yamlObject": types.Ref(typed, "YAMLObject"),
		"schema":     f.schemaYAML,
	})
	return nil
}

const internalParser = `
func Parser() *$.parser|raw$ {
	parserOnce.Do(func() {
		var err error
		parser, err = $.newParser|raw$(schemaYAML)
		if err != nil {
			panic($.sprintf|raw$("Failed to parse schema: %v", err))
		}
	})
	return parser
}

var parserOnce $.once|raw$
var parser *$.parser|raw$
var schemaYAML = $.yamlObject|raw$(` + "`$.schema$`" + `)
`

// internalPkg is the import path of internal/ below the output package.
func internalPkg(outPkg string) string { return path.Join(outPkg, "internal") }
