// +k8s:deepcopy-gen=package
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// ^ want :4 `\+k8s:deepcopy-gen:interfaces is not allowed on a package \(doc.go\); it belongs on a type`

// Package misplaced puts a type tag in doc.go and a tag on a field.
package misplaced
