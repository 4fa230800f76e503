// +k8s:defaulter-gen=TypeMeta

// Package defaultstructs has +default values on structs (through pointers,
// slices and maps) whose JSON does not decode into them: upstream writes a
// json.Unmarshal of the literal that panics when the default is applied.
// Each is one error at its tag, naming the key, the field and what to
// write. The values that decode, through json names, case-insensitive
// keys, inlined structs and the types that decode themselves, pass.
package defaultstructs
