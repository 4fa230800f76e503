// Command register-gen writes the registration file of a Kubernetes-style
// API package (GroupName, GroupVersion, SchemeGroupVersion, Resource,
// SchemeBuilder, AddToScheme, Install and addKnownTypes with every type
// that embeds TypeMeta): a drop-in replacement for k8s.io/code-generator's
// register-gen v0.37, with the same flags, tags and output, plus
// -i/--input-dirs, --verify-only and positioned errors.
//
// A package gets the file when its doc.go says +k8s:register-gen=true, or
// has a +groupName and no +k8s:register-gen=false; it does not when it
// keeps a hand-written register.go, is an internal package, or has no type
// with a TypeMeta field.
//
// Usage:
//
//	register-gen --output-file zz_generated.register.go ./pkg/apis/...
//	register-gen -i ./pkg/apis/example/v1 --output-file zz_generated.register.go
//	register-gen --verify-only --output-file zz_generated.register.go ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/register"
)

func main() {
	os.Exit(cli.Main(register.NewCommand()))
}
