package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/protobuf"
)

func main() {
	if protobuf.IsPlugin() { // protoc started this binary as go-to-protobuf's plugin
		os.Exit(protobuf.ServePlugin(os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(cli.Main(protobuf.NewCommand()))
}
