package crd

import "encoding/json"

// jsonSchema is one node of an OpenAPI v3 schema as a CustomResourceDefinition
// carries it (apiextensions.k8s.io/v1 JSONSchemaProps): the fields the
// generator writes, with their JSON names. The YAML of a CRD lists keys
// in alphabetical order, so the order here is only for reading.
type jsonSchema struct {
	Description          string                 `json:"description,omitempty"`
	Type                 string                 `json:"type,omitempty"`
	Format               string                 `json:"format,omitempty"`
	Title                string                 `json:"title,omitempty"`
	Default              json.RawMessage        `json:"default,omitempty"`
	Example              json.RawMessage        `json:"example,omitempty"`
	Enum                 []json.RawMessage      `json:"enum,omitempty"`
	Maximum              *float64               `json:"maximum,omitempty"`
	ExclusiveMaximum     bool                   `json:"exclusiveMaximum,omitempty"`
	Minimum              *float64               `json:"minimum,omitempty"`
	ExclusiveMinimum     bool                   `json:"exclusiveMinimum,omitempty"`
	MultipleOf           *float64               `json:"multipleOf,omitempty"`
	MaxLength            *int64                 `json:"maxLength,omitempty"`
	MinLength            *int64                 `json:"minLength,omitempty"`
	Pattern              string                 `json:"pattern,omitempty"`
	MaxItems             *int64                 `json:"maxItems,omitempty"`
	MinItems             *int64                 `json:"minItems,omitempty"`
	UniqueItems          bool                   `json:"uniqueItems,omitempty"`
	MaxProperties        *int64                 `json:"maxProperties,omitempty"`
	MinProperties        *int64                 `json:"minProperties,omitempty"`
	Required             []string               `json:"required,omitempty"`
	Items                *jsonSchema            `json:"items,omitempty"`
	AllOf                []*jsonSchema          `json:"allOf,omitempty"`
	AnyOf                []*jsonSchema          `json:"anyOf,omitempty"`
	Properties           map[string]*jsonSchema `json:"properties,omitempty"`
	AdditionalProperties any                    `json:"additionalProperties,omitempty"`
	Nullable             bool                   `json:"nullable,omitempty"`
	ExternalDocs         *externalDocs          `json:"externalDocs,omitempty"`

	PreserveUnknownFields *bool     `json:"x-kubernetes-preserve-unknown-fields,omitempty"`
	EmbeddedResource      bool      `json:"x-kubernetes-embedded-resource,omitempty"`
	IntOrString           bool      `json:"x-kubernetes-int-or-string,omitempty"`
	ListMapKeys           []string  `json:"x-kubernetes-list-map-keys,omitempty"`
	ListType              string    `json:"x-kubernetes-list-type,omitempty"`
	MapType               string    `json:"x-kubernetes-map-type,omitempty"`
	Validations           []celRule `json:"x-kubernetes-validations,omitempty"`
}

// externalDocs links a schema to documentation elsewhere
// (+kubebuilder:externalDocs).
type externalDocs struct {
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
}

// celRule is one CEL rule of a schema (x-kubernetes-validations).
type celRule struct {
	Rule              string `json:"rule"`
	Message           string `json:"message,omitempty"`
	MessageExpression string `json:"messageExpression,omitempty"`
	Reason            string `json:"reason,omitempty"`
	FieldPath         string `json:"fieldPath,omitempty"`
	OptionalOldSelf   *bool  `json:"optionalOldSelf,omitempty"`
}

// clone returns a deep copy of s, so that a type's schema can be changed
// where one field uses it without changing it for the others.
func (s *jsonSchema) clone() *jsonSchema {
	if s == nil {
		return nil
	}
	c := *s
	c.Items = s.Items.clone()
	c.Properties = nil
	if s.Properties != nil {
		c.Properties = make(map[string]*jsonSchema, len(s.Properties))
		for k, v := range s.Properties {
			c.Properties[k] = v.clone()
		}
	}
	if add, ok := s.AdditionalProperties.(*jsonSchema); ok {
		c.AdditionalProperties = add.clone()
	}
	c.AllOf, c.AnyOf = cloneAll(s.AllOf), cloneAll(s.AnyOf)
	c.Required = append([]string(nil), s.Required...)
	c.ListMapKeys = append([]string(nil), s.ListMapKeys...)
	c.Enum = append([]json.RawMessage(nil), s.Enum...)
	c.Validations = append([]celRule(nil), s.Validations...)
	return &c
}

// cloneAll clones every schema of a list.
func cloneAll(list []*jsonSchema) []*jsonSchema {
	if list == nil {
		return nil
	}
	out := make([]*jsonSchema, len(list))
	for i, s := range list {
		out[i] = s.clone()
	}
	return out
}
