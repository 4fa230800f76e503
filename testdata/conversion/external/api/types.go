// Package api holds the versioned types of case external, as k8s.io/api does.
package api

// Robot is the versioned type.
type Robot struct {
	Name string
	Arms int32
}
