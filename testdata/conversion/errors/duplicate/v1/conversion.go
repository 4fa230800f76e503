package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/errors/duplicate"
)

// Convert_v1_Gadget_To_duplicate_Gadget is the second of two.
func Convert_v1_Gadget_To_duplicate_Gadget(in *Gadget, out *duplicate.Gadget, s conversion.Scope) error { // want :6 "Convert_v1_Gadget_To_duplicate_Gadget is defined twice, here and in .*/errors/duplicate/helpers \\(.*helpers.go:12:6\\)"
	out.Name = in.Name
	return nil
}
