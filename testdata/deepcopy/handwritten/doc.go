// +k8s:deepcopy-gen=package

// Package handwritten has types whose authors wrote DeepCopy or DeepCopyInto.
package handwritten
