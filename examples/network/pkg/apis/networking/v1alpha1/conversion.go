package v1alpha1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/examples/network/pkg/apis/networking"
)

// Convert_v1alpha1_NetworkSpec_To_networking_NetworkSpec converts the one
// field conversion-gen cannot: Range, which the internal version (and v1)
// calls CIDR. The generated autoConvert function does every other field.
func Convert_v1alpha1_NetworkSpec_To_networking_NetworkSpec(in *NetworkSpec, out *networking.NetworkSpec, s conversion.Scope) error {
	if err := autoConvert_v1alpha1_NetworkSpec_To_networking_NetworkSpec(in, out, s); err != nil {
		return err
	}
	out.CIDR = in.Range
	return nil
}

// Convert_networking_NetworkSpec_To_v1alpha1_NetworkSpec is the way back:
// CIDR becomes Range.
func Convert_networking_NetworkSpec_To_v1alpha1_NetworkSpec(in *networking.NetworkSpec, out *NetworkSpec, s conversion.Scope) error {
	if err := autoConvert_networking_NetworkSpec_To_v1alpha1_NetworkSpec(in, out, s); err != nil {
		return err
	}
	out.Range = in.CIDR
	return nil
}
