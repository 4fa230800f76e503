package openapi

import (
	"reflect"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// rule is one API rule: it returns the fields of t that violate it.
type rule struct {
	name string
	// doc says what the rule asks for, in errors.
	doc   string
	check func(t *types.Type) []string
}

// apiRules returns upstream's API rules, in its order.
func apiRules() []rule {
	listType := declareTags().extensions["listType"]
	listTypeMissing := func(t *types.Type) []string { return listTypeMissing(t, listType) }
	return []rule{
		{"names_match", "the JSON name must be the Go name with a lower-case first letter, without _ or -", namesMatch},
		{"omitempty_match_case", "omitempty must be written in lower case", omitemptyCase},
		{"list_type_missing", "a slice field needs a +listType (an Items list of a list type must not have one)", listTypeMissing},
		{"streaming_list_type_field_order", "a list type's fields must be TypeMeta, ListMeta and Items, in this order", listFieldOrder},
		{"streaming_list_type_json_tags", `a list type's fields must have the json tags ",inline", "metadata,omitempty" and "items"`, listJSONTags},
		{"streaming_list_type_proto_tags", `a list type's ListMeta and Items must have the protobuf tags "bytes,1,opt,name=metadata" and "bytes,2,rep,name=items", TypeMeta none`, listProtoTags},
	}
}

// namesMatch returns the fields whose JSON name is not their Go name
// with a lower-case first letter.
func namesMatch(t *types.Type) []string {
	var out []string
	for _, m := range structMembers(t) {
		tag, ok := reflect.StructTag(m.Tags).Lookup("json")
		switch {
		case !ok:
			out = append(out, m.Name)
		case tag == "-":
		case !jsonNameOK(m, strings.Split(tag, ",")[0]):
			out = append(out, m.Name)
		}
	}
	return out
}

// jsonNameOK reports whether field m may be named name in JSON.
func jsonNameOK(m types.Member, name string) bool {
	if name == "" { // only an inlined struct has no name
		return m.Type.Kind == types.Struct || m.Type.Kind == types.Pointer && m.Type.Elem.Kind == types.Struct
	}
	switch m.Type.String() {
	case "k8s.io/apimachinery/pkg/apis/meta/v1.ListMeta", "k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta":
		return name == "metadata"
	}
	return sameName(m.Name, name)
}

// sameName reports whether JSON name j is Go name g with its leading
// capitals lowered: "PodSpec" and "podSpec", "HTTPJSONSpec" and
// "httpJSONSpec" (or "httpjsonSpec": runs of capitals are not split).
func sameName(g, j string) bool {
	if strings.ContainsAny(g, "_-") || strings.ContainsAny(j, "_-") || !strings.EqualFold(g, j) {
		return false
	}
	if !upper(g[0]) || upper(j[0]) {
		return false
	}
	for i := 0; i < len(g); i++ {
		if g[i] == j[i] {
			return g[i:] == j[i:] && (i == 1 || upper(g[i]))
		}
	}
	return true
}

func upper(b byte) bool { return b >= 'A' && b <= 'Z' }

// omitemptyCase returns the fields whose json tag spells omitempty in
// another case.
func omitemptyCase(t *types.Type) []string {
	var out []string
	for _, m := range structMembers(t) {
		tag, ok := reflect.StructTag(m.Tags).Lookup("json")
		parts := strings.Split(tag, ",")
		if !ok || len(parts) < 2 || parts[0] == "-" {
			continue
		}
		for _, opt := range parts[1:] {
			if strings.EqualFold(opt, "omitempty") && opt != "omitempty" {
				out = append(out, m.Name)
			}
		}
	}
	return out
}

// listTypeMissing returns the slice fields (but []byte) without a
// +listType, and the Items of a list type that has one.
func listTypeMissing(t *types.Type, listType tags.Typed[string]) []string {
	var out []string
	for _, m := range structMembers(t) {
		tagged := has(listType, m.CommentLines)
		if m.Name == "Items" && m.Type.Kind == types.Slice && hasMember(t, "ListMeta") {
			if tagged {
				out = append(out, m.Name)
			}
			continue
		}
		if m.Type.Kind == types.Slice && m.Type.Elem != types.Byte && !tagged {
			out = append(out, m.Name)
		}
	}
	return out
}

// structMembers returns t's fields when t is a struct.
func structMembers(t *types.Type) []types.Member {
	if t.Kind != types.Struct {
		return nil
	}
	return t.Members
}

func hasMember(t *types.Type, name string) bool {
	for _, m := range t.Members {
		if m.Name == name {
			return true
		}
	}
	return false
}

// isList reports whether t is a list type: exactly the fields TypeMeta,
// ListMeta and Items.
func isList(t *types.Type) bool {
	return len(t.Members) == 3 && hasMember(t, "TypeMeta") && hasMember(t, "ListMeta") && hasMember(t, "Items")
}

// listFieldOrder returns the fields of a list type that are out of place.
func listFieldOrder(t *types.Type) []string {
	if !isList(t) {
		return nil
	}
	var out []string
	for i, name := range []string{"TypeMeta", "ListMeta", "Items"} {
		if t.Members[i].Name != name {
			out = append(out, name)
		}
	}
	return out
}

// listJSONTags returns the fields of a list type with other json tags
// than streaming decoders expect.
func listJSONTags(t *types.Type) []string {
	if !isList(t) {
		return nil
	}
	var out []string
	for _, m := range t.Members {
		tag, ok := reflect.StructTag(m.Tags).Lookup("json")
		bad := false
		switch m.Name {
		case "TypeMeta":
			bad = !m.Embedded || !ok || (tag != "" && tag != ",inline")
		case "ListMeta":
			bad = tag != "metadata,omitempty"
		case "Items":
			bad = tag != "items"
		}
		if bad {
			out = append(out, m.Name)
		}
	}
	return out
}

// listProtoTags returns the fields of a list type with other protobuf
// tags than streaming decoders expect.
func listProtoTags(t *types.Type) []string {
	if !isList(t) {
		return nil
	}
	want := map[string]string{"ListMeta": "bytes,1,opt,name=metadata", "Items": "bytes,2,rep,name=items"}
	var out []string
	for _, m := range t.Members {
		v := reflect.StructTag(m.Tags).Get("protobuf")
		switch m.Name {
		case "TypeMeta":
			if v != "" {
				out = append(out, m.Name)
			}
		case "ListMeta", "Items":
			if v != "" && v != want[m.Name] {
				out = append(out, m.Name)
			}
		}
	}
	return out
}
