package v1

import (
	"k8s.io/apimachinery/pkg/conversion"
)

// Convert_Pointer_float32_To_Pointer_float64 widens a ratio.
func Convert_Pointer_float32_To_Pointer_float64(in **float32, out **float64, s conversion.Scope) error {
	if *in == nil {
		*out = nil
		return nil
	}
	v := float64(**in)
	*out = &v
	return nil
}

// Convert_Pointer_float64_To_Pointer_float32 narrows a ratio.
func Convert_Pointer_float64_To_Pointer_float32(in **float64, out **float32, s conversion.Scope) error {
	if *in == nil {
		*out = nil
		return nil
	}
	v := float32(**in)
	*out = &v
	return nil
}
