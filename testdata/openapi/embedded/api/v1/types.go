package v1

// Meta is embedded inline.
type Meta struct {
	// Name is inlined into its embedder.
	Name string `json:"name"`
	// Labels too.
	// +optional
	Labels map[string]string `json:"labels,omitempty"`
}

// Status is embedded with a name.
type Status struct {
	Ready bool `json:"ready"`
}

// Extra is embedded by pointer, inline.
type Extra struct {
	// +optional
	Note string `json:"note,omitempty"`
}

// Object embeds in each way.
type Object struct {
	Meta   `json:",inline"`
	*Extra `json:",inline"`
	// Status is embedded under a name.
	Status `json:"status"`
	// Untagged is embedded without a json tag: a property named after it.
	Untagged
	// Skipped is left out of the schema.
	// +k8s:openapi-gen=false
	Skipped string `json:"skipped"`
}

// Untagged is embedded without a tag.
type Untagged struct {
	Value string `json:"value"`
}

// Internal is left out of the definitions.
// +k8s:openapi-gen=false
type Internal struct {
	Value string `json:"value"`
}
