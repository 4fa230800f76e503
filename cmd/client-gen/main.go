// Command client-gen generates typed clientsets (with fakes) for Kubernetes-style API types: a
// drop-in replacement for k8s.io/code-generator's client-gen v0.37, with
// the same flags, tags and output, plus -i/--input-dirs, --verify-only and
// positioned errors.
//
// A type gets a typed client when it has +genclient; its verbs follow
// +genclient:onlyVerbs, skipVerbs, readonly, noVerbs and noStatus, and
// +genclient:method adds methods. Run with --help for every flag and tag.
//
// Usage:
//
//	client-gen --input-base example.com/m/pkg/apis --input networking/v1 \
//	    --output-dir ./pkg/generated --output-pkg example.com/m/pkg/generated \
//	    --clientset-name versioned --apply-configuration-package example.com/m/pkg/generated/applyconfigurations
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(client.NewCommand()))
}
