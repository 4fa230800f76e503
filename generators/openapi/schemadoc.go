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
	ref := func(name string) spec.Ref { return spec.MustCreateRef("#/definitions/" + name) }
	defs := get(ref)
	schemas := make(spec.Definitions, len(defs))
	for name, def := range defs {
		schemas[name] = def.Schema
		if v2, ok := def.Schema.Extensions[common.ExtensionV2Schema].(spec.Schema); ok {
			schemas[name] = v2
		}
	}
	doc := &spec.Swagger{SwaggerProps: spec.SwaggerProps{
		Swagger:     "2.0",
		Info:        &spec.Info{InfoProps: spec.InfoProps{Title: "Kubernetes", Version: "unversioned"}},
		Definitions: schemas,
	}}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("serializing the OpenAPI definitions: %w", err)
	}
	return data, nil
}
