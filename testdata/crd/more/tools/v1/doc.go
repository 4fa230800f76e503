// Package v1 is a CRD case: the markers of a kind's CRD beyond its
// schema, and the schema markers the other cases leave out.
//
// +groupName=tools.example.com
package v1
