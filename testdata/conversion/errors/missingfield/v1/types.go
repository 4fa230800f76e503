package v1

// Pet lacks Species.
type Pet struct {
	Name string
}
