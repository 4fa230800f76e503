// +k8s:defaulter-gen=TypeMeta

// Package defaultliterals has +default values of the right JSON kind that
// still make code that does not compile (a Go constant out of its type's
// range, a JSON string that is no Go string literal) or that panics (a
// number json.Unmarshal does not take for an integer, a map key that is no
// integer), and values of the wrong kind with no obvious fix, for which
// the error gives an example. Each is one error at its tag.
package defaultliterals
