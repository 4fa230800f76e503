package conversion

import (
	"fmt"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"
)

// assignable reports whether a value of in is assigned to out as it is
// (with a conversion to out's name at most): in is assignable and either
// primitive or of out's package.
func assignable(in, out *types.Type) bool {
	return in.IsAssignable() && (in.IsPrimitive() || in.Name.Package == out.Name.Package)
}

// mapBody converts the map *in into a new map *out.
func (e *emitter) mapBody(in, out *types.Type, f *field) {
	e.w.Line("*out = make(%s, len(*in))", e.g.Raw.Name(out))
	if !assignable(in.Key, out.Key) {
		klog.Warningf("%s: the keys of %s cannot be converted to those of %s; conversion-gen leaves the map empty", e.g.Pkg.Path, in, out)
		e.w.For("range *in", func() {
			e.w.Line("// FIXME: Converting unassignable keys unsupported %s", e.g.Raw.Name(in.Key))
		})
		return
	}
	key := "key"
	if in.Key != out.Key {
		key = e.g.Raw.Name(out.Key) + "(key)"
	}
	e.w.For("key, val := range *in", func() {
		if assignable(in.Elem, out.Elem) {
			val := "val"
			if in.Elem != out.Elem {
				val = e.g.Raw.Name(out.Elem) + "(val)"
			}
			e.w.Line("(*out)[%s] = %s", key, val)
			return
		}
		if e.mapValue(in.Elem, out.Elem, f) {
			e.w.Line("(*out)[%s] = *newVal", key)
		}
	})
}

// mapValue converts one map value val into *newVal, and reports whether
// it could.
func (e *emitter) mapValue(in, out *types.Type, f *field) bool {
	if fn, ok := e.g.plan.lookup(in, out); ok {
		e.w.Line("newVal := new(%s)", e.g.Raw.Name(out))
		e.returnErr(fmt.Sprintf("%s(&val, newVal, s)", e.g.Raw.Name(fn)))
		return true
	}
	if fn, ok := e.g.plan.lookupPointers(in, out); ok {
		e.w.Line("newVal := new(%s)", e.g.Raw.Name(out))
		e.w.If("val != nil", func() {
			e.w.Line("*newVal = new(%s)", e.g.Raw.Name(out.Elem))
			e.returnErr(fmt.Sprintf("%s(val, *newVal, s)", e.g.Raw.Name(fn)))
		})
		return true
	}
	if e.g.generates(in, out) {
		e.w.Line("newVal := new(%s)", e.g.Raw.Name(out))
		e.returnErr(fmt.Sprintf("%s(&val, newVal, s)", e.g.convName(in, out)))
		return true
	}
	e.missing(f, in, out)
	return false
}

// returnErr writes a call that returns its error.
func (e *emitter) returnErr(call string) {
	e.w.If("err := "+call+"; err != nil", func() { e.w.Line("return err") })
}

// sliceBody converts the slice *in into a new slice *out.
func (e *emitter) sliceBody(in, out *types.Type, f *field) {
	e.w.Line("*out = make(%s, len(*in))", e.g.Raw.Name(out))
	if in.Elem == out.Elem && in.Elem.Kind == types.Builtin {
		e.w.Line("copy(*out, *in)")
		return
	}
	e.w.For("i := range *in", func() {
		switch {
		case assignable(in.Elem, out.Elem):
			e.assign("(*out)[i]", "(*in)[i]", in.Elem, out.Elem)
		default:
			e.sliceItem(in.Elem, out.Elem, f)
		}
	})
}

// sliceItem converts (*in)[i] into (*out)[i].
func (e *emitter) sliceItem(in, out *types.Type, f *field) {
	if fn, ok := e.g.plan.lookup(in, out); ok {
		e.returnErr(fmt.Sprintf("%s(&(*in)[i], &(*out)[i], s)", e.g.Raw.Name(fn)))
		return
	}
	if fn, ok := e.g.plan.lookupPointers(in, out); ok {
		e.w.If("(*in)[i] != nil", func() {
			e.w.Line("(*out)[i] = new(%s)", e.g.Raw.Name(out.Elem))
			e.returnErr(fmt.Sprintf("%s((*in)[i], (*out)[i], s)", e.g.Raw.Name(fn)))
		})
		return
	}
	if e.g.generates(in, out) {
		e.returnErr(fmt.Sprintf("%s(&(*in)[i], &(*out)[i], s)", e.g.convName(in, out)))
		return
	}
	e.missing(f, in, out)
}

// pointerBody converts the pointer *in into a new pointer *out.
func (e *emitter) pointerBody(in, out *types.Type, f *field) {
	e.w.Line("*out = new(%s)", e.g.Raw.Name(out.Elem))
	if assignable(in.Elem, out.Elem) {
		e.assign("**out", "**in", in.Elem, out.Elem)
		return
	}
	if fn, ok := e.g.plan.lookup(in.Elem, out.Elem); ok {
		e.returnErr(fmt.Sprintf("%s(*in, *out, s)", e.g.Raw.Name(fn)))
		return
	}
	if e.g.generates(in.Elem, out.Elem) {
		e.returnErr(fmt.Sprintf("%s(*in, *out, s)", e.g.convName(in.Elem, out.Elem)))
		return
	}
	e.missing(f, in.Elem, out.Elem)
}
