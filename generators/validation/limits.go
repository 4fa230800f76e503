package validation

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// limit is the handler of a tag that bounds a value: its function, the
// values it applies to, and whether it short-circuits (the bounds of a
// collection's size, which later validations must not iterate past).
func limit(fn string, applies func(t *types.Type) string, shortCircuit bool, max int, errType, origin string) tagHandler {
	return func(ctx tagContext, tag codetags.Tag) (validations, error) {
		if why := applies(ctx.t); why != "" {
			return validations{}, fmt.Errorf("can only be used on %s (%s)", why, typeChain(ctx.t))
		}
		n, err := canonicalInt(tag.Value)
		if err != nil {
			return validations{}, err
		}
		if n < 0 {
			return validations{}, fmt.Errorf("%d: the value must be zero or more", n)
		}
		if max > 0 && n > max {
			return validations{}, fmt.Errorf("%d: the value must be at most %d", n, max)
		}
		if fn == "MinLength" && n == 0 {
			return validations{}, nil // documents that no minimum applies
		}
		c := call{fn: validateFn(fn), args: []any{n}, shortCircuit: shortCircuit}
		return validations{calls: []call{c.emitting(errType, origin, "")}}, nil
	}
}

// typeChain names t and, when it differs, the type validations see.
func typeChain(t *types.Type) string {
	nt := nonPointer(nativeType(t))
	if nt == t {
		return t.String()
	}
	return t.String() + " -> " + nt.String()
}

// canonicalInt parses an integer written as Go would print it.
func canonicalInt(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || strconv.Itoa(n) != s {
		return 0, fmt.Errorf("%q is not an integer written plainly (e.g. 10)", s)
	}
	return n, nil
}

// Which values each bound applies to; "" when it applies to t.
func onStrings(t *types.Type) string {
	if nonPointer(nativeType(t)) != types.String {
		return "string types"
	}
	return ""
}

func onLists(t *types.Type) string {
	if k := nativeType(t).Kind; k != types.Slice && k != types.Array {
		return "list types"
	}
	return ""
}

func onMaps(t *types.Type) string {
	nt := nativeType(t)
	if nt.Kind != types.Map {
		return "map types"
	}
	if k := nativeType(nt.Key); k.Kind != types.Builtin || k.Name.Name != "string" {
		return "map types with string-based keys"
	}
	return ""
}

// bound is the handler of +k8s:minimum or +k8s:maximum, whose value must
// fit the integer type it bounds.
func bound(fn string) tagHandler {
	return func(ctx tagContext, tag codetags.Tag) (validations, error) {
		t := nonPointer(nativeType(ctx.t))
		bits := intBits(t)
		if bits == 0 {
			return validations{}, fmt.Errorf("can only be used on integer types (%s)", typeChain(ctx.t))
		}
		var v any
		if unsigned(t) {
			n, err := strconv.ParseUint(tag.Value, 10, bits)
			if err != nil || strconv.FormatUint(n, 10) != tag.Value {
				return validations{}, fmt.Errorf("%q is not a %s (0 to %d)", tag.Value, t.Name.Name, uint64(math.MaxUint64)>>(64-bits))
			}
			v = n
		} else {
			n, err := strconv.ParseInt(tag.Value, 10, bits)
			if err != nil || strconv.FormatInt(n, 10) != tag.Value {
				return validations{}, fmt.Errorf("%q is not a %s (%d to %d)", tag.Value, t.Name.Name, int64(-1)<<(bits-1), int64(math.MaxInt64)>>(64-bits))
			}
			v = n
		}
		c := call{fn: validateFn(fn), args: []any{v}}
		return validations{calls: []call{c.emitting("FieldValueInvalid", strings.ToLower(fn), "")}}, nil
	}
}

// intBits is the size of an integer type, 0 for any other type.
func intBits(t *types.Type) int {
	switch t {
	case types.Byte:
		return 8
	case types.Int16, types.Uint16:
		return 16
	case types.Int32, types.Uint32:
		return 32
	case types.Int64, types.Uint64:
		return 64
	case types.Int, types.Uint:
		return strconv.IntSize
	}
	return 0
}

func unsigned(t *types.Type) bool {
	switch t {
	case types.Uint, types.Uint64, types.Uint32, types.Uint16, types.Byte:
		return true
	}
	return false
}
