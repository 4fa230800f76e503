// Command deepcopy-gen generates deep-copy methods for Kubernetes-style API
// types: a drop-in replacement for k8s.io/code-generator's deepcopy-gen
// v0.37, with the same flags, tags and output, plus -i/--input-dirs,
// --verify-only and positioned errors.
//
// Tags (run with --help for the full list):
//
//	// +k8s:deepcopy-gen=package           in doc.go: every copyable type of the package
//	// +k8s:deepcopy-gen=false             in doc.go: none; on a type: not this one
//	// +k8s:deepcopy-gen=true              on a type: this one, in a package without "package"
//	// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
//	                                       on a type: also DeepCopyObject() runtime.Object
//	// +k8s:deepcopy-gen:nonpointer-interfaces=true
//	                                       on a type: put DeepCopy<Interface> on the value receiver
//
// Usage:
//
//	deepcopy-gen --output-file zz_generated.deepcopy.go ./pkg/apis/...
//	deepcopy-gen -i ./pkg/apis/v1 --output-file zz_generated.deepcopy.go
//	deepcopy-gen --verify-only --output-file zz_generated.deepcopy.go ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(deepcopy.NewCommand()))
}
