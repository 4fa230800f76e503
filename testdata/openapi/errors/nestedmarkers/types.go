package v1

// Inner is nested.
type Inner struct {
	Name string `json:"name"`
}

// Policy has nested markers that do not apply.
// +k8s:validation:cel[0]:rule="self.a > 0"
// ^ want `invalid validation markers \(cel\): cel\[0\] needs a message or a messageExpression`
type Policy struct {
	// +k8s:validation:properties:nmae:minLength=1
	// ^ want `invalid validation markers \(properties\): property "nmae" names no field of .*Inner`
	Inner Inner `json:"inner"`
	// +k8s:validation:cel[1]:rule="true"
	// ^ want `index 1 of cel does not follow the line before`
	Name string `json:"name"`
	// +k8s:validation:items:maxLength=3
	// ^ want `invalid validation markers \(items\): items can only be used on array types`
	Text string `json:"text"`
}
