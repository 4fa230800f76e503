package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/optout"
)

// Convert_optout_Pet_To_v1_Pet drops Species.
func Convert_optout_Pet_To_v1_Pet(in *optout.Pet, out *Pet, s conversion.Scope) error {
	return autoConvert_optout_Pet_To_v1_Pet(in, out, s)
}

// Convert_Slice_string_To_v1_Pet is not a conversion of a pair of peers; it is registered too.
func Convert_Slice_string_To_v1_Pet(in *[]string, out *Pet, s conversion.Scope) error {
	if len(*in) > 0 {
		out.Name = (*in)[0]
	}
	return nil
}
