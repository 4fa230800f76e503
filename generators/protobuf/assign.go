package protobuf

import (
	"reflect"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// assignTypes decides, package by package in import order, which types
// each package's messages are: its own, and those it reaches that no
// earlier package owns; a type another package owns is imported. order is
// the universe's types in gengo's order.
func assignTypes(order []*types.Type, pkgs []*protoPackage) {
	global := map[types.Name]*protoPackage{}
	for _, p := range pkgs {
		a := &assigner{p: p, global: global, local: map[types.Name]bool{}, optional: map[types.Name]bool{}}
		p.imports = newImportSet(p.name)
		for _, t := range order {
			if t.Name.Package == p.path && applicable(t) {
				a.walk(t)
			}
		}
		p.types, p.localNames, p.optional = a.local, map[string]bool{}, map[string]bool{}
		for n := range a.local {
			p.localNames[n.Name] = true
			if a.optional[n] {
				p.optional[n.Name] = true
			}
		}
	}
}

// applicable reports whether t can become a message: not a function, not
// private.
func applicable(t *types.Type) bool {
	if t.Kind == types.Func || (t.Kind == types.DeclarationOf && t.Underlying.Kind == types.Func) {
		return false
	}
	return !namer.IsPrivateGoName(t.Name.Name)
}

// assigner walks the types one package reaches.
type assigner struct {
	p *protoPackage
	// global maps each type to the package that owns it.
	global map[types.Name]*protoPackage
	// local are the types the package's file holds.
	local map[types.Name]bool
	// optional are the nullable aliases among them.
	optional map[types.Name]bool
}

// walk assigns t, and what it reaches, to the package; it does not go
// into protobuf types.
func (a *assigner) walk(t *types.Type) {
	proto, isProto := fundamental(t)
	if isProto {
		t = proto
	}
	if owner, ok := a.global[t.Name]; ok {
		if !a.local[t.Name] {
			a.p.imports.add(owner.protoTypeName())
		}
		return
	}
	if t.Name.Package == a.p.path {
		a.global[t.Name] = a.p
	}
	if a.local[t.Name] {
		return
	}
	if isProto {
		a.p.imports.add(t.Name)
		return
	}
	a.local[t.Name] = true
	a.walkMembers(t)
	for _, next := range []*types.Type{t.Elem, t.Key} {
		if next != nil {
			a.walk(next)
		}
	}
	if t.Underlying != nil {
		if t.Kind == types.Alias && isOptionalAlias(t) {
			a.optional[t.Name] = true
		}
		a.walk(t.Underlying)
	}
}

// walkMembers walks the types of t's exported members, or the type a
// member's protobuf tag names instead.
func (a *assigner) walkMembers(t *types.Type) {
	for _, m := range t.Members {
		if namer.IsPrivateGoName(m.Name) {
			continue
		}
		tag := reflect.StructTag(m.Tags).Get("protobuf")
		if tag == "-" {
			continue
		}
		f := &field{}
		if err := readProtobufTag(tag, f, m, t, a.p.protoTypeName()); err == nil && f.typ != nil {
			a.walk(f.typ)
			continue
		}
		a.walk(m.Type)
	}
}
