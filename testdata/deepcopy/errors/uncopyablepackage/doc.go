// +k8s:deepcopy-gen=package

// Package uncopyablepackage opts types that cannot get deep-copy methods in,
// in a package that generates for all its types (upstream skips them
// silently there).
package uncopyablepackage
