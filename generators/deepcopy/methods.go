package deepcopy

import (
	"fmt"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// methods describes the deep-copy methods a type's author wrote by hand.
type methods struct {
	deepCopy     *types.Signature // func (T|*T) DeepCopy() T|*T
	deepCopyInto *types.Signature // func (T|*T) DeepCopyInto(*T)
}

// any reports whether either method exists.
func (m methods) any() bool { return m.deepCopy != nil || m.deepCopyInto != nil }

// returnsPointer reports whether the copy the methods give is a pointer:
// DeepCopy's result decides; with only DeepCopyInto, a non-reference type
// gets a pointer from its generated DeepCopy.
func (m methods) returnsPointer(t *types.Type) bool {
	if m.deepCopy != nil {
		return m.deepCopy.Results[0].Type.Kind == types.Pointer
	}
	return !isReference(t)
}

// handWritten returns t's hand-written deep-copy methods, or an error
// saying how a wrong signature should be written.
func handWritten(t *types.Type) (methods, error) {
	var m methods
	if f, ok := t.Methods["DeepCopy"]; ok {
		if err := checkDeepCopy(t, f.Signature); err != nil {
			return m, err
		}
		m.deepCopy = f.Signature
	}
	if f, ok := t.Methods["DeepCopyInto"]; ok {
		if err := checkDeepCopyInto(t, f.Signature); err != nil {
			return m, err
		}
		m.deepCopyInto = f.Signature
	}
	return m, nil
}

func checkDeepCopy(t *types.Type, sig *types.Signature) error {
	n := t.Name.Name
	want := fmt.Sprintf("want func (in *%s) DeepCopy() *%s or func (in %s) DeepCopy() %s", n, n, n, n)
	if len(sig.Parameters) != 0 || len(sig.Results) != 1 {
		return fmt.Errorf("type %s has a DeepCopy method with the wrong signature (%s)", n, want)
	}
	res := sig.Results[0].Type
	ptrResult := res.Kind == types.Pointer && res.Elem.Name == t.Name
	valResult := res.Name == t.Name
	ptrRecv := sig.Receiver != nil && sig.Receiver.Kind == types.Pointer && sig.Receiver.Elem.Name == t.Name
	valRecv := sig.Receiver != nil && sig.Receiver.Name == t.Name
	if (!ptrResult && !valResult) || (ptrRecv && !ptrResult) || (valRecv && !valResult) {
		return fmt.Errorf("type %s has a DeepCopy method with the wrong signature (%s)", n, want)
	}
	return nil
}

func checkDeepCopyInto(t *types.Type, sig *types.Signature) error {
	n := t.Name.Name
	if len(sig.Parameters) != 1 || len(sig.Results) != 0 {
		return fmt.Errorf("type %s has a DeepCopyInto method with the wrong signature (want func (in *%s) DeepCopyInto(out *%s))", n, n, n)
	}
	p := sig.Parameters[0].Type
	if p.Kind != types.Pointer || p.Elem.Name != t.Name {
		return fmt.Errorf("type %s has a DeepCopyInto method whose parameter is not *%s", n, n)
	}
	return nil
}

// methodsOf is handWritten for types whose methods were already checked (or
// belong to other packages, where a wrong signature is not ours to report):
// a wrong signature counts as no method.
func methodsOf(t *types.Type) methods {
	m, err := handWritten(t)
	if err != nil {
		return methods{}
	}
	return m
}

// isReference reports whether t is a pointer, map or slice, or a named
// type over one: such types get value receivers.
func isReference(t *types.Type) bool {
	switch underlying(t).Kind {
	case types.Pointer, types.Map, types.Slice:
		return true
	}
	return false
}

// underlying follows named non-struct types (gengo's Alias kind) down to
// the type they are defined as.
func underlying(t *types.Type) *types.Type {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t
}

// copyable reports whether deepcopy-gen generates for t when asked to:
// exported structs, and exported named maps, slices and pointers, or named
// builtins with hand-written methods; never a type tagged =false.
func (g *plan) copyable(t *types.Type) bool {
	if g.tags.typeMode(t) == modeFalse || namer.IsPrivateGoName(t.Name.Name) {
		return false
	}
	switch t.Kind {
	case types.Struct:
		return true
	case types.Alias:
		return methodsOf(t).any() || t.Underlying.Kind != types.Builtin
	}
	return false
}
