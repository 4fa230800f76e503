package v1

// Both is optional and required.
type Both struct {
	// +optional
	// ^ want `field Name is both \+optional and \+required; keep one`
	// +required
	Name string `json:"name"`
}
