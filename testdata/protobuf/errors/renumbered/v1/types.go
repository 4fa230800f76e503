// Package v1 changed since its generated.proto was written: Widget's
// color has no struct tag (the file was written with --only-idl, which
// does not add them), and a field with a tag took color's number; Gadget
// lost its count, and a new field of another type would get its number.
package v1

// Widget had name = 1 and color = 2.
type Widget struct {
	Name  string `json:"name" protobuf:"bytes,1,opt,name=name"`
	Size  int32  `json:"size" protobuf:"varint,2,opt,name=size"`
	Color string `json:"color"` // want :2 `field "color" of Widget is number 2 in .*generated.proto and would now be 3`
}

// Gadget had name = 1 and count = 2 (an int32).
type Gadget struct {
	Name  string `json:"name" protobuf:"bytes,1,opt,name=name"`
	Label string `json:"label"` // want :2 `new field "label" of Gadget would take number 2, field "count"'s \(of type int32\)`
}
