package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/oddities"
)

// Convert_oddities_Secretive_To_v1_Secretive cannot read the hub's unexported field.
func Convert_oddities_Secretive_To_v1_Secretive(in *oddities.Secretive, out *Secretive, s conversion.Scope) error {
	return autoConvert_oddities_Secretive_To_v1_Secretive(in, out, s)
}

// Convert_v1_Secretive_To_oddities_Secretive cannot set the hub's unexported field.
func Convert_v1_Secretive_To_oddities_Secretive(in *Secretive, out *oddities.Secretive, s conversion.Scope) error {
	return autoConvert_v1_Secretive_To_oddities_Secretive(in, out, s)
}
