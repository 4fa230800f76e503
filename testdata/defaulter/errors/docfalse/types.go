package docfalse

// T would be defaulted.
type T struct {
	TypeMeta int
	// +default="x"
	Name string
}
