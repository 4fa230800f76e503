// Package v1 has fields protobuf cannot hold.
package v1

// Widget has a channel, an array and an interface.
type Widget struct {
	Name   string      `json:"name"`
	Events chan string `json:"events"` // want :2 `field Events of Widget: .*no protobuf equivalent`
}

// Gadget has an array.
type Gadget struct {
	Name string   `json:"name"`
	Sums [4]int32 `json:"sums"` // want :2 `field Sums of Gadget: .*no protobuf equivalent`
}

// Thing has an interface.
type Thing struct {
	Name  string `json:"name"`
	Value any    `json:"value"` // want :2 `field Value of Thing: .*no protobuf equivalent`
}
