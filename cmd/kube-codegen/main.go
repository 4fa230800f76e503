// Command kube-codegen is kube_codegen.sh as one Go command: see
// generators/kubecodegen, and `kube-codegen --help`.
package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kubecodegen"
)

func main() { os.Exit(kubecodegen.Main(os.Args[1:], os.Stdout, os.Stderr)) }
