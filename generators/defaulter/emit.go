package defaulter

import (
	"fmt"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// emitter writes the body of one object defaulter from its call tree.
type emitter struct {
	g *gen
	c *generator.Context
	w *inplace.Writer
	// refs are the ref() defaults as the code names them.
	refs map[*defaultSpec]string
}

// resolveRefs checks that every ref() of the tree names a constant or
// variable, imports its package and records how the code names it, in
// tree order (as upstream does, before writing anything).
func (e *emitter) resolveRefs(n *node, errs *diag.List) {
	if d := n.def; d != nil && d.value.isRef {
		ref := d.value.ref
		pkgPath := ref.Package
		if pkgPath == "" {
			pkgPath = e.g.Pkg.Path
		}
		if err := e.symbolExists(pkgPath, ref.Name); err != nil {
			errs.Addf(d.at, "+%s=ref(%s): %v", tagDefault, ref.String(), err)
		}
		e.g.Tracker.AddSymbol(ref)
		ref.Package = e.g.Tracker.LocalNameOf(ref.Package)
		e.refs[d] = ref.String()
	}
	for _, child := range n.children {
		e.resolveRefs(child, errs)
	}
}

// symbolExists reports, as an error, a package without the named constant
// or variable.
func (e *emitter) symbolExists(pkgPath, name string) error {
	if err := e.g.plan.Require(pkgPath); err != nil {
		return fmt.Errorf("cannot load package %s", pkgPath)
	}
	pkg, ok := e.c.Universe[pkgPath]
	if !ok {
		return fmt.Errorf("cannot load package %s", pkgPath)
	}
	if _, ok := pkg.Constants[name]; ok {
		return nil
	}
	if _, ok := pkg.Variables[name]; ok {
		return nil
	}
	return fmt.Errorf("package %s has no constant or variable %s", pkgPath, name)
}

// varsForDepth names the loop index and local variable of a nesting depth.
func varsForDepth(depth int) (index, local string) {
	const indexes, locals = "ijklmnop", "abcdefgh"
	if depth >= len(indexes) {
		return fmt.Sprintf("i%d", depth), fmt.Sprintf("local%d", depth)
	}
	return indexes[depth : depth+1], locals[depth : depth+1]
}

// method writes what node n does to the value named varName: loops over
// slices and maps, nil checks of pointers, calls and defaults.
func (e *emitter) method(n *node, varName string, depth int, ancestors []*node) {
	if n.field != "" {
		varName += "." + n.field
	}
	index, local := varsForDepth(depth)
	isPointer := n.elem && !n.index
	if isPointer && len(ancestors) > 0 {
		e.w.Line("if %s != nil {", varName)
		defer e.w.Line("}")
	}
	inner := append(ancestors, n)
	switch {
	case n.index:
		e.w.For(index+" := range "+varName, func() {
			switch {
			case n.markerOnly:
			case n.elem:
				e.w.Line("%s := %s[%s]", local, varName, index)
			default:
				e.w.Line("%s := &%s[%s]", local, varName, index)
			}
			e.setDefault(n, varName, index, isPointer)
			e.calls(n, local, true)
			for _, child := range n.children {
				e.method(child, local, depth+1, inner)
			}
		})
	case n.key:
		if n.def == nil {
			return // map values cannot be defaulted in place
		}
		if len(ancestors) > 0 {
			index += "_" + ancestors[len(ancestors)-1].field
		}
		e.w.For(index+" := range "+varName, func() { e.setDefault(n, varName, index, isPointer) })
	default:
		e.setDefault(n, varName, index, isPointer)
		e.calls(n, varName, isPointer)
		for _, child := range n.children {
			e.method(child, varName, depth, inner)
		}
	}
}

// calls writes the calls of n on the value named varName.
func (e *emitter) calls(n *node, varName string, isPointer bool) {
	if !isPointer {
		varName = "&" + varName
	}
	for _, fn := range n.calls {
		e.w.Line("%s(%s)", e.g.Raw.Name(fn), varName)
	}
}

// setDefault writes the assignment of n's default, if it has one, when the
// value is empty.
func (e *emitter) setDefault(n *node, varName, index string, isPointer bool) {
	d := n.def
	if d == nil {
		return
	}
	value := d.value.literal
	if d.value.isRef {
		value = e.refs[d]
	}
	target := varName
	if n.index || n.key {
		target = varName + "[" + index + "]"
	}
	switch {
	case d.primitive && len(pointerPath(d.top)) > 0:
		e.pointerDefault(d, target, value)
	case d.primitive:
		e.valueDefault(d, target, value)
	case d.base.Kind == types.Unsupported && len(pointerPath(d.top)) == 0:
		_, err := zeroLiteral(d.base.String())
		e.w.Fail(d.at, "%v", err)
	case !nilable(d.base) && len(pointerPath(d.top)) == 0:
		e.w.Fail(d.at, "+%s on a %s value cannot be applied: defaulter-gen would compare it with nil, and %s is never nil; make the field a pointer (*%s)",
			tagDefault, typeName(d.top), kindName(d.base), typeName(d.top))
	default:
		e.jsonDefault(n, varName, index, target, value, isPointer)
	}
}

// pointerDefault sets a pointer (to pointers) to a primitive, when nil.
func (e *emitter) pointerDefault(d *defaultSpec, target, value string) {
	path := pointerPath(d.top)
	elem := path[len(path)-1]
	e.w.If(target+" == nil", func() {
		if d.value.isRef {
			e.w.Line("ptrVar%d := %s(%s)", len(path), e.g.Raw.Name(elem), value)
		} else {
			e.w.Line("var ptrVar%d %s = %s", len(path), e.g.Raw.Name(elem), value)
		}
		for i := len(path); i >= 1; i-- {
			dest, assign := fmt.Sprintf("ptrVar%d", i-1), ":="
			if i == 1 {
				dest, assign = target, "="
			}
			source := "*" + elem.String()
			if i == len(path) {
				source = elem.String()
			}
			elem = path[i-1]
			if elem.String() == source {
				e.w.Line("%s %s &ptrVar%d", dest, assign, i)
			} else {
				e.w.Line("%s %s (*%s)(&ptrVar%d)", dest, assign, e.g.Raw.Name(elem), i)
			}
		}
	})
}

// valueDefault sets a primitive value, when it is its zero value.
func (e *emitter) valueDefault(d *defaultSpec, target, value string) {
	zero, err := zeroLiteral(d.base.String())
	if err != nil {
		e.w.Fail(d.at, "%v", err)
		return
	}
	e.w.If(target+" == "+zero, func() {
		if d.value.isRef {
			e.w.Line("%s = %s(%s)", target, e.g.Raw.Name(d.top), value)
		} else {
			e.w.Line("%s = %s", target, value)
		}
	})
}

// jsonDefault unmarshals the default into a nil slice, map or pointer.
func (e *emitter) jsonDefault(n *node, varName, index, target, value string, isPointer bool) {
	unmarshal := e.g.Raw.Name(e.c.Universe.Type(types.Name{Package: jsonPackage, Name: "Unmarshal"}))
	e.w.If(target+" == nil", func() {
		if n.key {
			tmp := index + "_default"
			e.w.Line("%s := %s[%s]", tmp, varName, index)
			e.w.Line("if err := %s([]byte(`%s`), &%s); err != nil {", unmarshal, value, tmp)
		} else {
			ptr := target
			if !isPointer {
				ptr = "&" + ptr
			}
			e.w.Line("if err := %s([]byte(`%s`), %s); err != nil {", unmarshal, value, ptr)
		}
		e.w.Line("panic(err)")
		e.w.Line("}")
		if n.key {
			e.w.Line("%s[%s] = %s", varName, index, index+"_default")
		}
	})
}

// nilable reports whether a value of type t can be compared with nil.
func nilable(t *types.Type) bool {
	switch t.Kind {
	case types.Pointer, types.Slice, types.Map, types.Interface, types.Func, types.Chan:
		return true
	}
	return false
}

// typeName names t for a message: its name without its package's path.
func typeName(t *types.Type) string {
	if t.Name.Package != "" {
		return t.Name.Name
	}
	return t.String()
}

// kindName describes, with its article, the kind of a value that is never
// nil.
func kindName(t *types.Type) string {
	switch t.Kind {
	case types.Struct:
		return "a struct"
	case types.Array:
		return "an array"
	}
	return "a " + typeName(t)
}
