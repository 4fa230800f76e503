package badjson

// T has a default that is not JSON.
type T struct {
	TypeMeta int
	// +default=fast
	// ^ want :5 `\+default: fast is not JSON: a string needs double quotes: write \+default="fast"`
	Name string
}
