// Package missingfield is the hub.
package missingfield

// Pet has a field v1 lacks.
type Pet struct {
	Name    string
	Species string // want :2 "field Pet.Species requires manual conversion to .*/missingfield/v1.Pet: Pet has no field Species; write func Convert_missingfield_Pet_To_v1_Pet\\(in \\*missingfield.Pet, out \\*Pet, s conversion.Scope\\) error in package .*/missingfield/v1"
}
