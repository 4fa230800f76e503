package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/manual"
)

// Convert_v1_Gadget_To_manual_Gadget converts the renamed field.
func Convert_v1_Gadget_To_manual_Gadget(in *Gadget, out *manual.Gadget, s conversion.Scope) error {
	if err := autoConvert_v1_Gadget_To_manual_Gadget(in, out, s); err != nil {
		return err
	}
	out.Name = in.Title
	return nil
}

// Convert_manual_Gadget_To_v1_Gadget converts the renamed field.
func Convert_manual_Gadget_To_v1_Gadget(in *manual.Gadget, out *Gadget, s conversion.Scope) error {
	if err := autoConvert_manual_Gadget_To_v1_Gadget(in, out, s); err != nil {
		return err
	}
	out.Title = in.Name
	return nil
}
