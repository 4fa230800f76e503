package v1

// Protocol is a protocol, TCP unless said.
// +default="TCP"
type Protocol string

// ProtocolTCP is the default protocol.
const ProtocolTCP Protocol = "TCP"

// DefaultReplicas is referred to by a default.
const DefaultReplicas int32 = 3

// Settings has defaults of every kind.
type Settings struct {
	// Name defaults to a string.
	// +default="main"
	// +optional
	Name string `json:"name,omitempty"`
	// Replicas defaults to a number.
	// +default=2
	// +optional
	Replicas *int32 `json:"replicas,omitempty"`
	// Ratio defaults to a fraction.
	// +default=0.5
	// +optional
	Ratio *float64 `json:"ratio,omitempty"`
	// Flags default to a list.
	// +default=["a","b"]
	// +listType=atomic
	// +optional
	Flags []string `json:"flags,omitempty"`
	// Labels default to a map.
	// +default={"app":"x"}
	// +optional
	Labels map[string]string `json:"labels,omitempty"`
	// On defaults to true.
	// +default=true
	// +optional
	On *bool `json:"on,omitempty"`
	// Protocol takes its type's default.
	// +optional
	Protocol Protocol `json:"protocol,omitempty"`
	// ProtocolPtr takes it through a pointer.
	// +optional
	ProtocolPtr *Protocol `json:"protocolPtr,omitempty"`
	// Count is required and not a pointer: it defaults to 0.
	Count int32 `json:"count"`
	// Text is required: it defaults to "".
	Text string `json:"text"`
	// Yes is required: it defaults to false.
	Yes bool `json:"yes"`
	// Inner is a struct: it defaults to {}.
	Inner Inner `json:"inner"`
	// Scale defaults to a constant.
	// +default=ref(DefaultReplicas)
	// +optional
	Scale *int32 `json:"scale,omitempty"`
}

// Inner is nested.
type Inner struct {
	// Zero is explicitly 0.
	// +default=0
	Zero int64 `json:"zero"`
}
