package v1

// Tagged has vendor extensions, and breaks API rules on purpose.
// +k8s:openapi-gen=x-kubernetes-type-tag:type_test
// +k8s:openapi-gen=x-kubernetes-group-version-kind:example
type Tagged struct {
	// Field has one extension.
	// +k8s:openapi-gen=x-kubernetes-member-tag:member_test
	Field string `json:"field"`
	// Two has two values for one name, written as a list.
	// +k8s:openapi-gen=x-kubernetes-one:a
	// +k8s:openapi-gen=x-kubernetes-two:b
	Two string `json:"two"`
	// Bad_Name breaks names_match.
	Bad_Name string `json:"bad_name"`
	// Mismatch breaks names_match.
	Mismatch string `json:"other"`
	// Case breaks omitempty_match_case.
	Case string `json:"case,omitEmpty"`
	// NoTag has no json tag.
	NoTag string
}

// BadList breaks the streaming list rules.
type BadList struct {
	Items    []Tagged `json:"items"`
	TypeMeta `json:"typeMeta"`
	ListMeta `json:"metadata" protobuf:"bytes,3,opt,name=metadata"`
}

// TypeMeta stands for metav1.TypeMeta.
type TypeMeta struct {
	Kind string `json:"kind,omitempty"`
}

// ListMeta stands for metav1.ListMeta.
type ListMeta struct {
	Continue string `json:"continue,omitempty"`
}

// Single is opted in alone, in a package that is opted in.
// +k8s:openapi-gen=true
type Single struct {
	// +listType=atomic
	Values []int64 `json:"values"`
}
