package v1

import (
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// Whole gives its whole definition.
type Whole struct {
	Value string `json:"value"`
}

// OpenAPIDefinition returns Whole's definition.
func (Whole) OpenAPIDefinition() common.OpenAPIDefinition {
	return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"string"}}}}
}

// Both gives its v2 and its v3 definitions.
type Both struct {
	Value string `json:"value"`
}

// OpenAPIDefinition returns Both's v2 definition.
func (Both) OpenAPIDefinition() common.OpenAPIDefinition {
	return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"string"}}}}
}

// OpenAPIV3Definition returns Both's v3 definition.
func (Both) OpenAPIV3Definition() common.OpenAPIDefinition {
	return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"string"}, Nullable: true}}}
}

// OnlyV3 gives only its v3 definition.
type OnlyV3 struct {
	Value string `json:"value"`
}

// OpenAPIV3Definition returns OnlyV3's definition.
func (OnlyV3) OpenAPIV3Definition() common.OpenAPIDefinition {
	return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"string"}}}}
}

// Duration is written as a string.
type Duration struct {
	D int64 `json:"-"`
}

// OpenAPISchemaType is the schema's type.
func (Duration) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the schema's format.
func (Duration) OpenAPISchemaFormat() string { return "duration" }

// Amount is a string or a number.
type Amount struct {
	v string
}

// OpenAPISchemaType is the v2 schema's type.
func (Amount) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the schema's format.
func (Amount) OpenAPISchemaFormat() string { return "" }

// OpenAPIV3OneOfTypes are the v3 schema's types.
func (Amount) OpenAPIV3OneOfTypes() []string { return []string{"number", "string"} }

// Mixed has a type and format and a v3 definition.
type Mixed struct {
	v string
}

// OpenAPISchemaType is the schema's type.
func (Mixed) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the schema's format.
func (Mixed) OpenAPISchemaFormat() string { return "" }

// OpenAPIV3Definition returns Mixed's v3 definition.
func (Mixed) OpenAPIV3Definition() common.OpenAPIDefinition {
	return common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"string"}}}}
}

// User refers to each of them.
type User struct {
	Whole    Whole      `json:"whole"`
	Both     *Both      `json:"both,omitempty"`
	OnlyV3   OnlyV3     `json:"onlyV3"`
	Duration Duration   `json:"duration"`
	Amount   *Amount    `json:"amount,omitempty"`
	Mixed    Mixed      `json:"mixed"`
	Amounts  []Amount   `json:"amounts,omitempty"`
	Durs     []Duration `json:"durs,omitempty"`
}
