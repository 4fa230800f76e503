// +k8s:deepcopy-gen=package

// Package maps has maps of every kind of value.
package maps
