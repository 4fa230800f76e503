package openapi

import (
	"encoding/json"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// validationTags are the validation markers of a type or field, nested
// for items, properties and additional properties.
type validationTags struct {
	Nullable             *bool                      `json:"nullable,omitempty"`
	Format               *string                    `json:"format,omitempty"`
	Maximum              *float64                   `json:"maximum,omitempty"`
	ExclusiveMaximum     *bool                      `json:"exclusiveMaximum,omitempty"`
	Minimum              *float64                   `json:"minimum,omitempty"`
	ExclusiveMinimum     *bool                      `json:"exclusiveMinimum,omitempty"`
	MaxLength            *int64                     `json:"maxLength,omitempty"`
	MinLength            *int64                     `json:"minLength,omitempty"`
	Pattern              *string                    `json:"pattern,omitempty"`
	MaxItems             *int64                     `json:"maxItems,omitempty"`
	MinItems             *int64                     `json:"minItems,omitempty"`
	UniqueItems          *bool                      `json:"uniqueItems,omitempty"`
	MultipleOf           *float64                   `json:"multipleOf,omitempty"`
	Enum                 []any                      `json:"enum,omitempty"`
	MaxProperties        *int64                     `json:"maxProperties,omitempty"`
	MinProperties        *int64                     `json:"minProperties,omitempty"`
	Items                *validationTags            `json:"items,omitempty"`
	Properties           map[string]*validationTags `json:"properties,omitempty"`
	AdditionalProperties *validationTags            `json:"additionalProperties,omitempty"`
	CEL                  []celRule                  `json:"cel,omitempty"`
}

// celRule is one +k8s:validation:cel[i] rule: x-kubernetes-validations.
type celRule struct {
	Rule              string `json:"rule,omitempty"`
	Message           string `json:"message,omitempty"`
	MessageExpression string `json:"messageExpression,omitempty"`
	OptionalOldSelf   *bool  `json:"optionalOldSelf,omitempty"`
	Reason            string `json:"reason,omitempty"`
	FieldPath         string `json:"fieldPath,omitempty"`
}

// markerSchema turns the marker tree of a type or field of type t into
// its validation schema, after upstream's checks; errors are at line.
func markerSchema(t *types.Type, tree map[string]any, line string, where func(string) token.Position) (*spec.Schema, error) {
	var tags validationTags
	data, err := json.Marshal(tree)
	if err == nil {
		err = json.Unmarshal(data, &tags)
	}
	if err == nil {
		err = joinProblems(append(tags.check(), tags.checkType(t)...))
	}
	if err != nil {
		return nil, markerErr(where, line, "invalid validation markers (%s): %v", strings.Join(slices.Sorted(keysOf(tree)), ", "), err)
	}
	return tags.schema(), nil
}

func keysOf(m map[string]any) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// joinProblems joins problem messages into one error; nil when none.
func joinProblems(problems []string) error {
	if len(problems) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(problems, "; "))
}

// schema returns the validation schema of the markers: the validations
// themselves, CEL rules as x-kubernetes-validations, and those of items,
// properties and additional properties in an allOf entry (they describe
// parts the type's own schema has, and must not add any).
func (v *validationTags) schema() *spec.Schema {
	if v == nil {
		return nil
	}
	s := &spec.Schema{SchemaProps: spec.SchemaProps{
		Nullable: isTrue(v.Nullable), Format: deref(v.Format), Maximum: v.Maximum, ExclusiveMaximum: isTrue(v.ExclusiveMaximum),
		Minimum: v.Minimum, ExclusiveMinimum: isTrue(v.ExclusiveMinimum), MaxLength: v.MaxLength, MinLength: v.MinLength,
		Pattern: deref(v.Pattern), MaxItems: v.MaxItems, MinItems: v.MinItems, UniqueItems: isTrue(v.UniqueItems),
		MultipleOf: v.MultipleOf, Enum: v.Enum, MaxProperties: v.MaxProperties, MinProperties: v.MinProperties,
	}}
	if len(v.CEL) > 0 {
		var rules []any
		data, _ := json.Marshal(v.CEL)
		_ = json.Unmarshal(data, &rules)
		s.AddExtension("x-kubernetes-validations", rules)
	}
	var nested spec.SchemaProps
	if v.Items != nil {
		nested.Items = &spec.SchemaOrArray{Schema: v.Items.schema()}
	}
	if len(v.Properties) > 0 {
		nested.Properties = map[string]spec.Schema{}
		for name, p := range v.Properties {
			if p == nil {
				p = &validationTags{}
			}
			nested.Properties[name] = *p.schema()
		}
	}
	if v.AdditionalProperties != nil {
		nested.AdditionalProperties = &spec.SchemaOrBool{Allows: true, Schema: v.AdditionalProperties.schema()}
	}
	if nested.Items != nil || nested.Properties != nil || nested.AdditionalProperties != nil {
		s.AllOf = append(s.AllOf, spec.Schema{SchemaProps: nested})
	}
	return s
}

func isTrue(b *bool) bool { return b != nil && *b }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
