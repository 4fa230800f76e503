// Command models-schema prints the OpenAPI v2 document of the Network
// API's generated definitions (zz_generated.openapi.go, from gengokit's
// openapi-gen), which applyconfiguration-gen reads with --openapi-schema:
// the apply configurations get their Extract functions, and the fake
// clientset serves server-side Apply, from a schema of the API's own types.
// make generate writes its output to pkg/generated/openapi/models-schema.json.
package main

import (
	"fmt"
	"os"

	"github.com/gengokit/gengokit/examples/network/pkg/generated/openapi"
	gen "github.com/gengokit/gengokit/generators/openapi"
)

func main() {
	data, err := gen.ModelsSchema(openapi.GetOpenAPIDefinitions)
	if err != nil {
		fmt.Fprintln(os.Stderr, "models-schema:", err)
		os.Exit(1)
	}
	if _, err := os.Stdout.Write(data); err != nil {
		fmt.Fprintln(os.Stderr, "models-schema:", err)
		os.Exit(1)
	}
}
