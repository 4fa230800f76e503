// +k8s:deepcopy-gen=true
// ^ want :4 `\+k8s:deepcopy-gen: "true" opts one type in and belongs on that type; in doc.go write "package" \(every copyable type\) or "false"$`

// Package swappedvalues writes the type value in doc.go and the package
// value on a type: each message says where the value belongs, without
// offering the value written as the fix.
package swappedvalues
