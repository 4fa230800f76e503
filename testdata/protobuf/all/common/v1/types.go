// Package v1 holds types another API package of the case imports.
// +k8s:protobuf-gen=package
package v1

import "strings"

// Money is an amount in one currency.
type Money struct {
	// Currency is an ISO 4217 code.
	Currency string `json:"currency"`
	// Units are whole units.
	Units int64 `json:"units"`
}

// Labels are string pairs; a map type that is not nullable is cast.
type Labels map[string]string

// Tags is a nullable list: a message of its own. It prints itself (the
// String gogo would write reads a field the Go type does not have).
// +protobuf.nullable=true
// +protobuf.options.(gogoproto.goproto_stringer)=false
type Tags []string

// String joins the tags.
func (t Tags) String() string { return strings.Join(t, ",") }
