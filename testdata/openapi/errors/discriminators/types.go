package v1

// Source is a union with two discriminators: upstream keeps the last.
// +union
type Source struct {
	// +unionDiscriminator
	Type string `json:"type"`
	// +unionDiscriminator
	// ^ want `field Kind of Source: \+unionDiscriminator is already on field Type; a union has one discriminator`
	Kind string `json:"kind"`
	// +optional
	URL *string `json:"url,omitempty"`
}

// Target's +unionDeprecated members have two discriminators.
type Target struct {
	// +unionDiscriminator
	// +optional
	Mode string `json:"mode,omitempty"`
	// +unionDiscriminator
	// ^ want `field Kind of Target: \+unionDiscriminator is already on field Mode`
	// +optional
	Kind string `json:"kind,omitempty"`
	// +unionDeprecated
	// +optional
	Host *string `json:"host,omitempty"`
}
