package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/roundtrip"
)

// Convert_v1_FleetSpec_To_roundtrip_FleetSpec converts the renamed field.
func Convert_v1_FleetSpec_To_roundtrip_FleetSpec(in *FleetSpec, out *roundtrip.FleetSpec, s conversion.Scope) error {
	if err := autoConvert_v1_FleetSpec_To_roundtrip_FleetSpec(in, out, s); err != nil {
		return err
	}
	out.DisplayName = in.Title
	return nil
}

// Convert_roundtrip_FleetSpec_To_v1_FleetSpec converts the renamed field.
func Convert_roundtrip_FleetSpec_To_v1_FleetSpec(in *roundtrip.FleetSpec, out *FleetSpec, s conversion.Scope) error {
	if err := autoConvert_roundtrip_FleetSpec_To_v1_FleetSpec(in, out, s); err != nil {
		return err
	}
	out.Title = in.DisplayName
	return nil
}

// Convert_v1_Coin_To_roundtrip_Coin converts dollars to cents.
func Convert_v1_Coin_To_roundtrip_Coin(in *Coin, out *roundtrip.Coin, s conversion.Scope) error {
	out.Cents = int64(in.Dollars) * 100
	return nil
}

// Convert_roundtrip_Coin_To_v1_Coin converts cents to dollars.
func Convert_roundtrip_Coin_To_v1_Coin(in *roundtrip.Coin, out *Coin, s conversion.Scope) error {
	out.Dollars = int32(in.Cents / 100)
	return nil
}

// Convert_v1_Stamp_To_roundtrip_Stamp only copies.
// +k8s:conversion-fn=copy-only
func Convert_v1_Stamp_To_roundtrip_Stamp(in *Stamp, out *roundtrip.Stamp, s conversion.Scope) error {
	out.Seconds = in.Seconds
	return nil
}

// Convert_roundtrip_Stamp_To_v1_Stamp only copies.
// +k8s:conversion-fn=copy-only
func Convert_roundtrip_Stamp_To_v1_Stamp(in *roundtrip.Stamp, out *Stamp, s conversion.Scope) error {
	out.Seconds = in.Seconds
	return nil
}
