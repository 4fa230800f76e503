package conversion

import "k8s.io/gengo/v2/types"

// builtinClass groups the builtin types by what Go converts them to.
type builtinClass int

const (
	// classOther is a builtin conversion-gen does not know (unsafe.Pointer,
	// say): its casts are left to the compiler, as upstream leaves them.
	classOther builtinClass = iota
	classInteger
	classFloat
	classComplex
	classString
	classBool
)

// classOf returns the class of a builtin type by its name.
func classOf(t *types.Type) builtinClass {
	switch t.Name.Name {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune":
		return classInteger
	case "float", "float32", "float64":
		return classFloat
	case "complex64", "complex128":
		return classComplex
	case "string":
		return classString
	case "bool":
		return classBool
	}
	return classOther
}

// castCompiles reports whether out(x), for x of type in, compiles when
// one of them is a builtin or both are structs, under their names: Go
// converts numbers into numbers, integers into strings, otherwise a
// builtin only into its own class, and a struct into one of the same
// fields. Any other pair is answered true, and left to the code that casts
// it.
func castCompiles(in, out *types.Type) bool {
	a, b := underAlias(in), underAlias(out)
	if a.Kind == types.Struct && b.Kind == types.Struct {
		return sameFields(a, b)
	}
	if a.Kind != types.Builtin && b.Kind != types.Builtin {
		return true
	}
	if a.Kind != types.Builtin || b.Kind != types.Builtin {
		return mixedCompiles(a, b)
	}
	ca, cb := classOf(a), classOf(b)
	switch {
	case ca == classOther || cb == classOther || ca == cb:
		return true
	case ca == classInteger || ca == classFloat:
		return cb == classFloat || cb == classInteger || (ca == classInteger && cb == classString)
	}
	return false
}

// sameFields reports whether Go converts struct a into struct b: the same
// fields, by name, embedding and type, in the same order (tags aside).
func sameFields(a, b *types.Type) bool {
	if a == b {
		return true
	}
	if len(a.Members) != len(b.Members) {
		return false
	}
	for i, m := range a.Members {
		n := b.Members[i]
		if m.Name != n.Name || m.Embedded != n.Embedded || m.Type != n.Type {
			return false
		}
	}
	return true
}

// mixedCompiles reports whether a cast between a builtin and a type that
// is not one compiles: never into or from a struct, map or pointer, unless
// the builtin is one conversion-gen does not know; a slice (string and
// []byte) or an interface is left to the compiler.
func mixedCompiles(a, b *types.Type) bool {
	builtin, other := a, b
	if a.Kind != types.Builtin {
		builtin, other = b, a
	}
	switch other.Kind {
	case types.Struct, types.Map, types.Pointer:
		return classOf(builtin) == classOther
	}
	return true
}

// castConflict returns, for the types of a field and its peer (of one
// kind under their names), the two types the field's conversion would
// cast one into the other where Go cannot (builtins, or structs of one
// package): the field's own, or those of the keys, values or elements its
// map, slice or pointer copies by a cast. It mirrors where byKind and its
// helpers write a cast.
func castConflict(in, out *types.Type) (from, to *types.Type, ok bool) {
	check := func(a, b *types.Type) bool {
		from, to = a, b
		return a != b && !castCompiles(a, b)
	}
	ia, oa := underAlias(in), underAlias(out)
	switch ia.Kind {
	case types.Builtin:
		ok = check(in, out)
	case types.Map:
		ok = (assignable(ia.Key, oa.Key) && check(ia.Key, oa.Key)) ||
			(assignable(ia.Elem, oa.Elem) && check(ia.Elem, oa.Elem))
	case types.Slice, types.Pointer:
		ok = assignable(ia.Elem, oa.Elem) && check(ia.Elem, oa.Elem)
	}
	return from, to, ok
}
