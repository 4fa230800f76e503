// Command prerelease-lifecycle-gen generates the lifecycle methods of
// Kubernetes-style API types (APILifecycleIntroduced, APILifecycleDeprecated,
// APILifecycleRemoved, APILifecycleReplacement): a drop-in replacement for
// k8s.io/code-generator's prerelease-lifecycle-gen v0.37, with the same
// flags, tags and output, plus -i/--input-dirs, --verify-only and
// positioned errors.
//
// Tags (run with --help for the full list):
//
//	// +k8s:prerelease-lifecycle-gen=true                 in doc.go: every API type of the package
//	// +k8s:prerelease-lifecycle-gen:introduced=1.19      on a type embedding TypeMeta (required)
//	// +k8s:prerelease-lifecycle-gen:deprecated=1.22      default introduced+3 minor (none in v<N> packages)
//	// +k8s:prerelease-lifecycle-gen:removed=1.25         default deprecated+3 minor (none in v<N> packages)
//	// +k8s:prerelease-lifecycle-gen:replacement=apps,v1,Deployment
//
// Usage:
//
//	prerelease-lifecycle-gen --output-file zz_generated.prerelease-lifecycle.go ./pkg/apis/...
//	prerelease-lifecycle-gen -i ./pkg/apis/v1beta1 --output-file zz_generated.prerelease-lifecycle.go
//	prerelease-lifecycle-gen --verify-only --output-file zz_generated.prerelease-lifecycle.go ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/prereleaselifecycle"
)

func main() {
	os.Exit(cli.Main(prereleaselifecycle.NewCommand()))
}
