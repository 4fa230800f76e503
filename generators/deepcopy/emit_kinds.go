package deepcopy

import "k8s.io/gengo/v2/types"

// copyByMethod writes dst = a copy of src made by the element type's
// hand-written methods, matching pointers on both sides.
func (e *emitter) copyByMethod(dst, src string, t *types.Type, m methods) {
	left, right := t.Kind == types.Pointer, m.returnsPointer(t)
	switch {
	case left == right:
		e.line("%s = %s.DeepCopy()", dst, src)
	case left:
		e.line("x := %s.DeepCopy()", src)
		e.line("%s = &x", dst)
	default:
		e.line("%s = *%s.DeepCopy()", dst, src)
	}
}

func (e *emitter) copyMap(t *types.Type) {
	if methodsOf(t).any() {
		e.line("*out = in.DeepCopy()")
		return
	}
	ut := underlying(t)
	if !ut.Key.IsAssignable() {
		e.fail(t, "map keys must be assignable")
		return
	}
	elem, uelem := ut.Elem, underlying(ut.Elem)
	e.line("*out = make(%s, len(*in))", e.name(t))
	e.w.For("key, val := range *in", func() { e.copyMapElem(elem, uelem) })
}

func (e *emitter) copyMapElem(elem, uelem *types.Type) {
	setNil := func() { e.line("(*out)[key] = nil") }
	switch m := methodsOf(elem); {
	case m.any():
		e.copyByMethod("(*out)[key]", "val", elem, m)
	case elem.IsAnonymousStruct(), uelem.IsAssignable():
		e.line("(*out)[key] = val")
	case uelem.Kind == types.Interface:
		if method := e.interfaceCopy(uelem); method != "" {
			e.w.IfElse("val == nil", setNil, func() { e.line("(*out)[key] = val.%s()", method) })
		}
	case isReferenceKind(uelem):
		e.line("var outVal %s", e.name(uelem))
		e.w.IfElse("val == nil", setNil, func() {
			e.line("in, out := &val, &outVal")
			e.copyValue(elem)
		})
		e.line("(*out)[key] = outVal")
	case uelem.Kind == types.Struct:
		if e.hasCopy(elem) {
			e.line("(*out)[key] = *val.DeepCopy()")
		}
	default:
		e.fail(elem, unsupported(uelem))
	}
}

func (e *emitter) copySlice(t *types.Type) {
	if methodsOf(t).any() {
		e.line("*out = in.DeepCopy()")
		return
	}
	ut := underlying(t)
	elem, uelem := ut.Elem, underlying(ut.Elem)
	e.line("*out = make(%s, len(*in))", e.name(t))
	if uelem.Kind != types.Builtin && !uelem.IsAssignable() || methodsOf(elem).any() {
		e.w.For("i := range *in", func() { e.copySliceElem(elem, uelem) })
		return
	}
	e.line("copy(*out, *in)")
}

func (e *emitter) copySliceElem(elem, uelem *types.Type) {
	switch {
	case methodsOf(elem).any(), uelem.Kind == types.Struct:
		if e.hasCopy(elem) {
			e.line("(*in)[i].DeepCopyInto(&(*out)[i])")
		}
	case isReferenceKind(uelem):
		e.w.If("(*in)[i] != nil", func() {
			e.line("in, out := &(*in)[i], &(*out)[i]")
			e.copyValue(elem)
		})
	case uelem.Kind == types.Interface:
		if method := e.interfaceCopy(uelem); method != "" {
			e.w.If("(*in)[i] != nil", func() { e.line("(*out)[i] = (*in)[i].%s()", method) })
		}
	default:
		e.fail(elem, unsupported(uelem))
	}
}

func (e *emitter) copyStruct(t *types.Type) {
	if methodsOf(t).any() {
		e.line("*out = in.DeepCopy()")
		return
	}
	e.line("*out = *in")
	outer := e.field
	for _, m := range underlying(t).Members {
		if outer == "" {
			e.field = m.Name
		}
		e.copyMember(m)
	}
	e.field = outer
}

func (e *emitter) copyMember(m types.Member) {
	ft, uft, name := m.Type, underlying(m.Type), m.Name
	switch mm := methodsOf(ft); {
	case mm.any():
		e.copyMemberByMethod(name, ft, mm)
	case uft.Kind == types.Builtin:
		// *out = *in already copied it.
	case isReferenceKind(uft):
		e.w.If("in."+name+" != nil", func() {
			e.line("in, out := &in.%s, &out.%s", name, name)
			e.copyValue(ft)
		})
	case uft.Kind == types.Array:
		e.line("out.%s = in.%s", name, name)
	case uft.Kind == types.Struct && ft.IsAssignable():
		e.line("out.%s = in.%s", name, name)
	case uft.Kind == types.Struct:
		if e.hasCopy(ft) {
			e.line("in.%s.DeepCopyInto(&out.%s)", name, name)
		}
	case uft.Kind == types.Interface:
		if method := e.interfaceCopy(uft); method != "" {
			e.w.If("in."+name+" != nil", func() { e.line("out.%s = in.%s.%s()", name, name, method) })
		}
	default:
		e.fail(ft, unsupported(uft))
	}
}

// copyMemberByMethod copies a member whose type has hand-written methods.
// A pointer-typed member cannot have methods in Go, so only the value
// forms occur.
func (e *emitter) copyMemberByMethod(name string, ft *types.Type, m methods) {
	if m.returnsPointer(ft) == (ft.Kind == types.Pointer) {
		e.line("out.%s = in.%s.DeepCopy()", name, name)
		return
	}
	e.line("in.%s.DeepCopyInto(&out.%s)", name, name)
}

func (e *emitter) copyPointer(t *types.Type) {
	elem := underlying(t).Elem
	uelem := underlying(elem)
	switch m := methodsOf(elem); {
	case m.any() && m.returnsPointer(elem):
		e.line("*out = (*in).DeepCopy()")
	case m.any():
		e.line("x := (*in).DeepCopy()")
		e.line("*out = &x")
	case uelem.IsAssignable():
		e.line("*out = new(%s)", e.name(elem))
		e.line("**out = **in")
	case isReferenceKind(uelem):
		e.line("*out = new(%s)", e.name(elem))
		e.w.If("**in != nil", func() {
			e.line("in, out := *in, *out")
			e.copyValue(uelem)
		})
	case uelem.Kind == types.Struct:
		if e.hasCopy(elem) {
			e.line("*out = new(%s)", e.name(elem))
			e.line("(*in).DeepCopyInto(*out)")
		}
	default:
		e.fail(elem, unsupported(uelem))
	}
}

// isReferenceKind reports whether a type (already followed to what it is
// defined as) is a map, slice or pointer.
func isReferenceKind(t *types.Type) bool {
	return t.Kind == types.Map || t.Kind == types.Slice || t.Kind == types.Pointer
}

// hasCopy reports whether the struct t will have a DeepCopyInto to call.
// Upstream calls it regardless and writes code that does not compile when
// t is a type of the package itself that gets no methods (unexported, or
// opted out); that is reported here instead, at the field.
func (e *emitter) hasCopy(t *types.Type) bool {
	if t.Name.Package != e.g.Pkg.Path || e.g.Filter(nil, t) || methodsOf(t).any() {
		return true
	}
	e.fail(t, "that type gets no generated DeepCopyInto (it is unexported, opted out, or not opted in); make it copyable or give it a hand-written DeepCopyInto")
	return false
}
