package openapi

import (
	"encoding/json"
	"fmt"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// ModelsSchema returns the OpenAPI v2 document (JSON) of the definitions
// a generated GetOpenAPIDefinitions returns, every schema under
// #/definitions/<model name>: the document applyconfiguration-gen's
// --openapi-schema reads to write Extract functions, and a fake
// clientset's server-side Apply needs. A definition that embeds a v2
// schema beside its v3 one (EmbedOpenAPIDefinitionIntoV2Extension) is
// given by its v2 schema. A project turns its own definitions into the
// document with a program of a few lines:
//
//	data, err := openapi.ModelsSchema(generated.GetOpenAPIDefinitions)
//	// write data to the file given to applyconfiguration-gen --openapi-schema
func ModelsSchema(get common.GetOpenAPIDefinitions) ([]byte, error) {
	byName := get(definitionRef)
	defs := spec.Definitions{}
	for name := range byName {
		defs[name] = v2Schema(byName[name])
	}
	info := &spec.Info{InfoProps: spec.InfoProps{Title: "Kubernetes", Version: "unversioned"}}
	data, err := json.Marshal(&spec.Swagger{SwaggerProps: spec.SwaggerProps{Swagger: "2.0", Info: info, Definitions: defs}})
	if err != nil {
		return nil, fmt.Errorf("serializing the OpenAPI definitions: %w", err)
	}
	return data, nil
}

// definitionRef points at a model of the document's definitions.
func definitionRef(name string) spec.Ref {
	return spec.MustCreateRef("#/definitions/" + name)
}

// v2Schema is def's schema as OpenAPI v2 has it: the v2 schema def embeds
// beside its v3 one, if any, else its only schema.
func v2Schema(def common.OpenAPIDefinition) spec.Schema {
	if embedded, ok := def.Schema.Extensions[common.ExtensionV2Schema].(spec.Schema); ok {
		return embedded
	}
	return def.Schema
}
