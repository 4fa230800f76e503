package validation

import (
	"strings"

	"k8s.io/gengo/v2/types"
)

// nativeType is t without its defined types, keeping its pointers: for
// `type X []int`, *X is *[]int.
func nativeType(t *types.Type) *types.Type {
	ptrs := 0
	for {
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
			continue
		case types.Pointer:
			ptrs++
			t = t.Elem
			continue
		}
		break
	}
	for range ptrs {
		t = types.PointerTo(t)
	}
	return t
}

// nonPointer is the type t points to, through every pointer.
func nonPointer(t *types.Type) *types.Type {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	return t
}

// nilable reports whether a value of t can be nil.
func nilable(t *types.Type) bool {
	switch nativeType(t).Kind {
	case types.Pointer, types.Map, types.Slice, types.Interface:
		return true
	}
	return false
}

// directlyComparable reports whether values of t compare with == for
// what they hold (pointers do not: they compare addresses).
func directlyComparable(t *types.Type) bool {
	switch t.Kind {
	case types.Builtin:
		return true
	case types.Struct:
		for _, m := range t.Members {
			if !directlyComparable(m.Type) {
				return false
			}
		}
		return true
	case types.Array:
		return directlyComparable(t.Elem)
	case types.Alias:
		return directlyComparable(t.Underlying)
	}
	return false
}

// leafAndPrefixes returns the value type under t's pointers, the prefix
// that makes that type nilable ("*" or ""), and the prefix that turns an
// expression of type t into one of the nilable type ("&", "", "*"...).
func leafAndPrefixes(t *types.Type) (leaf *types.Type, typePfx, exprPfx string) {
	ptrs := 0
	for leaf = t; leaf.Kind == types.Pointer; leaf = leaf.Elem {
		ptrs++
	}
	if nilable(leaf) {
		return leaf, "", strings.Repeat("*", ptrs)
	}
	if ptrs == 0 {
		return leaf, "*", "&"
	}
	return leaf, "*", strings.Repeat("*", ptrs-1)
}

// unsupported says why validation-gen cannot handle values of t, or "".
func unsupported(t *types.Type) string {
	switch t.Kind {
	case types.Builtin, types.Struct, types.Interface:
		return ""
	case types.Alias:
		if t.Underlying.Kind == types.Pointer {
			return "typedefs to pointers are not supported"
		}
		return ""
	case types.Pointer:
		switch nativeType(t.Elem).Kind {
		case types.Pointer:
			return "pointers to pointers are not supported"
		case types.Slice, types.Array:
			return "pointers to lists are not supported"
		case types.Map:
			return "pointers to maps are not supported"
		}
		return ""
	case types.Array:
		return "fixed-size arrays are not supported"
	case types.Slice:
		return unsupportedElem(nativeType(t.Elem))
	case types.Map:
		if nativeType(t.Key) != types.String {
			return "maps with non-string keys are not supported"
		}
		switch nativeType(t.Elem).Kind {
		case types.Pointer:
			return "maps of pointers are not supported"
		case types.Map:
			return "maps of maps are not supported"
		}
		return ""
	}
	return "kind " + string(t.Kind) + " is not supported"
}

// unsupportedElem says why a list of elem is not supported, or "".
func unsupportedElem(elem *types.Type) string {
	switch elem.Kind {
	case types.Slice:
		if nativeType(elem.Elem) != types.Byte {
			return "lists of lists are not supported"
		}
	case types.Map:
		return "lists of maps are not supported"
	}
	return ""
}

// mapOfSlices reports whether t's values are a map of slices, which
// validations cannot be attached to.
func mapOfSlices(t *types.Type) bool {
	nt := nonPointer(nativeType(t))
	return nt.Kind == types.Map && nt.Elem.Kind == types.Slice
}
