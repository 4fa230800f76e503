package v1

// Limits has validation markers on its fields.
// +k8s:validation:minProperties=1
// +k8s:validation:maxProperties=20
type Limits struct {
	// Replicas is bounded.
	// +k8s:validation:minimum=1
	// +k8s:validation:maximum=10
	Replicas int32 `json:"replicas"`
	// Ratio is a fraction.
	// +k8s:validation:minimum=0
	// +k8s:validation:exclusiveMinimum
	// +k8s:validation:maximum=1.5
	// +k8s:validation:multipleOf=0.25
	Ratio float64 `json:"ratio"`
	// Name is a DNS label.
	// +k8s:validation:minLength=1
	// +k8s:validation:maxLength=63
	// +k8s:validation:pattern="^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
	Name string `json:"name"`
	// Tags are unique.
	// +k8s:validation:minItems=1
	// +k8s:validation:maxItems=5
	// +k8s:validation:uniqueItems
	// +listType=set
	Tags []string `json:"tags"`
	// Host is a hostname.
	// +k8s:validation:format="hostname"
	// +optional
	Host string `json:"host,omitempty"`
	// Labels have a bounded count.
	// +k8s:validation:maxProperties=8
	// +optional
	Labels map[string]string `json:"labels,omitempty"`
	// Raw is a raw string pattern.
	// +k8s:validation:pattern>^a.*z$
	// +optional
	Raw string `json:"raw,omitempty"`
}
