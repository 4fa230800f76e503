package v1

// Plain is no kind.
type Plain struct {
	Name string `json:"name"`
}
