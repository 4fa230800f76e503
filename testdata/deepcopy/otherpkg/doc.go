// +k8s:deepcopy-gen=package

// Package otherpkg has fields whose types live in other packages.
package otherpkg
