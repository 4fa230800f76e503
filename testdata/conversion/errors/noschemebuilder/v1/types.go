package v1

// Widget is the versioned Widget.
type Widget struct {
	Size int32
}
