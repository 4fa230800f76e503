package crd

import (
	"encoding/json"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/source"
)

// builder turns gengo types into CRD schemas as controller-gen's crd
// generator does, collecting positioned errors.
type builder struct {
	u     types.Universe
	index *source.Index
	errs  *diag.List
	opts  Options
	// optionalByDefault caches, by package, whether its fields are
	// optional unless marked (+kubebuilder:validation:Optional on the
	// package; see optionalPackage).
	optionalByDefault map[string]bool
	// building are the named types being built: a type that contains
	// itself is an error, as a schema cannot.
	building map[types.Name]bool
	// warned are the warnings given, each given once.
	warned map[string]bool
}

// intOrString is the schema of intstr.IntOrString, and (with a pattern)
// of resource.Quantity.
func intOrString(pattern string) *jsonSchema {
	return &jsonSchema{IntOrString: true, AnyOf: []*jsonSchema{{Type: "integer"}, {Type: "string"}}, Pattern: pattern}
}

// quantityPattern is the pattern controller-gen gives resource.Quantity.
const quantityPattern = `^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$`

// known returns the fixed schema controller-gen gives a type of
// apimachinery (and apiextensions' JSON), or nil.
func known(n types.Name) *jsonSchema {
	yes := true
	switch n.Package + "." + n.Name {
	case "k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta", "k8s.io/apimachinery/pkg/apis/meta/v1/unstructured.Unstructured":
		return &jsonSchema{Type: "object"}
	case "k8s.io/apimachinery/pkg/apis/meta/v1.Time", "k8s.io/apimachinery/pkg/apis/meta/v1.MicroTime":
		return &jsonSchema{Type: "string", Format: "date-time"}
	case "k8s.io/apimachinery/pkg/apis/meta/v1.Duration":
		return &jsonSchema{Type: "string"}
	case "k8s.io/apimachinery/pkg/apis/meta/v1.Fields":
		return &jsonSchema{Type: "object", AdditionalProperties: true}
	case "k8s.io/apimachinery/pkg/api/resource.Quantity":
		return intOrString(quantityPattern)
	case "k8s.io/apimachinery/pkg/util/intstr.IntOrString":
		return intOrString("")
	case "k8s.io/apimachinery/pkg/runtime.RawExtension":
		return &jsonSchema{Type: "object", PreserveUnknownFields: &yes}
	case "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1.JSON", "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1beta1.JSON":
		return &jsonSchema{PreserveUnknownFields: &yes}
	}
	return nil
}

// objectMetaName is metav1.ObjectMeta's name.
var objectMetaName = types.Name{Package: "k8s.io/apimachinery/pkg/apis/meta/v1", Name: "ObjectMeta"}

// embeddedObjectMeta is the schema controller-gen's
// generateEmbeddedObjectMeta gives an ObjectMeta below a kind's root: the
// fields a template sets, no others.
func embeddedObjectMeta() *jsonSchema {
	stringMap := func() *jsonSchema {
		return &jsonSchema{Type: "object", AdditionalProperties: &jsonSchema{Type: "string"}}
	}
	return &jsonSchema{Type: "object", Properties: map[string]*jsonSchema{
		"name": {Type: "string"}, "namespace": {Type: "string"}, "labels": stringMap(), "annotations": stringMap(),
		"finalizers": {Type: "array", Items: &jsonSchema{Type: "string"}},
	}}
}

// of returns the schema of a type as a field or element uses it.
func (b *builder) of(t *types.Type, at func() token.Position) *jsonSchema {
	switch t.Kind {
	case types.Pointer:
		return b.of(t.Elem, at)
	case types.Builtin:
		return b.builtin(t, at)
	case types.Slice, types.Array:
		if t.Elem.Kind == types.Builtin && (t.Elem.Name.Name == "byte" || t.Elem.Name.Name == "uint8") && t.Kind == types.Slice {
			return &jsonSchema{Type: "string", Format: "byte"}
		}
		return &jsonSchema{Type: "array", Items: b.of(t.Elem, at)}
	case types.Map:
		if !stringKind(t.Key) {
			b.errs.Addf(at(), "map keys must be strings, not %s: change the key type", t.Key)
			return &jsonSchema{}
		}
		return &jsonSchema{Type: "object", AdditionalProperties: b.of(t.Elem, at)}
	case types.Struct, types.Alias:
		return b.named(t, at)
	}
	b.errs.Addf(at(), "%s cannot be written as a CRD schema (an interface, a channel or a function): use a concrete type, or apiextensions' JSON", t)
	return &jsonSchema{}
}

// stringKind reports whether a map key type is a string or a named string.
func stringKind(t *types.Type) bool {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t.Kind == types.Builtin && t.Name.Name == "string"
}

// builtin returns the schema of a builtin type (see builtinSchema); a
// float is an error, as controller-gen makes it, unless
// AllowDangerousTypes.
func (b *builder) builtin(t *types.Type, at func() token.Position) *jsonSchema {
	if s, ok := builtinSchema(t.Name.Name); ok {
		if s.Type == "number" && !b.opts.AllowDangerousTypes {
			b.errs.Addf(at(), "%s: a float's value varies across languages, so CRDs avoid them: serialize it as a string, or use resource.Quantity (or allow floats with --crd-allow-dangerous-types)", t.Name.Name)
		}
		return s
	}
	b.errs.Addf(at(), "%s cannot be written as a CRD schema", t)
	return &jsonSchema{}
}

// builtinSchema returns controller-gen's type and format of a builtin
// type: int32 and int64 (and their unsigned kin) name their format, other
// integers do not.
func builtinSchema(name string) (*jsonSchema, bool) {
	switch {
	case name == "string":
		return &jsonSchema{Type: "string"}, true
	case name == "bool":
		return &jsonSchema{Type: "boolean"}, true
	case name == "int32" || name == "uint32":
		return &jsonSchema{Type: "integer", Format: "int32"}, true
	case name == "int64" || name == "uint64":
		return &jsonSchema{Type: "integer", Format: "int64"}, true
	case strings.HasPrefix(name, "int") || strings.HasPrefix(name, "uint") || name == "byte" || name == "rune":
		return &jsonSchema{Type: "integer"}, true
	case strings.HasPrefix(name, "float"):
		return &jsonSchema{Type: "number"}, true
	}
	return nil, false
}

// named returns a copy of the schema of a named type: a known type's, or
// its own, with its description and the markers on the type applied.
func (b *builder) named(t *types.Type, at func() token.Position) *jsonSchema {
	if b.opts.GenerateEmbeddedObjectMeta && t.Name == objectMetaName {
		return embeddedObjectMeta()
	}
	if s := known(t.Name); s != nil {
		return s
	}
	if b.building[t.Name] {
		b.errs.Addf(at(), "%s contains itself: a CRD schema cannot be recursive", t.Name)
		return &jsonSchema{}
	}
	b.building[t.Name] = true
	defer delete(b.building, t.Name)
	b.checkKindMarkers(t)
	tpos := func() token.Position { return b.index.Type(t).Pos }
	if from := b.definedFrom(t); from != nil { // type A B: B's schema, with A's own
		props := referenceProps(from)
		props.Description = describe(t.CommentLines, b.index.Type(t))
		b.applyType(props, t, b.typeLines(t), func(line string) token.Position { return b.index.Type(t).Find(line) })
		return withField(b.named(from, tpos), props)
	}
	var s *jsonSchema
	var inline []*jsonSchema
	if t.Kind == types.Struct {
		s, inline = b.structOf(t)
	} else {
		s = b.of(t.Underlying, at)
	}
	s.Description = describe(t.CommentLines, b.index.Type(t))
	b.applyType(s, t, b.typeLines(t), func(line string) token.Position { return b.index.Type(t).Find(line) })
	for _, e := range inline { // as controller-gen flattens them: after the struct's own fields and markers
		mergeInline(s, e)
	}
	if len(s.Properties) == 0 {
		s.Properties = nil
	}
	b.limitDescriptions(s, b.typeLines(t), func(line string) token.Position { return b.index.Type(t).Find(line) })
	if found := parseMarkers(b.typeLines(t), []string{"k8s:enum"}); len(found) > 0 {
		b.enumOfConstants(s, t, tpos)
	}
	return s
}

// enumOfConstants gives a +k8s:enum string type's schema the values of
// the string constants of that type its package declares, in order, as
// controller-gen does.
func (b *builder) enumOfConstants(s *jsonSchema, t *types.Type, at func() token.Position) {
	if u := t.Underlying; u == nil || u.Kind != types.Builtin || u.Name.Name != "string" {
		b.errs.Addf(at(), "+k8s:enum: %s is not a string type", t.Name.Name)
		return
	}
	var values []string
	for _, c := range b.u[t.Name.Package].Constants {
		if c.Underlying == t && c.ConstValue != nil {
			raw, _ := json.Marshal(*c.ConstValue)
			values = append(values, string(raw))
		}
	}
	if len(values) == 0 {
		b.errs.Addf(at(), "+k8s:enum: no string constant of type %s in its package", t.Name.Name)
		return
	}
	slices.Sort(values)
	s.Type, s.Enum = "string", nil
	for _, v := range values {
		s.Enum = append(s.Enum, json.RawMessage(v))
	}
}

// definedFrom returns the named type a type is defined as (type A B, with
// B a struct or not), which controller-gen follows as a reference and
// gengo's universe does not record; nil for any other.
func (b *builder) definedFrom(t *types.Type) *types.Type {
	if t.Kind != types.Alias && t.Kind != types.Struct {
		return nil
	}
	from := b.index.Type(t).From
	if from.Name == "" {
		return nil
	}
	if from.Package == "" {
		from.Package = t.Name.Package
	}
	pkg := b.u[from.Package]
	if pkg == nil {
		return nil
	}
	if ft := pkg.Types[from.Name]; ft != nil && (ft.Kind == types.Alias || ft.Kind == types.Struct) {
		return ft
	}
	return nil
}

// memberLines returns the comment lines a member's markers are read
// from, as controller-gen reads them: the block above its doc comment
// (after a blank line), and its doc comment (not its end-of-line
// comment).
func (b *builder) memberLines(t *types.Type, m types.Member) []string {
	d := b.index.Member(t, m.Name)
	return withoutBlockMarkers(append(texts(d.Detached), m.CommentLines...), d)
}

// texts returns the text of comment lines.
func texts(lines []source.Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

// typeLines returns the comment lines a type's markers are read from: its
// doc comment, and the comment block above it; but the lines of /* ... */
// comments, where controller-gen reads no marker.
func (b *builder) typeLines(t *types.Type) []string {
	return withoutBlockMarkers(append(slices.Clone(t.SecondClosestCommentLines), t.CommentLines...), b.index.Type(t))
}

// blockTexts returns the texts of a declaration's lines that are in
// /* ... */ comments.
func blockTexts(d *source.Decl) map[string]bool {
	out := map[string]bool{}
	for _, l := range slices.Concat(d.Comments, d.Detached) {
		if l.Block {
			out[strings.TrimSpace(l.Text)] = true
		}
	}
	return out
}

// withoutBlockMarkers drops the marker lines that come from a
// declaration's /* ... */ comments.
func withoutBlockMarkers(lines []string, d *source.Decl) []string {
	block := blockTexts(d)
	if len(block) == 0 {
		return lines
	}
	return slices.DeleteFunc(slices.Clone(lines), func(l string) bool {
		l = strings.TrimSpace(l)
		return strings.HasPrefix(l, "+") && block[l]
	})
}

// describe returns a declaration's description (see description): where
// its doc has /* ... */ comments, as controller-gen writes one, every line
// trimmed and the marker-like lines of those comments kept.
func describe(lines []string, d *source.Decl) string {
	block := blockTexts(d)
	if len(block) == 0 {
		return description(lines, nil)
	}
	trimmed := make([]string, len(lines))
	for i, l := range lines {
		trimmed[i] = strings.TrimSpace(l)
	}
	return description(trimmed, block)
}

// structOf returns the schema of a struct, its fields by JSON name,
// required fields sorted, and the schemas of its inline members, to merge
// in (see named).
func (b *builder) structOf(t *types.Type) (*jsonSchema, []*jsonSchema) {
	s := &jsonSchema{Type: "object", Properties: map[string]*jsonSchema{}}
	var inline []*jsonSchema
	var immutable []string
	var immutableAt []token.Position
	for _, m := range t.Members {
		if !m.Embedded && b.opts.IgnoreUnexportedFields && !token.IsExported(m.Name) {
			continue
		}
		lines := b.memberLines(t, m)
		embedded, name := b.member(s, t, m, lines)
		if embedded != nil {
			inline = append(inline, embedded)
		} else if name != "" && hasMarker(lines, "k8s:immutable") {
			immutable = append(immutable, name)
			immutableAt = append(immutableAt, b.index.Member(t, m.Name).Find("k8s:immutable"))
		}
	}
	slices.Sort(s.Required)
	s.Required = slices.Compact(s.Required)
	for i, name := range immutable { // the field's own rule does not run when it is removed
		if !slices.Contains(s.Required, name) {
			r := celRule{Rule: "!has(oldSelf." + name + ") || has(self." + name + ")", Message: "field " + name + " is immutable once set"}
			s.Validations = append(s.Validations, r)
			if b.opts.RuleAt != nil {
				b.opts.RuleAt(r.Rule, immutableAt[i])
			}
		}
	}
	return s, inline
}

// hasMarker reports whether comment lines hold a marker.
func hasMarker(lines []string, name string) bool {
	found := parseMarkers(lines, []string{name})
	return len(found) > 0
}

// member adds one struct member to s and returns its JSON name, or
// returns the schema of an inline member, whose fields the struct takes
// (see structOf).
func (b *builder) member(s *jsonSchema, t *types.Type, m types.Member, lines []string) (*jsonSchema, string) {
	at := func() token.Position { return b.index.Member(t, m.Name).Pos }
	tag, ok := reflect.StructTag(m.Tags).Lookup("json")
	if !ok {
		b.errs.Addf(at(), "field %s of %s has no json tag: give it one, or `json:\"-\"` to leave it out", m.Name, t.Name.Name)
		return nil, ""
	}
	name, opts, _ := strings.Cut(tag, ",")
	if tag == "-" {
		return nil, ""
	}
	inline := name == "" || slices.Contains(strings.Split(opts, ","), "inline")
	omitEmpty := slices.Contains(strings.Split(opts, ","), "omitempty") || slices.Contains(strings.Split(opts, ","), "omitzero")
	if b.required(t, lines, inline, omitEmpty) {
		s.Required = append(s.Required, name)
	}
	desc := describe(m.CommentLines, b.index.Member(t, m.Name))
	field := b.fieldSchema(m, lines, desc, at, func(line string) token.Position { return b.index.Member(t, m.Name).Find(line) })
	if inline {
		return field, ""
	}
	s.Properties[name] = field
	return nil, name
}

// fieldSchema returns a member's schema: its type's, with its description
// and markers. A named type's schema is merged with what the field adds,
// as controller-gen flattens a reference (see withField).
func (b *builder) fieldSchema(m types.Member, lines []string, desc string, at func() token.Position, find func(string) token.Position) *jsonSchema {
	t := m.Type
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	var s *jsonSchema
	switch {
	case hasMarker(lines, "kubebuilder:validation:Schemaless"): // what its markers say, no more
		s = &jsonSchema{Description: desc}
		b.applyField(s, m.Type, lines, find)
	case !isReference(t):
		s = b.of(t, at)
		s.Description = desc
		b.applyField(s, m.Type, lines, find)
	default:
		props := referenceProps(t)
		props.Description = desc
		b.applyField(props, m.Type, lines, find)
		s = withField(b.named(t, at), props)
	}
	b.limitDescriptions(s, lines, find)
	return s
}

// isReference reports whether controller-gen writes a type as a reference
// to its own schema: a named type, but a builtin.
func isReference(t *types.Type) bool {
	return t.Kind == types.Struct || t.Kind == types.Alias
}

// referenceProps returns what controller-gen writes beside a reference to
// a named type: the type of a named slice or map, the type and format of
// a named builtin.
func referenceProps(t *types.Type) *jsonSchema {
	u := t
	for u.Kind == types.Alias {
		u = u.Underlying
	}
	switch u.Kind {
	case types.Slice, types.Array:
		return &jsonSchema{Type: "array"}
	case types.Map:
		return &jsonSchema{Type: "object"}
	case types.Builtin:
		if s, ok := builtinSchema(u.Name.Name); ok {
			return s
		}
	}
	return &jsonSchema{}
}

// required reports whether a member is required: marked so, or, unless
// marked optional or its package makes fields optional by default,
// neither inline nor omitted when empty.
func (b *builder) required(t *types.Type, lines []string, inline, omitEmpty bool) bool {
	ms := parseMarkers(lines, fieldMarkers)
	for _, mk := range ms {
		switch mk.name {
		case "kubebuilder:validation:Optional", "optional", "k8s:optional":
			return false
		case "kubebuilder:validation:Required", "required", "k8s:required":
			return true
		}
	}
	return !b.optionalPackage(t.Name.Package) && !inline && !omitEmpty
}

// optionalPackage reports whether a package makes its fields optional by
// default (+kubebuilder:validation:Optional above its package clause),
// whether the run reads it or only a type of it that a kind uses, as
// controller-gen reads every package's markers.
func (b *builder) optionalPackage(path string) bool {
	optional, ok := b.optionalByDefault[path]
	if !ok {
		optional = hasMarker(b.index.PackageClauseLines(path), "kubebuilder:validation:Optional")
		b.optionalByDefault[path] = optional
	}
	return optional
}
