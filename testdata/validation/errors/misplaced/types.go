package misplaced

// T has a tag on a type it cannot apply to.
type T struct {
	// +k8s:maxItems=3
	// ^ want :5 `\+k8s:maxItems: can only be used on list types \(string\)`
	Name string `json:"name"`
}
