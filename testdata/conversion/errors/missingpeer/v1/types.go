package v1

// Thing has no peer.
type Thing struct {
	A string
}
