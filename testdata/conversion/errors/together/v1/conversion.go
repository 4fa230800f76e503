package v1

import "github.com/gengokit/gengokit/testdata/conversion/errors/together"

// Convert_v1_Toy_To_together_Toy has no scope.
func Convert_v1_Toy_To_together_Toy(in *Toy, out *together.Toy) error { // want :6 "is named like a conversion function but is not of the form"
	out.Color = in.Color
	return nil
}
