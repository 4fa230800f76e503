package v1

// Settings has a default that is not JSON.
type Settings struct {
	// +default=main
	// ^ want `field Name: \+default=main is not JSON \(invalid character 'm' looking for beginning of value\); write a JSON value`
	// +optional
	Name string `json:"name,omitempty"`
	// +default="x"
	// ^ want `field Count: invalid default value \("x"\) for non-pointer/non-omitempty. If specified, must be: 0`
	Count int32 `json:"count"`
}
