// Package external is the hub of case external.
package external

// Robot differs from the external types' (Arms is wider).
type Robot struct {
	Name string
	Arms int64
}
