package applyconfiguration

import (
	"go/token"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/genclient"
)

// typeFile writes <type>.go: the apply configuration of one type.
type typeFile struct {
	t          *types.Type
	config     *types.Type // the apply configuration, e.g. apps/v1.DeploymentApplyConfiguration
	tags       genclient.Tags
	apiVersion string // e.g. "apps/v1"
	openAPI    string // the type's OpenAPI name; "" when Extract functions are not generated
	parser     string // the import path of internal/, whose Parser the Extract functions use
	refs       refGraph
	// pos finds the declaration of a field, for errors.
	pos func(t *types.Type, field string) token.Position
}

// write emits the struct, its constructor, the Extract functions, the
// With functions and the getters.
func (f *typeFile) write(_ *generator.Context, sw *generator.SnippetWriter) error {
	args := generator.Args{"type": f.t, "config": f.config, "apiVersion": f.apiVersion}
	if err := f.emitStruct(sw, args); err != nil {
		return err
	}
	f.emitConstructor(sw, args)
	if f.tags.GenerateClient && f.openAPI != "" {
		f.emitExtract(sw, args)
	}
	if f.tags.GenerateClient || hasEmbedded(f.t, typeMetaName) {
		sw.Do(isApplyConfiguration, args)
	}
	errs := &diag.List{}
	f.emitWiths(sw, f.t, nil, map[string]bool{}, errs)
	f.emitGetters(sw, f.t, nil)
	return errs.Err()
}

const structHead = `// $.config|public$ represents a declarative configuration of the $.type|public$ type for use
// with apply.
`

// emitStruct writes the struct: a field per json-tagged field of the
// type, optional (a pointer, or a slice or map) and with the type's
// comments.
func (f *typeFile) emitStruct(sw *generator.SnippetWriter, args generator.Args) error {
	sw.Do(structHead, args)
	if doc := commentText(apigroup.Comments(f.t)); doc != "" {
		sw.Do("//\n", nil)
		if err := sw.Append(strings.NewReader(doc)); err != nil {
			return err
		}
	}
	sw.Do("type $.config|public$ struct {\n", args)
	for _, m := range f.t.Members {
		tag, ok := lookupJSONTag(m)
		if !ok || blocklisted(f.t, m) {
			continue
		}
		if !tag.inline {
			tag.omitempty = true
		}
		if err := sw.Append(strings.NewReader(commentText(m.CommentLines))); err != nil {
			return err
		}
		sw.Do(fieldTemplate(m, tag), generator.Args{"name": m.Name, "type": f.refs.configFor(m.Type), "tag": tag.String()})
	}
	sw.Do("}\n", nil)
	return nil
}

// The struct's field lines.
const (
	fieldInline   = "$.type|raw$ `json:\"$.tag$\"`\n"
	fieldEmbedded = "*$.type|raw$ `json:\"$.tag$\"`\n"
	fieldNillable = "$.name$ $.type|raw$ `json:\"$.tag$\"`\n"
	fieldOptional = "$.name$ *$.type|raw$ `json:\"$.tag$\"`\n"
)

func fieldTemplate(m types.Member, tag jsonTag) string {
	switch {
	case m.Embedded && tag.inline:
		return fieldInline
	case m.Embedded:
		return fieldEmbedded
	case nillable(m.Type):
		return fieldNillable
	}
	return fieldOptional
}

// commentText renders comment lines as Go comments, leaving out tag
// lines (those starting with "+").
func commentText(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "+") {
			continue
		}
		b.WriteString("// " + l + "\n")
	}
	return b.String()
}

// blocklisted reports whether field m of t is left out of apply
// configurations: ObjectMeta's ManagedFields and SelfLink, and fields on
// their way out (ZZZ_).
func blocklisted(t *types.Type, m types.Member) bool {
	if t.Name == objectMetaName && (m.Name == "ManagedFields" || m.Name == "SelfLink") {
		return true
	}
	return strings.HasPrefix(m.Name, "ZZZ_")
}

func nillable(t *types.Type) bool { return t.Kind == types.Slice || t.Kind == types.Map }

// The constructors: by name (and namespace) for +genclient types, which
// also set kind and apiVersion, as do types that embed TypeMeta.
const (
	constructorNamespaced = `
// $.type|public$ constructs a declarative configuration of the $.type|public$ type for use with
// apply.
func $.type|public$(name, namespace string) *$.config|public$ {
	b := &$.config|public${}
	b.WithName(name)
	b.WithNamespace(namespace)
	b.WithKind("$.type|public$")
	b.WithAPIVersion("$.apiVersion$")
	return b
}
`
	constructorCluster = `
// $.type|public$ constructs a declarative configuration of the $.type|public$ type for use with
// apply.
func $.type|public$(name string) *$.config|public$ {
	b := &$.config|public${}
	b.WithName(name)
	b.WithKind("$.type|public$")
	b.WithAPIVersion("$.apiVersion$")
	return b
}
`
	constructorTypeMeta = `
// $.config|public$ constructs a declarative configuration of the $.type|public$ type for use with
// apply.
func $.type|public$() *$.config|public$ {
	b := &$.config|public${}
	b.WithKind("$.type|public$")
	b.WithAPIVersion("$.apiVersion$")
	return b
}
`
	constructorPlain = `
// $.config|public$ constructs a declarative configuration of the $.type|public$ type for use with
// apply.
func $.type|public$() *$.config|public$ {
	return &$.config|public${}
}
`
)

func (f *typeFile) emitConstructor(sw *generator.SnippetWriter, args generator.Args) {
	switch {
	case f.tags.GenerateClient && f.tags.NonNamespaced:
		sw.Do(constructorCluster, args)
	case f.tags.GenerateClient:
		sw.Do(constructorNamespaced, args)
	case hasEmbedded(f.t, typeMetaName):
		sw.Do(constructorTypeMeta, args)
	default:
		sw.Do(constructorPlain, args)
	}
}

const isApplyConfiguration = `
func (b $.config|public$) IsApplyConfiguration() {}
`
