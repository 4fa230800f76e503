package v1

// Shared names its value differently.
type Shared struct {
	Text string
}
