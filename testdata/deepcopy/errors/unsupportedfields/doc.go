// +k8s:deepcopy-gen=package

// Package unsupportedfields has fields no deep copy can be generated for;
// every one is reported in the same run.
package unsupportedfields
