package register

// Thing gets methods.
type Thing struct {
	Names []string
}
