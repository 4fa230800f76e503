// Command openapi-gen generates the OpenAPI definitions of Kubernetes-style
// API types: a drop-in replacement for k8s.io/kube-openapi's openapi-gen,
// with the same flags, tags and output, plus -i/--input-dirs,
// --verify-only, positioned errors and --fail-on-violations.
//
// Tags (run with --help for the full list):
//
//	// +k8s:openapi-gen=true|false             in doc.go or above a type: generate definitions for it
//	// +k8s:openapi-model-package=<prefix>     in doc.go or above a type: model names <prefix>.<Type>
//	// +listType, +listMapKey, +mapType, +structType, +enum, +union, +default, +optional, +required
//	// +k8s:validation:<rule>=<value>          on a type or field: a validation of its schema
//
// Usage:
//
//	openapi-gen --output-dir pkg/generated/openapi --output-pkg example.com/m/pkg/generated/openapi \
//	    --output-file zz_generated.openapi.go --output-model-name-file zz_generated.model_name.go ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/openapi"
)

func main() {
	os.Exit(cli.Main(openapi.NewCommand()))
}
