// +k8s:openapi-gen=true

// Package defaulttypes has +default values that are JSON but not of their
// field's type: each is one error at its tag, worded as defaulter-gen
// words it. The values that fit pass.
package defaulttypes
