package v1

import "github.com/gengokit/gengokit/testdata/conversion/errors/badsignature"

// Convert_v1_Gadget_To_badsignature_Gadget forgets the scope.
func Convert_v1_Gadget_To_badsignature_Gadget(in *Gadget, out *badsignature.Gadget) error { // want :6 "Convert_v1_Gadget_To_badsignature_Gadget is named like a conversion function but is not of the form func\\(in \\*From, out \\*To, s conversion.Scope\\) error"
	out.Name = in.Name
	return nil
}
