package v1

// Size is a named integer that differs from the hub's.
type Size int32

// Limit differs from the hub's.
type Limit struct {
	Max int32
}

// Knobs has pointer fields.
type Knobs struct {
	Count   *int32
	Size    *Size
	Limit   *Limit
	Enabled *bool
	Name    *string
	Ratio   *float32
}
