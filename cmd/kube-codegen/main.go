package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kubecodegen"
	"github.com/gengokit/gengokit/generators/protobuf"
)

func main() {
	if protobuf.IsPlugin() { // protoc started this binary as go-to-protobuf's plugin (the protobuf step)
		os.Exit(protobuf.ServePlugin(os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(kubecodegen.Main(os.Args[1:], os.Stdout, os.Stderr))
}
