package features

import (
	"context"

	"k8s.io/apimachinery/pkg/api/operation"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// ValidateCustom_Pipeline_Owner is the hand-written validation
// +k8s:customValidation calls: an owner may not be "nobody".
func ValidateCustom_Pipeline_Owner(_ context.Context, _ operation.Operation, fldPath *field.Path, value, _ *string) field.ErrorList {
	if value != nil && *value == "nobody" {
		return field.ErrorList{field.Invalid(fldPath, *value, "nobody owns it")}
	}
	return nil
}
