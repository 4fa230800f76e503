// +k8s:deepcopy-gen=package

// Package nonpointer puts DeepCopy<Interface> on the value receiver.
package nonpointer
