package v1

// Thing is a thing.
type Thing struct {
	Name string `json:"name"`
}
