// Package v1 gives two fields one protobuf number.
package v1

// Widget has two fields numbered 2.
type Widget struct {
	Name  string `json:"name" protobuf:"bytes,1,opt,name=name"`
	Size  int32  `json:"size" protobuf:"varint,2,opt,name=size"`
	Color string `json:"color" protobuf:"bytes,2,opt,name=color"` // want :2 `"color" and "size" both have protobuf field number 2`
}
