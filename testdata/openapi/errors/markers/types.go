package v1

// Limits has validation markers that do not read or do not apply.
type Limits struct {
	// +k8s:validation:maxLength=abc
	// ^ want `\+k8s:validation:maxLength: abc is not JSON`
	Name string `json:"name"`
	// +k8s:validation:minimum=5
	// ^ want `invalid validation markers \(minimum\): minimum can only be used on numeric types`
	Text string `json:"text"`
	// +k8s:validation:minLength=5
	// ^ want `invalid validation markers \(maxLength, minLength\): minLength is greater than maxLength`
	// +k8s:validation:maxLength=2
	Short string `json:"short"`
}
