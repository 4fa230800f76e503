// Package noschemebuilder is the hub.
package noschemebuilder

// Widget is converted to and from v1.
type Widget struct {
	Size int32
}
