package applyconfiguration

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

// The x-kubernetes extensions of OpenAPI schemas that decide how apply
// merges: list types and keys, map types, unions.

// listRelationship reads x-kubernetes-list-type, or else
// x-kubernetes-patch-strategy; lists are atomic by default.
func listRelationship(ext map[string]any) (string, []string, error) {
	if v, ok := ext["x-kubernetes-list-type"]; ok {
		switch v {
		case "atomic":
			return "atomic", nil, nil
		case "set":
			return "associative", nil, nil
		case "map":
			keys, ok := ext["x-kubernetes-list-map-keys"]
			if !ok {
				return "associative", nil, errors.New("missing map keys")
			}
			names, ok := stringList(keys)
			if !ok {
				return "associative", nil, fmt.Errorf("uninterpreted map keys: %v", keys)
			}
			return "associative", names, nil
		}
		return "atomic", nil, fmt.Errorf("unknown list type %v", v)
	}
	v, ok := ext["x-kubernetes-patch-strategy"]
	if !ok {
		return "atomic", nil, nil
	}
	switch v {
	case "merge", "merge,retainKeys":
		key, ok := ext["x-kubernetes-patch-merge-key"]
		if !ok {
			return "associative", nil, nil // a set
		}
		name, ok := key.(string)
		if !ok {
			return "associative", nil, fmt.Errorf("uninterpreted merge key: %v", key)
		}
		return "associative", []string{name}, nil
	case "retainKeys":
		return "atomic", nil, nil
	}
	return "atomic", nil, fmt.Errorf("unknown patch strategy %v", v)
}

// stringList keeps the strings of a list.
func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	var out []string
	for _, item := range list {
		if s, ok := item.(string); ok {
			out = append(out, s)
		}
	}
	return out, true
}

// mapRelationship reads x-kubernetes-map-type; "" when unset.
func mapRelationship(ext map[string]any) (string, error) {
	v, ok := ext["x-kubernetes-map-type"]
	if !ok {
		return "", nil
	}
	switch v {
	case "atomic":
		return "atomic", nil
	case "granular":
		return "separable", nil
	}
	return "", fmt.Errorf("unknown map type %v", v)
}

// makeUnions reads x-kubernetes-unions; no field may be in two unions.
func makeUnions(ext map[string]any) ([]smdUnion, error) {
	v, ok := ext["x-kubernetes-unions"]
	if !ok {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf(`"x-kubernetes-unions" should be a list, got %v`, v)
	}
	var out []smdUnion
	seen := map[string]bool{}
	for _, item := range list {
		obj, ok := item.(map[string]any)
		if !ok {
			return nil, fmt.Errorf(`"x-kubernetes-unions" items should be a map of string to unions, got %v`, item)
		}
		u, err := makeUnion(obj)
		if err != nil {
			return nil, err
		}
		if err := claimUnionFields(u, seen); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, nil
}

func claimUnionFields(u smdUnion, seen map[string]bool) error {
	names := make([]string, 0, len(u.fields)+1)
	if u.discriminator != nil {
		names = append(names, *u.discriminator)
	}
	for _, f := range u.fields {
		names = append(names, f.name)
	}
	for _, n := range names {
		if seen[n] {
			return fmt.Errorf("%v field appears multiple times in unions", n)
		}
		seen[n] = true
	}
	return nil
}

// makeUnion reads one union: its discriminator and its fields, by name.
func makeUnion(obj map[string]any) (smdUnion, error) {
	var u smdUnion
	if v, ok := obj["discriminator"]; ok {
		d, ok := v.(string)
		if !ok {
			return u, fmt.Errorf(`"discriminator" must be a string, got: %v`, v)
		}
		u.discriminator = &d
	}
	v, ok := obj["fields-to-discriminateBy"]
	if !ok {
		return u, nil
	}
	fields, ok := v.(map[string]any)
	if !ok {
		return u, fmt.Errorf(`"fields-to-discriminateBy" must be a map[string]string, got: %v`, v)
	}
	var values []string
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		value, ok := fields[name].(string)
		if !ok {
			return u, fmt.Errorf(`"fields-to-discriminateBy"/%v: value must be a string, got: %v`, name, fields[name])
		}
		if slices.Contains(values, value) {
			return u, fmt.Errorf("multiple fields have the same discriminated name: %v", value)
		}
		values = append(values, value)
		u.fields = append(u.fields, unionField{name: name, value: value})
	}
	return u, nil
}
