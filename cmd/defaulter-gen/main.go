// Command defaulter-gen generates object defaulters for Kubernetes-style
// API types: a drop-in replacement for k8s.io/code-generator's
// defaulter-gen v0.37, with the same flags, tags and output, plus
// -i/--input-dirs, --verify-only and positioned errors.
//
// Tags (run with --help for the full list):
//
//	// +k8s:defaulter-gen=TypeMeta        in doc.go: an object defaulter for every struct with a TypeMeta field
//	// +k8s:defaulter-gen-input=<path>    in doc.go: default the types of another package
//	// +k8s:defaulter-gen=true|false      in a block above a type: opt it in or out
//	// +k8s:defaulter-gen=covers          on SetDefaults_<Type>: it calls the nested defaulters itself
//	// +default=<JSON>|ref(<Name>)        on a field: its default value
//
// Usage:
//
//	defaulter-gen --output-file zz_generated.defaults.go ./pkg/apis/...
//	defaulter-gen --verify-only --output-file zz_generated.defaults.go ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(defaulter.NewCommand()))
}
