// Command informer-gen generates shared informers for Kubernetes-style API types: a
// drop-in replacement for k8s.io/code-generator's informer-gen v0.37, with
// the same flags, tags and output, plus -i/--input-dirs, --verify-only and
// positioned errors.
//
// A type gets an informer when it has +genclient and the list and watch
// verbs, and not +genclient:noVerbs; the factory (factory.go), the generic
// informer (generic.go) and the group and version interfaces are generated
// beside them. Run with --help for every flag and tag.
//
// Usage:
//
//	informer-gen --output-dir ./pkg/generated/informers --output-pkg example.com/pkg/generated/informers \
//	    --versioned-clientset-package example.com/pkg/generated/clientset/versioned \
//	    --listers-package example.com/pkg/generated/listers ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(informer.NewCommand()))
}
