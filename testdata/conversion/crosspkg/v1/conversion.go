package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/crosspkg"
)

// Convert_v1_Shared_To_crosspkg_Shared converts the renamed field.
func Convert_v1_Shared_To_crosspkg_Shared(in *Shared, out *crosspkg.Shared, s conversion.Scope) error {
	out.Value = in.Text
	return nil
}

// Convert_crosspkg_Shared_To_v1_Shared converts the renamed field.
func Convert_crosspkg_Shared_To_v1_Shared(in *crosspkg.Shared, out *Shared, s conversion.Scope) error {
	out.Text = in.Value
	return nil
}
