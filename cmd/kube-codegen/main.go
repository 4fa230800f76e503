package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kubecodegen"
)

func main() { os.Exit(kubecodegen.Main(os.Args[1:], os.Stdout, os.Stderr)) }
