package crd

import (
	"fmt"
	"go/token"
	"slices"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// fieldOnlyMarkers are the schema markers controller-gen reads on fields
// alone: on a type it ignores them.
var fieldOnlyMarkers = []string{
	"kubebuilder:validation:Required", "kubebuilder:validation:Optional", "required", "optional", "k8s:required",
	"k8s:optional", "nullable", "kubebuilder:default", "default", "kubebuilder:example", "kubebuilder:validation:EmbeddedResource",
	"kubebuilder:validation:Schemaless", "k8s:immutable", "k8s:maxItems", "k8s:minimum", "k8s:maximum",
}

// typeSchemaMarkers are the schema markers a type takes: fieldMarkers
// but the field-only ones; misplacedOnField the kind's and package's
// markers, which a field does not take.
var (
	typeSchemaMarkers = slices.DeleteFunc(slices.Clone(fieldMarkers), func(n string) bool { return slices.Contains(fieldOnlyMarkers, n) })
	misplacedOnField  = slices.Concat(typeMarkers, packageMarkers, []string{"kubebuilder:skipversion"})
	misplacedOnType   = slices.Concat(fieldOnlyMarkers, packageMarkers)
)

// applyField applies a field's markers to its schema; a kind's or a
// package's marker there is an error, as controller-gen would ignore it.
func (b *builder) applyField(s *jsonSchema, fieldType *types.Type, lines []string, find func(string) token.Position) {
	for _, m := range parseMarkers(lines, misplacedOnField) {
		if slices.Contains(fieldMarkers, m.name) {
			continue // +kubebuilder:validation:Optional is a package's and a field's
		}
		b.errs.Addf(find(m.line), "+%s is a marker of %s, which controller-gen ignores on a field: move it %s", m.name, placeOf(m.name), moveTo(m.name))
	}
	b.apply(s, lines, fieldMarkers, listElem(fieldType), find)
}

// applyType applies a type's markers to its schema; a field's marker
// there is reported (controller-gen ignores it) but not applied, and a
// package's is an error.
func (b *builder) applyType(s *jsonSchema, t *types.Type, lines []string, find func(string) token.Position) {
	name := t.Name.Name
	for _, m := range parseMarkers(lines, misplacedOnType) {
		switch {
		case slices.Contains(packageMarkers, m.name) && !slices.Contains(fieldOnlyMarkers, m.name):
			b.errs.Addf(find(m.line), "+%s is a package's marker, which controller-gen ignores on a type: move it to the package's doc.go", m.name)
		default:
			b.warnOnce(find(m.line), "+%s on type %s: controller-gen reads this marker on fields only, so it is ignored here; move it onto the fields it means", m.name, name)
		}
	}
	b.apply(s, lines, typeSchemaMarkers, listElem(t.Underlying), find)
}

// listElem returns the element type of a list type (through pointers),
// or nil.
func listElem(t *types.Type) *types.Type {
	for t != nil && t.Kind == types.Pointer {
		t = t.Elem
	}
	if t == nil || (t.Kind != types.Slice && t.Kind != types.Array) {
		return nil
	}
	e := t.Elem
	for e.Kind == types.Pointer {
		e = e.Elem
	}
	return e
}

// checkKindMarkers warns of a kind's markers on a type that is no kind
// (controller-gen ignores them there); +kubebuilder:object:root is
// deepcopy's too, and marks lists.
func (b *builder) checkKindMarkers(t *types.Type) {
	if isKind(t) {
		return
	}
	for _, m := range parseMarkers(b.typeLines(t), typeMarkers) {
		if m.name != "kubebuilder:object:root" {
			b.warnOnce(b.index.Type(t).Find(m.line), "+%s on type %s, which is no kind (a struct embedding TypeMeta and ObjectMeta): controller-gen ignores it there; move it above the kind's type", m.name, t.Name.Name)
		}
	}
}

// warnOnce logs a positioned warning, once however often the type it is
// about is built.
func (b *builder) warnOnce(at token.Position, format string, args ...any) {
	msg := diag.Where(at) + ": " + fmt.Sprintf(format, args...)
	if b.warned[msg] {
		return
	}
	if b.warned == nil {
		b.warned = map[string]bool{}
	}
	b.warned[msg] = true
	if b.opts.Warn != nil {
		b.opts.Warn(msg)
		return
	}
	klog.Warning(msg)
}

// placeOf names what a kind's or a package's marker belongs to.
func placeOf(name string) string {
	if slices.Contains(packageMarkers, name) {
		return "a package"
	}
	return "a kind's type"
}

// moveTo says where a misplaced marker goes.
func moveTo(name string) string {
	if slices.Contains(packageMarkers, name) {
		return "to the package's doc.go, above its package clause"
	}
	return "above the kind's type (the struct with TypeMeta and ObjectMeta)"
}
