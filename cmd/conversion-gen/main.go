// Command conversion-gen generates the conversion functions between the
// versions of Kubernetes-style API types: a drop-in replacement for
// k8s.io/code-generator's conversion-gen v0.37, with the same flags, tags
// and output, plus -i/--input-dirs, --verify-only and positioned errors
// where upstream writes code that does not compile.
//
// Tags (run with --help for the full list):
//
//	// +k8s:conversion-gen=<import/path>               in doc.go: convert to and from the types of the same name there (repeatable)
//	// +k8s:conversion-gen=false                       in doc.go: only register the hand-written conversions
//	// +k8s:conversion-gen-external-types=<path>       in doc.go: the converted types live in another package
//	// +k8s:conversion-gen=false                       on a type or field: leave it out
//	// +k8s:conversion-gen:explicit-from=net/url.Values on a type: also convert from url.Values
//	// +k8s:conversion-fn=copy-only|drop               on a hand-written Convert_ function
//
// Usage:
//
//	conversion-gen --output-file zz_generated.conversion.go ./pkg/apis/...
//	conversion-gen --verify-only --output-file zz_generated.conversion.go ./pkg/apis/...
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(conversion.NewCommand()))
}
