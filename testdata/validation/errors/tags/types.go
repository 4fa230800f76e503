package tags

// Format names no format.
type Format struct {
	// +k8s:optional
	// +k8s:format=k8s-bogus
	// ^ want :5 `\+k8s:format: unknown format "k8s-bogus" \(known: k8s-extended-resource-name, .*k8s-uuid\)`
	Name string `json:"name"`
}

// MapKey names a key field the items do not have.
type MapKey struct {
	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=nosuch
	// ^ want :5 `\+k8s:listMapKey: no field of Item has the JSON name "nosuch" \(it has id, port\)`
	Items []Item `json:"items"`
}

// Item is a list item.
type Item struct {
	// +k8s:required
	ID string `json:"id"`
	// +k8s:optional
	Port int32 `json:"port"`
}

// Selector selects an item by a field that is not the list's key.
type Selector struct {
	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=id
	// +k8s:item(port: 80)=+k8s:immutable
	// ^ want :5 `\+k8s:item: missing required listMapKey fields: \[id\]`
	Items []Item `json:"items"`
}

// Negative bounds a length below zero.
type Negative struct {
	// +k8s:optional
	// +k8s:maxLength=-1
	// ^ want :5 `\+k8s:maxLength: -1: the value must be zero or more`
	Name string `json:"name"`
}

// Keys validates the keys of a list.
type Keys struct {
	// +k8s:optional
	// +k8s:eachKey=+k8s:maxLength=3
	// ^ want :5 `\+k8s:eachKey: can only be used on map types \(this is a slice\)`
	Names []string `json:"names"`
}

// Subfield names no argument.
type Subfield struct {
	// +k8s:subfield=+k8s:required
	// ^ want :5 `\+k8s:subfield: missing its argument \(a string\): write \+k8s:subfield\(<string>\)`
	Inner Inner `json:"inner"`
}

// Inner is a struct.
type Inner struct {
	// +k8s:optional
	Name string `json:"name"`
}

// Bool compares a string with a bool.
type Bool struct {
	// +k8s:optional
	// +k8s:neq=true
	// ^ want :5 `\+k8s:neq: type mismatch: field is a string, but the value is a bool`
	Name string `json:"name"`
}

// Opaque reaches a type of a package the run does not read.
type Opaque struct {
	Other Outside `json:"other"`
	// ^ want :2 `field Opaque.Other: type k8s.io/apimachinery/pkg/runtime.RawExtension is in a package validation-gen does not read; add the package to --readonly-pkg, or add \+k8s:opaqueType to the field to skip its validation`
}

// PtrList points to a list.
type PtrList struct {
	// +k8s:optional
	Names *[]string `json:"names"`
	// ^ want :2 `type \*\[\]string: pointers to lists are not supported; validation-gen cannot validate its values \(on a field, \+k8s:opaqueType skips them\)`
}

// PtrAlias is a type defined as a pointer.
type PtrAlias *string // want :6 `type PtrAlias is a pointer, which validation-gen cannot validate; opt it out with \+k8s:validation-gen=false in the comment block above it`
