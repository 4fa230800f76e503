package v1

// Source is one of several kinds, told by Type.
// +union
type Source struct {
	// Type names the member that is set.
	// +unionDiscriminator
	Type string `json:"type"`
	// File is a file.
	// +optional
	File *string `json:"file,omitempty"`
	// URL is a URL.
	// +optional
	URL *string `json:"url,omitempty"`
}

// Volume embeds a union inline and has deprecated union members.
type Volume struct {
	Source `json:",inline"`
	// Mode says which of the legacy fields is set.
	// +unionDiscriminator
	// +optional
	Mode string `json:"mode,omitempty"`
	// HostPath is legacy.
	// +unionDeprecated
	// +optional
	HostPath *string `json:"hostPath,omitempty"`
	// EmptyDir is legacy.
	// +unionDeprecated
	// +optional
	EmptyDir *string `json:"emptyDir,omitempty"`
}

// Plain is a union without a discriminator.
// +union
type Plain struct {
	// +optional
	A *int32 `json:"a,omitempty"`
	// +optional
	B *int32 `json:"b,omitempty"`
}
