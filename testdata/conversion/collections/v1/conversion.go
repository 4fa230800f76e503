package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/collections"
)

// Convert_v1_Coin_To_collections_Coin converts dollars to cents.
func Convert_v1_Coin_To_collections_Coin(in *Coin, out *collections.Coin, s conversion.Scope) error {
	out.Cents = int64(in.Dollars * 100)
	return nil
}

// Convert_collections_Coin_To_v1_Coin converts cents to dollars.
func Convert_collections_Coin_To_v1_Coin(in *collections.Coin, out *Coin, s conversion.Scope) error {
	out.Dollars = float64(in.Cents) / 100
	return nil
}
