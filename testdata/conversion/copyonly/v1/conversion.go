package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/copyonly"
)

// Convert_v1_Stamp_To_copyonly_Stamp only copies.
// +k8s:conversion-fn=copy-only
func Convert_v1_Stamp_To_copyonly_Stamp(in *Stamp, out *copyonly.Stamp, s conversion.Scope) error {
	out.Seconds = in.Seconds
	return nil
}

// Convert_copyonly_Stamp_To_v1_Stamp only copies.
// +k8s:conversion-fn=copy-only
func Convert_copyonly_Stamp_To_v1_Stamp(in *copyonly.Stamp, out *Stamp, s conversion.Scope) error {
	out.Seconds = in.Seconds
	return nil
}
