package conversion

import "k8s.io/gengo/v2/types"

// equality decides whether a value of one type can be reinterpreted as
// another through unsafe.Pointer: the same memory layout, recursively,
// and no hand-written conversion in between. Answers are cached per pair,
// except those that assumed equality to break a cycle.
type equality struct {
	// off is --skip-unsafe: nothing is equal.
	off   bool
	cache map[pair]bool
}

func newEquality(off bool) equality { return equality{off: off, cache: map[pair]bool{}} }

// block records that a and b (either way) must never be cast.
func (e equality) block(a, b *types.Type) {
	e.cache[pair{a, b}] = false
	e.cache[pair{b, a}] = false
}

// same reports whether a value of a can be cast to b.
func (e equality) same(a, b *types.Type) bool {
	if e.off {
		return false
	}
	equal, _ := e.cached(a, b, nil)
	return equal
}

// cached answers from the cache, or computes and caches the answer when
// it does not rest on an assumption made for a cycle (final is false).
func (e equality) cached(a, b *types.Type, visiting []*types.Type) (equal, final bool) {
	if a == b {
		return true, true
	}
	if v, ok := e.cache[pair{a, b}]; ok {
		return v, true
	}
	if v, ok := e.cache[pair{b, a}]; ok {
		return v, true
	}
	equal, final = e.compute(a, b, visiting)
	if final {
		e.cache[pair{a, b}] = equal
		e.cache[pair{b, a}] = equal
	}
	return equal, final
}

// compute compares the layouts of a and b, under their aliases.
func (e equality) compute(a, b *types.Type, visiting []*types.Type) (equal, final bool) {
	in, out := underAlias(a), underAlias(b)
	if in == out {
		return true, true
	}
	if in.Kind != out.Kind {
		return false, true
	}
	for _, v := range visiting {
		if v == in {
			return true, false
		}
	}
	visiting = append(visiting, in)
	switch in.Kind {
	case types.Struct:
		return e.members(in, out, visiting)
	case types.Pointer, types.Slice:
		return e.cached(in.Elem, out.Elem, visiting)
	case types.Map:
		keys, keysFinal := e.cached(in.Key, out.Key, visiting)
		elems, elemsFinal := e.cached(in.Elem, out.Elem, visiting)
		return keys && elems, keysFinal && elemsFinal
	case types.Builtin:
		return in.Name.Name == out.Name.Name, true
	}
	// Interfaces (and anything else) are never assumed to match.
	return false, true
}

// members compares two structs field by field, in order.
func (e equality) members(in, out *types.Type, visiting []*types.Type) (equal, final bool) {
	if len(in.Members) != len(out.Members) {
		return false, true
	}
	final = true
	for i := range in.Members {
		eq, f := e.cached(in.Members[i].Type, out.Members[i].Type, visiting)
		if !eq {
			return false, true
		}
		final = final && f
	}
	return true, final
}

// underAlias returns the type under any chain of named non-struct types.
func underAlias(t *types.Type) *types.Type {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t
}
