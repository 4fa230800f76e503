package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/drop"
)

// Convert_v1_Secret_To_drop_Secret drops the secret.
// +k8s:conversion-fn=drop
func Convert_v1_Secret_To_drop_Secret(in *Secret, out *drop.Secret, s conversion.Scope) error {
	return nil
}

// Convert_drop_Secret_To_v1_Secret drops the secret.
// +k8s:conversion-fn=drop
func Convert_drop_Secret_To_v1_Secret(in *drop.Secret, out *Secret, s conversion.Scope) error {
	return nil
}
