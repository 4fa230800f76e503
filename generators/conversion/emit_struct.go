package conversion

import (
	"fmt"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// structBody converts a struct: one unsafe cast when the two are memory
// identical and nothing hand-written converts any of their fields,
// otherwise field by field.
func (e *emitter) structBody(in, out *types.Type) []skip {
	if e.castable(in, out) {
		e.w.Line("*out = *(*%s)(%s(in))", e.g.Raw.Name(out), e.unsafePointer())
		return nil
	}
	var skipped []skip
	for _, m := range in.Members {
		if s := e.member(in, out, m); s != nil {
			skipped = append(skipped, *s)
		}
	}
	return skipped
}

// castable reports whether *in can be cast to *out as a whole: their
// layouts match, every field has a convertible peer, and no field has a
// hand-written conversion other than a copy-only one.
func (e *emitter) castable(in, out *types.Type) bool {
	if !e.g.plan.layout.same(in, out) {
		return false
	}
	for _, m := range in.Members {
		if e.g.fieldOptedOut(m) {
			return false
		}
		om, ok := findMember(out, m.Name)
		if !ok || e.g.unreadable(in, m.Name) || e.g.unreadable(out, om.Name) {
			return false
		}
		if f, ok := e.g.plan.lookup(m.Type, om.Type); ok && e.g.plan.fnTag(f) != fnCopyOnly {
			return false
		}
	}
	return true
}

// fieldOptedOut reports whether a field says +k8s:conversion-gen=false.
func (g *gen) fieldOptedOut(m types.Member) bool {
	values := g.plan.tags.gen.Each(m.CommentLines, tags.Member)
	return len(values) > 0 && values[0].Val == genOff
}

// unreadable reports whether the field name of t is unexported and t
// lives in another package than the generated code.
func (g *gen) unreadable(t *types.Type, name string) bool {
	return namer.IsPrivateGoName(name) && g.Pkg.Path != t.Name.Package
}

// unsafePointer names unsafe.Pointer, importing unsafe. gengo's import
// tracker panics when another imported package takes the name "unsafe";
// that is reported as an error.
func (e *emitter) unsafePointer() (name string) {
	defer func() {
		if r := recover(); r != nil {
			e.w.Fail(e.g.plan.Index.PackageDoc(e.g.Pkg.Path).Pos,
				"the generated code must import unsafe, but a package it imports is also named unsafe (%v); rename that package or run with --skip-unsafe", r)
			name = "unsafe.Pointer"
		}
	}()
	return e.g.Raw.Name(types.Ref(unsafePackage, "Pointer"))
}

// findMember returns the field of struct t with the given name.
func findMember(t *types.Type, name string) (types.Member, bool) {
	if t.Kind != types.Struct {
		return types.Member{}, false
	}
	for _, m := range t.Members {
		if m.Name == name {
			return m, true
		}
	}
	return types.Member{}, false
}

// member writes the conversion of one field of in into its peer field of
// out, and returns it as skipped when it needs a hand-written conversion.
func (e *emitter) member(in, out *types.Type, m types.Member) *skip {
	if e.g.fieldOptedOut(m) {
		e.w.Line("// INFO: in.%s opted out of conversion generation", m.Name)
		return nil
	}
	om, ok := findMember(out, m.Name)
	f := &field{in: m, out: om, from: in, to: out}
	switch {
	case !ok:
		e.w.Line("// WARNING: in.%s requires manual conversion: does not exist in peer-type", m.Name)
		return &skip{f: *f, reason: fmt.Sprintf("%s has no field %s", out.Name.Name, m.Name)}
	case e.g.unreadable(in, m.Name):
		e.w.Line("// WARNING: in.%s is not exported and cannot be read", m.Name)
		return &skip{f: *f, reason: "the field is not exported and cannot be read here"}
	case e.g.unreadable(out, om.Name):
		e.w.Line("// WARNING: out.%s is not exported and cannot be set", m.Name)
		return &skip{f: *f, reason: "the peer field is not exported and cannot be set here"}
	}
	inT, outT := named(m.Type), named(om.Type)
	if e.unsafeField(m.Name, inT, outT) || e.manualField(m, om, inT, outT) {
		return nil
	}
	if inT.Kind != outT.Kind {
		e.w.Line("// WARNING: in.%s requires manual conversion: inconvertible types (%s vs %s)", m.Name, inT.String(), outT.String())
		return &skip{f: *f, reason: fmt.Sprintf("%s and %s are inconvertible types", inT, outT)}
	}
	if from, to, bad := castConflict(m.Type, om.Type); bad {
		e.w.Line("// WARNING: in.%s requires manual conversion: inconvertible types (%s vs %s)", m.Name, inT.String(), outT.String())
		return &skip{f: *f, reason: castReason(m.Type, om.Type, from, to)}
	}
	e.byKind(f, inT, outT)
	return nil
}

// castReason says why a field's value cannot be cast to its peer's.
func castReason(inT, outT, from, to *types.Type) string {
	if from == inT {
		return fmt.Sprintf("%s and %s are inconvertible types", inT, outT)
	}
	return fmt.Sprintf("%s and %s are inconvertible types (Go cannot convert %s to %s)", inT, outT, from, to)
}

// named returns t's type under its aliases, named as t, so that an alias
// is converted as what it stands for. It is a new type whenever t is an
// alias, as upstream's is.
func named(t *types.Type) *types.Type {
	u := underAlias(t)
	if u == t {
		return t
	}
	c := *u
	c.Name = t.Name
	return &c
}

// unsafeField writes the cast of a pointer, map or slice field whose
// layout matches its peer's, and reports whether it did.
func (e *emitter) unsafeField(name string, inT, outT *types.Type) bool {
	if !e.g.plan.layout.same(inT, outT) {
		return false
	}
	switch inT.Kind {
	case types.Pointer:
		e.w.Line("out.%s = (%s)(%s(in.%s))", name, e.g.Raw.Name(outT), e.unsafePointer(), name)
	case types.Map, types.Slice:
		e.w.Line("out.%s = *(*%s)(%s(&in.%s))", name, e.g.Raw.Name(outT), e.unsafePointer(), name)
	default:
		return false
	}
	return true
}

// manualField writes the call of the hand-written conversion of a
// field's types, or nothing for a drop one, and reports whether it did;
// a copy-only one gives way to an assignment where one does.
func (e *emitter) manualField(m, om types.Member, inT, outT *types.Type) bool {
	fn, ok := e.g.plan.lookup(m.Type, om.Type)
	if !ok {
		return false
	}
	tag := e.g.plan.fnTag(fn)
	if tag == fnDrop {
		return true
	}
	if tag == fnCopyOnly && fastConversion(inT, outT) {
		return false
	}
	e.w.If(fmt.Sprintf("err := %s(&in.%s, &out.%s, s); err != nil", e.g.Raw.Name(fn), m.Name, m.Name), func() {
		e.w.Line("return err")
	})
	return true
}

// fastConversion reports whether a value of in is assigned to out
// without a function.
func fastConversion(in, out *types.Type) bool {
	switch in.Kind {
	case types.Builtin:
		return true
	case types.Map, types.Slice, types.Pointer, types.Struct, types.Alias:
		return sameUnder(in, out)
	}
	return false
}

// sameUnder reports whether in and out are the same type under aliases.
func sameUnder(in, out *types.Type) bool { return underAlias(in) == underAlias(out) }

// byKind writes the conversion of a field whose types are of one kind.
func (e *emitter) byKind(f *field, inT, outT *types.Type) {
	name := f.in.Name
	switch inT.Kind {
	case types.Builtin:
		e.assign("out."+name, "in."+name, inT, outT)
	case types.Map, types.Slice, types.Pointer:
		if sameUnder(inT, outT) {
			e.w.Line("out.%s = in.%s", name, name)
			return
		}
		e.w.IfElse("in."+name+" != nil", func() {
			e.w.Line("in, out := &in.%s, &out.%s", name, name)
			e.nested(f, inT, outT)
		}, func() {
			e.w.Line("out.%s = nil", name)
		})
	case types.Struct:
		if sameUnder(inT, outT) {
			e.w.Line("out.%s = in.%s", name, name)
			return
		}
		e.call(f, inT, outT, "&in."+name+", &out."+name)
	default:
		e.call(f, inT, outT, "&in."+name+", &out."+name)
	}
}

// nested writes the conversion of *in to *out for a map, slice or
// pointer field.
func (e *emitter) nested(f *field, inT, outT *types.Type) {
	switch inT.Kind {
	case types.Map:
		e.mapBody(inT, outT, f)
	case types.Slice:
		e.sliceBody(inT, outT, f)
	case types.Pointer:
		e.pointerBody(inT, outT, f)
	}
}

// call writes the call of the generated conversion of in to out with the
// given arguments, or reports that there is none.
func (e *emitter) call(f *field, in, out *types.Type, args string) {
	if !e.g.generates(in, out) {
		e.missing(f, in, out)
		return
	}
	e.w.If(fmt.Sprintf("err := %s(%s, s); err != nil", e.g.convName(in, out), args), func() {
		e.w.Line("return err")
	})
}
