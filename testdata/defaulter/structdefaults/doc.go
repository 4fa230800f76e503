// +k8s:defaulter-gen=TypeMeta

// Package structdefaults defaults structs with +default JSON objects that
// json.Unmarshal decodes as written: json names, keys that match ignoring
// case, inlined structs, ",string" fields and the types that decode
// themselves. A key that names no field is dropped by the decoding, as
// upstream's code drops it: a warning at its tag.
package structdefaults
