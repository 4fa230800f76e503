// +k8s:validation-gen=TypesWithField=TypeMeta

// Package basic is an API package whose kind validates its fields with the
// common tags, registered with the scheme through localSchemeBuilder.
package basic
