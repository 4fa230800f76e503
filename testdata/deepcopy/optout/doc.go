// +k8s:deepcopy-gen=package

// Package optout generates for every type except those that opt out.
package optout
