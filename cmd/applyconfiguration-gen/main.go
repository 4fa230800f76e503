// Command applyconfiguration-gen generates apply configurations for
// Kubernetes-style API types: a drop-in replacement for
// k8s.io/code-generator's applyconfiguration-gen v0.37, with the same
// flags, tags and output, plus -i/--input-dirs, --verify-only and
// positioned errors.
//
// Every struct reachable from a +genclient type with the apply (or
// applyStatus) verb gets a <Type>ApplyConfiguration with With* builders;
// with --openapi-schema, +genclient types also get Extract<Type> functions
// and internal/internal.go holds the schema they use. utils.go maps a
// GroupVersionKind to its apply configuration (ForKind).
//
// The tags it reads:
//
//	+genclient                                  on a type: it can be applied (unless its verbs exclude apply and applyStatus)
//	+genclient:nonNamespaced                    on a type: its constructor and Extract take no namespace
//	+genclient:noStatus                         on a type: no Extract<Type>Status
//	+genclient:onlyVerbs=get,list,apply         on a type: restricts the verbs (also skipVerbs, readonly, noVerbs)
//	+genclient:method=ApplyScale,verb=apply,subresource=scale,input=Scale
//	                                            on a type: Extract<Type>Scale, and Scale gets an apply configuration
//	+groupName=example.com                      in doc.go: the API group (apiVersion, ForKind)
//	+groupGoName=Example                        in doc.go: the group's Go name
//	+k8s:applyconfiguration-gen=false           in doc.go: skip the package
//
// Run with --help for every flag.
//
// Usage:
//
//	applyconfiguration-gen --output-dir ./pkg/generated/applyconfigurations \
//	    --output-pkg example.com/pkg/generated/applyconfigurations \
//	    --openapi-schema api/openapi.json ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(applyconfiguration.NewCommand()))
}
