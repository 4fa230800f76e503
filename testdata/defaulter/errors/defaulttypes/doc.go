// +k8s:defaulter-gen=TypeMeta

// Package defaulttypes has +default values that are JSON but not of their
// field's type, which upstream writes into code that does not compile (or
// that panics when it decodes them); each is one error at its tag, saying
// what to write. The values that fit, including those of the types that
// decode themselves, pass.
package defaulttypes
