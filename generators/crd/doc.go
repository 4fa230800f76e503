// Package crd writes CustomResourceDefinitions (apiextensions.k8s.io/v1)
// for the kinds of API packages, from the same load as every other
// generator, byte for byte as controller-gen v0.23's crd generator writes
// them for the markers it supports: a kind is a type embedding metav1's
// TypeMeta and ObjectMeta in a package with +groupName, its versions the
// packages that declare it, its schema the type's fields by JSON name
// with their doc comments as descriptions and their markers
// (+kubebuilder:validation:*, +kubebuilder:default, +listType, +optional,
// ...) applied. A misspelt marker, and a kind's or a package's marker on
// a field, are errors at the marker's line, where controller-gen would
// ignore them.
package crd
