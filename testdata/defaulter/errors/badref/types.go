package badref

// T refers to a constant that does not exist.
type T struct {
	TypeMeta int
	// +default=ref(Missing)
	// ^ want :5 `\+default=ref\(.*Missing\): package .* has no constant or variable Missing`
	Name string
}
