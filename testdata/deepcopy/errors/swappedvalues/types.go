package swappedvalues

// T gets the package value.
//
// +k8s:deepcopy-gen=package
// ^ want :4 `\+k8s:deepcopy-gen: "package" belongs in doc.go, for the whole package; on a type write "true" or "false"$`
type T struct{ A []int }
