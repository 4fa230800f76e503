// +k8s:deepcopy-gen=pakage
// ^ want :4 `unsupported value "pakage"`

// Package a has a tag problem; package b beside it has a field problem.
// Both are reported in the same run.
package a
