// +k8s:deepcopy-gen=package

// Package tagandfield misspells a tag and has a field that cannot be
// copied: both are reported in the same run.
package tagandfield
