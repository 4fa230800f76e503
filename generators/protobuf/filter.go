package protobuf

import (
	"fmt"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"
)

// isOptionalAlias reports whether t is a named slice or map tagged
// +protobuf.nullable=true: a message of its own with one field, items.
// (checkTags has reported a value that is not a boolean.)
func isOptionalAlias(t *types.Type) bool {
	if t.Underlying == nil || (t.Underlying.Kind != types.Map && t.Underlying.Kind != types.Slice) {
		return false
	}
	on, _ := gengo.ExtractSingleBoolCommentTag("+", "protobuf.nullable", false, t.CommentLines)
	return on
}

// inFile reports whether t gets a message in p's file: it is one of p's
// types, of a kind a message can be made of, and, unless tagged
// +protobuf=true, p generates all types and t has a field protobuf can
// hold.
func (p *protoPackage) inFile(t *types.Type) (bool, error) {
	if !p.kindFits(t) {
		return false, nil
	}
	if v, ok := gengo.ExtractCommentTags("+", t.CommentLines)["protobuf"]; ok {
		switch v[0] {
		case "false":
			return false, nil
		case "true":
			return true, nil
		}
		return false, fmt.Errorf("+protobuf=%s: the value must be true or false", v[0])
	}
	return p.allTypes && protoable(map[*types.Type]bool{}, t), nil
}

// kindFits is upstream's target filter: structs and nullable aliases
// among p's types.
func (p *protoPackage) kindFits(t *types.Type) bool {
	switch t.Kind {
	case types.Func, types.Chan, types.Builtin, types.Slice, types.Array, types.Map, types.Pointer:
		return false
	case types.Struct:
		if t.Name.Name == "struct{}" {
			return false
		}
	case types.Alias:
		if !isOptionalAlias(t) {
			return false
		}
	}
	if _, ok := fundamental(t); ok {
		return false
	}
	return p.types[t.Name]
}

// protoable reports whether t can be expressed in protobuf: a struct when
// any of its members can (or it has none).
func protoable(seen map[*types.Type]bool, t *types.Type) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch t.Kind {
	case types.Builtin:
		return true
	case types.Alias:
		return protoable(seen, t.Underlying)
	case types.Slice, types.Pointer:
		return protoable(seen, t.Elem)
	case types.Map:
		return protoable(seen, t.Key) && protoable(seen, t.Elem)
	case types.Struct:
		if len(t.Members) == 0 {
			return true
		}
		for _, m := range t.Members {
			if protoable(seen, m.Type) {
				return true
			}
		}
	}
	return false
}
