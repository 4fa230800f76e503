package v1

// Inner is a nested struct.
type Inner struct {
	// +optional
	Name string `json:"name,omitempty"`
	// +optional
	Count int32 `json:"count,omitempty"`
}

// Policy has nested validation markers and CEL rules.
// +k8s:validation:cel[0]:rule="self.min <= self.max"
// +k8s:validation:cel[0]:message="min must not exceed max"
// +k8s:validation:cel[1]:rule>self.name.size() > 0
// +k8s:validation:cel[1]:messageExpression>'name is ' +
// +k8s:validation:cel[1]:messageExpression>self.name
// +k8s:validation:cel[1]:optionalOldSelf
type Policy struct {
	// +optional
	Name string `json:"name,omitempty"`
	// +optional
	Min int32 `json:"min,omitempty"`
	// +optional
	Max int32 `json:"max,omitempty"`
	// Hosts have bounded names.
	// +k8s:validation:items:maxLength=253
	// +k8s:validation:items:pattern="^[a-z.]+$"
	// +k8s:validation:maxItems=10
	// +listType=atomic
	// +optional
	Hosts []string `json:"hosts,omitempty"`
	// Labels have bounded values.
	// +k8s:validation:additionalProperties:maxLength=63
	// +optional
	Labels map[string]string `json:"labels,omitempty"`
	// Inner overrides its fields' validations at point of use.
	// +k8s:validation:properties:name:minLength=1
	// +k8s:validation:properties:count:minimum=1
	// +k8s:validation:properties:count:maximum=9
	// +optional
	Inner *Inner `json:"inner,omitempty"`
	// Rules are checked each.
	// +k8s:validation:items:cel[0]:rule="self.size() > 0"
	// +k8s:validation:items:cel[0]:message="empty rule"
	// +listType=atomic
	// +optional
	Rules []string `json:"rules,omitempty"`
	// Ref markers are skipped.
	// +k8s:validation:maxLength=ref(MaxName)
	// +optional
	Skipped string `json:"skipped,omitempty"`
	// Unknown markers are ignored.
	// +k8s:validation:somethingElse=1
	// +optional
	Unknown string `json:"unknown,omitempty"`
	// Format, nullable and enum are parsed, not written.
	// +k8s:validation:format="email"
	// +k8s:validation:nullable
	// +k8s:validation:enum=["a","b"]
	// +optional
	Email *string `json:"email,omitempty"`
}

// MaxName is referred to by a ref marker.
const MaxName = 10
