package crd

import (
	"reflect"
	"slices"
)

// withField returns the schema of a field whose type is a named type: the
// type's schema with what the field adds (its markers, and the type and
// format controller-gen writes beside its reference) merged in as
// controller-gen flattens the pair. The field's description, title and
// example win when it has them. Where both set a bound to different
// values, both are kept, each in an allOf branch (the value must satisfy
// both).
func withField(typ, field *jsonSchema) *jsonSchema {
	dst := typ.clone()
	dst.Description, dst.Title, dst.Example = typ.Description, typ.Title, typ.Example
	if field.Description != "" {
		dst.Description = field.Description
	}
	if field.Title != "" {
		dst.Title = field.Title
	}
	if field.Example != nil {
		dst.Example = field.Example
	}
	merge(dst, field)
	return dst
}

// mergeSkipped are the fields merge leaves alone: the documentation, which
// withField sets, and allOf.
var mergeSkipped = []string{"Description", "Title", "Example", "AllOf"}

// merge merges src into dst, field by field: a field dst does not set
// takes src's; properties, required fields and additional properties
// merge; the list and map types and preserve-unknown-fields take src's;
// src's rules come before dst's; dst keeps its type and enum; any other
// field both set differently moves into allOf, dst's value first.
func merge(dst, src *jsonSchema) {
	dv, sv := reflect.ValueOf(dst).Elem(), reflect.ValueOf(src).Elem()
	var dstRest, srcRest jsonSchema
	rv, rs := reflect.ValueOf(&dstRest).Elem(), reflect.ValueOf(&srcRest).Elem()
	hoisted := false
	for i := range sv.NumField() {
		name := sv.Type().Field(i).Name
		sf, df := sv.Field(i), dv.Field(i)
		switch {
		case slices.Contains(mergeSkipped, name) || sf.IsZero():
			continue
		case df.IsZero():
			df.Set(sf)
			continue
		case reflect.DeepEqual(sf.Interface(), df.Interface()):
			continue
		}
		switch name {
		case "Properties":
			for k, v := range src.Properties {
				if have, ok := dst.Properties[k]; ok {
					merge(have, v)
				} else {
					dst.Properties[k] = v
				}
			}
		case "Required":
			dst.Required = append(dst.Required, src.Required...)
		case "AdditionalProperties":
			mergeAdditional(dst, src)
		case "PreserveUnknownFields", "MapType", "ListType", "ListMapKeys":
			df.Set(sf)
		case "Validations":
			dst.Validations = append(slices.Clone(src.Validations), dst.Validations...)
		case "Type", "Enum":
		default:
			rv.Field(i).Set(df)
			rs.Field(i).Set(sf)
			df.Set(reflect.Zero(df.Type()))
			hoisted = true
		}
	}
	if hoisted {
		dst.AllOf = append(dst.AllOf, &dstRest, &srcRest)
	}
	slices.Sort(dst.Required)
	dst.Required = slices.Compact(dst.Required)
}

// mergeAdditional merges the schemas of additional properties.
func mergeAdditional(dst, src *jsonSchema) {
	s, ok := src.AdditionalProperties.(*jsonSchema)
	if !ok {
		return
	}
	d, ok := dst.AdditionalProperties.(*jsonSchema)
	if !ok {
		d = &jsonSchema{}
		dst.AdditionalProperties = d
	}
	merge(d, s)
}

// mergeInline merges the schema of an inline member into its struct's, as
// controller-gen does: a property both have is the member's, with the
// struct's own merged into it (so the member's description is kept, and
// two bounds go into allOf, the member's first); the struct's own rules
// come before the member's; the rest as merge does.
func mergeInline(s, inline *jsonSchema) {
	rest := *inline
	rest.Properties, rest.Validations = nil, nil
	s.Validations = append(s.Validations, inline.Validations...)
	for k, v := range inline.Properties {
		if own, ok := s.Properties[k]; ok {
			v = v.clone()
			merge(v, own)
		}
		s.Properties[k] = v
	}
	merge(s, &rest)
}
