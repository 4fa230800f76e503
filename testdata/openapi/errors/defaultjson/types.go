package v1

// Settings has a default that is not JSON.
type Settings struct {
	// +default=main
	// ^ want `\+default: main is not JSON: a string needs double quotes: write \+default="main"$`
	// +optional
	Name string `json:"name,omitempty"`
	// +default="x"
	// ^ want `\+default: "x" is a JSON string, and type int32 needs an integer$`
	Count int32 `json:"count"`
}
