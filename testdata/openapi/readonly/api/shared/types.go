package shared

// Shared lives in a read-only package.
type Shared struct {
	Value string `json:"value"`
}
