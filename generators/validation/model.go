package validation

import (
	"errors"
	"go/token"
	"strings"

	"k8s.io/gengo/v2/types"
)

// The packages generated code calls into.
const (
	validatePkg  = "k8s.io/apimachinery/pkg/api/validate"
	fieldPkg     = "k8s.io/apimachinery/pkg/util/validation/field"
	operationPkg = "k8s.io/apimachinery/pkg/api/operation"
	safePkg      = "k8s.io/apimachinery/pkg/api/safe"
	equalityPkg  = "k8s.io/apimachinery/pkg/api/equality"
)

// validateFn names a function of apimachinery's validate package.
func validateFn(name string) types.Name { return types.Name{Package: validatePkg, Name: name} }

// stability is how stable a validation is: "" (stable), alpha or beta;
// the generated call is marked with MarkAlpha or MarkBeta.
type stability string

const (
	stable stability = ""
	alpha  stability = "alpha"
	beta   stability = "beta"
)

// call is one call of a validation function in generated code, with the
// standard arguments (ctx, op, fldPath, obj, oldObj) and more.
type call struct {
	// fn is the function called.
	fn types.Name
	// typeArgs are its type arguments.
	typeArgs []typeRef
	// args follow the standard ones; see literal for what each may be.
	args []any
	// shortCircuit runs the call first and stops at its errors.
	shortCircuit bool
	// nonError drops the errors the call returns.
	nonError bool
	// cohort groups calls into a closure of their own ("" for none).
	cohort string
	// comments are written above the call.
	comments []string
	// level marks the call's errors alpha or beta.
	level stability
	// emits are the errors the call can report, for coverage tests.
	emits []emission
	// selfLevel keeps an enclosing +k8s:alpha or +k8s:beta from marking
	// the call: it marks what it wraps itself.
	selfLevel bool
}

// typeRef names a type argument: a named type, or a pointer to one.
type typeRef struct {
	ptr  bool
	name types.Name
}

// parseTypeRef reads a type written in a tag, e.g. "*string" or
// "k8s.io/api/core/v1.Pod".
func parseTypeRef(s string) typeRef {
	r := typeRef{}
	if rest, ok := strings.CutPrefix(s, "*"); ok {
		r.ptr, s = true, rest
	}
	if i := strings.LastIndexByte(s, '.'); i > strings.LastIndexByte(s, '/') && i > 0 {
		r.name = types.Name{Package: s[:i], Name: s[i+1:]}
	} else {
		r.name = types.Name{Name: s}
	}
	return r
}

// withComment returns c with a comment added above it.
func (c call) withComment(s string) call {
	c.comments = append(append([]string(nil), c.comments...), s)
	return c
}

// emission is an error a validation can report: its field.ErrorType
// string, its origin, and the path below the value it is reported at.
type emission struct {
	errType, origin, fragment string
}

// emitting returns c reporting the given error too.
func (c call) emitting(errType, origin, fragment string) call {
	c.emits = append(append([]emission(nil), c.emits...), emission{errType, origin, fragment})
	return c
}

// wrapper is an argument that passes a call as a validation function of
// objType's values: the function itself when it takes no more arguments,
// else a closure with the standard signature.
type wrapper struct {
	call    call
	objType *types.Type
	// fragment is the path below the value the call validates, e.g. "[*]".
	fragment string
}

// rawExpr is an argument written as is, e.g. nil.
type rawExpr string

// ident is an argument that names a package-level identifier.
type ident types.Name

// validations are what the tags of one place (a type, a field, a list's
// values) ask for.
type validations struct {
	calls    []call
	comments []string
	// parent are deferred validations of the enclosing struct (or list),
	// e.g. a union's, worked out once all its fields are read.
	parent []deferred
	// vars are package-level variables the calls use.
	vars []variable
	// deferred are worked out once every tag of the place is read, in
	// order (they depend on other tags, e.g. +k8s:listType); what they
	// return follows the other calls.
	deferred []deferred
	// opaque says the value's own type is not descended into; opaqueKey
	// and opaqueVal say the same of a map's keys or a list's values.
	opaque, opaqueKey, opaqueVal bool
}

// add appends other's calls and comments to v, and its opacity.
func (v *validations) add(other validations) {
	v.calls = append(v.calls, other.calls...)
	v.deferred = append(v.deferred, other.deferred...)
	v.vars = append(v.vars, other.vars...)
	v.parent = append(v.parent, other.parent...)
	v.comments = append(v.comments, other.comments...)
	v.opaque = v.opaque || other.opaque
	v.opaqueKey = v.opaqueKey || other.opaqueKey
	v.opaqueVal = v.opaqueVal || other.opaqueVal
}

// deferred works out validations once every tag of a place is read.
type deferred func() (validations, error)

// wrap returns v with each call, deferred ones too, replaced by what
// wrapFn makes of it.
func (v validations) wrap(wrapFn func(call) call) validations {
	out := v
	out.calls, out.deferred = nil, nil
	for _, c := range v.calls {
		out.calls = append(out.calls, wrapFn(c))
	}
	for _, d := range v.deferred {
		out.deferred = append(out.deferred, func() (validations, error) {
			r, err := d()
			return r.wrap(wrapFn), err
		})
	}
	return out
}

// wrapParent returns v with the calls its parent validations give
// replaced by what wrapFn makes of them.
func (v validations) wrapParent(wrapFn func(call) call) validations {
	out := v
	out.parent = nil
	for _, d := range v.parent {
		out.parent = append(out.parent, func() (validations, error) {
			r, err := d()
			return r.wrap(wrapFn), err
		})
	}
	return out
}

// adopt returns v with its parent validations worked out as its own,
// as a +k8s:subfield or +k8s:item does: the union of a struct's fields is
// that struct's, validated where the subfield or item is.
func (v validations) adopt() validations {
	v.deferred = append(v.deferred, v.parent...)
	v.parent = nil
	return v
}

// resolve works out v's deferred validations, and theirs, adding them
// after v's calls.
func (v validations) resolve() (validations, error) {
	for depth := 0; len(v.deferred) > 0; depth++ {
		if depth == 10 {
			return validations{}, errors.New("deferred validations nest more than 10 deep")
		}
		pending := v.deferred
		v.deferred = nil
		for _, d := range pending {
			r, err := d()
			if err != nil {
				return validations{}, err
			}
			v.add(r)
		}
	}
	return v, nil
}

// empty reports whether v asks for nothing.
func (v *validations) empty() bool {
	return len(v.calls) == 0 && len(v.vars) == 0 && len(v.comments) == 0 && len(v.deferred) == 0 && len(v.parent) == 0 && !v.opaque && !v.opaqueKey && !v.opaqueVal
}

// node is a type of the graph of types that root types reach: a named
// type, or a slice or map type written in a field.
type node struct {
	// t is the value type, never a pointer.
	t *types.Type
	// fn is the name of its Validate_ function; empty for unnamed types.
	fn types.Name
	// referenced says another type of the graph uses it.
	referenced bool
	// fields of a struct; key and elem of a map or slice; underlying of
	// a defined non-struct type.
	fields     []*edge
	key, elem  *edge
	underlying *edge
	// own are the type's validations; eachKey and eachVal call the key's
	// and values' Validate_ functions for a defined slice or map type.
	own, eachKey, eachVal validations
}

// edge is a use of a type inside another: a field, a key, an element or
// an underlying type.
type edge struct {
	// name and json are the field's Go and JSON names.
	name, json string
	// t is the type as written (may be a pointer).
	t *types.Type
	// to is the node of the value type; nil for a type of a package the
	// run does not generate for, or an opaque one.
	to *node
	// own are the field's validations; eachKey and eachVal call the
	// key's and values' Validate_ functions.
	own, eachKey, eachVal validations
	// at is the field's position, for errors.
	at token.Position
}

// resolveElem is the node of a list or map's values, through a defined
// type's underlying type.
func (n *node) resolveElem() *node { return n.resolve(func(m *node) *edge { return m.elem }) }

// resolveKey is resolveElem for a map's keys.
func (n *node) resolveKey() *node { return n.resolve(func(m *node) *edge { return m.key }) }

// resolve follows part (the elem or key edge) of n, or of its underlying
// type's node.
func (n *node) resolve(part func(*node) *edge) *node {
	if n == nil {
		return nil
	}
	if e := part(n); e != nil {
		return e.to
	}
	if n.underlying != nil && n.underlying.to != nil {
		if e := part(n.underlying.to); e != nil {
			return e.to
		}
	}
	return nil
}
