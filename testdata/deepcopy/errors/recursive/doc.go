// +k8s:deepcopy-gen=package

// Package recursive declares struct types that contain themselves, which
// Go rejects (gengo's parser would read them as invalid builtins).
package recursive
