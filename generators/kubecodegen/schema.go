package kubecodegen

import (
	"fmt"
	"path/filepath"

	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/openapi"
)

// modelsSchema derives, for "all", the OpenAPI models schema the apply
// configurations read: the bytes a models-schema program would print given
// the definitions openapi-gen generated in this run (they are evaluated
// from the generated source; nothing is compiled). It returns nil when the
// run needs none: no apply configurations, a schema named by
// --applyconfig-openapi-schema, or no OpenAPI definitions generated.
func (o *options) modelsSchema(u *load.Universe, files []run.File, p *plan) ([]byte, error) {
	if !o.withApplyconfig || o.applyconfigSchema != "" || p.openapiFile == "" {
		return nil, nil
	}
	overlay := map[string][]byte{}
	for _, f := range files {
		overlay[absPath(f.Path)] = f.Data
	}
	for _, f := range files {
		if f.Path == p.openapiFile {
			return openapi.ModelsSchemaWithOverlay(f.Path, f.Data, packageDir(u), overlay)
		}
	}
	return nil, nil // openapi-gen failed; its errors are reported
}

// absPath returns path made absolute, or as it is when that fails.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// packageDir finds the directory of a loaded package (or of one the
// generated definitions name), for evaluating the OpenAPI methods of its
// types from their source.
func packageDir(u *load.Universe) openapi.MethodFinder {
	return func(importPath string) (string, error) {
		if pkg := u.Package(importPath); pkg != nil && pkg.Dir != "" {
			return pkg.Dir, nil
		}
		return "", fmt.Errorf("package %s is not loaded", importPath)
	}
}
