// Package pointers is the hub of case pointers.
package pointers

// Size is a named integer that differs from v1's.
type Size int64

// Limit differs from v1's.
type Limit struct {
	Max int64
}

// Knobs has pointer fields.
type Knobs struct {
	Count   *int32
	Size    *Size
	Limit   *Limit
	Enabled *bool
	Name    *string
	Ratio   *float64
}
