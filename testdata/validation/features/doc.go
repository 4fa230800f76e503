// +k8s:validation-gen=TypesWithField=TypeMeta

// Package features uses the tags of lists, unions, subfields, modes,
// updates and custom validation, with no type of apimachinery's: upstream
// writes the same file.
package features
