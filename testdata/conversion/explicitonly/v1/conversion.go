package v1

import (
	"k8s.io/apimachinery/pkg/conversion"

	"github.com/gengokit/gengokit/testdata/conversion/explicitonly"
)

// Convert_v1_Duration_To_explicitonly_Duration converts seconds to milliseconds.
func Convert_v1_Duration_To_explicitonly_Duration(in *Duration, out *explicitonly.Duration, s conversion.Scope) error {
	out.Millis = in.Seconds * 1000
	return nil
}

// Convert_explicitonly_Duration_To_v1_Duration converts milliseconds to seconds.
func Convert_explicitonly_Duration_To_v1_Duration(in *explicitonly.Duration, out *Duration, s conversion.Scope) error {
	out.Seconds = in.Millis / 1000
	return nil
}
