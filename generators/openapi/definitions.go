package openapi

import (
	"k8s.io/gengo/v2/generator"
)

// definitionsTarget returns the target writing the OpenAPI definitions
// file into --output-dir.
func (p *plan) definitionsTarget(c *generator.Context, hdr []byte) generator.Target {
	return nil
}
