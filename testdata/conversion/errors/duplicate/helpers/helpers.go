// Package helpers converts Gadget too.
package helpers

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/errors/duplicate"
	v1 "github.com/gengokit/gengokit/testdata/conversion/errors/duplicate/v1"
)

// Convert_v1_Gadget_To_duplicate_Gadget is the first of two.
func Convert_v1_Gadget_To_duplicate_Gadget(in *v1.Gadget, out *duplicate.Gadget, s conversion.Scope) error {
	out.Name = in.Name
	return nil
}
