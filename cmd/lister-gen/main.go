// Command lister-gen generates listers for Kubernetes-style API types: a
// drop-in replacement for k8s.io/code-generator's lister-gen v0.37, with
// the same flags, tags and output, plus -i/--input-dirs, --verify-only and
// positioned errors.
//
// A type gets a lister when it has +genclient and the get and list verbs
// (see +genclient:onlyVerbs, +genclient:skipVerbs); +genclient:nonNamespaced
// makes it cluster-scoped. Run with --help for every flag and tag.
//
// Usage:
//
//	lister-gen --output-dir ./pkg/generated/listers --output-pkg example.com/pkg/generated/listers ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/lister"
)

func main() {
	os.Exit(cli.Main(lister.NewCommand()))
}
