package kubecodegen

import (
	"errors"

	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// modelsSchema derives, for "all", the OpenAPI models schema the apply
// configurations read: what a models-schema program would print given the
// definitions openapi-gen generated in this run. It returns nil when the
// run does not need one.
func (o *options) modelsSchema(u *load.Universe, files []run.File, p *plan) ([]byte, error) {
	if !o.withApplyconfig || o.applyconfigSchema != "" || p.openapiFile == "" {
		return nil, nil
	}
	return nil, errors.New("not yet")
}
