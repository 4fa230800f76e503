package kubecodegen

import (
	"path/filepath"
)

// modelsSchema returns, for "all", the OpenAPI models schema the apply
// configurations read: the bytes a models-schema program would print given
// the definitions openapi-gen generated in this run (openapi-gen derives
// them from its model of the definitions; nothing is compiled). It returns
// nil when the run needs none: no apply configurations, a schema named by
// --applyconfig-openapi-schema, or no OpenAPI definitions generated.
func (o *options) modelsSchema(p *plan) ([]byte, error) {
	if !o.withApplyconfig || o.applyconfigSchema != "" || p.openapiFile == "" {
		return nil, nil
	}
	return p.schema, p.schemaErr // nil, nil when openapi-gen failed: its errors are reported
}

// absPath returns path made absolute, or as it is when that fails.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
