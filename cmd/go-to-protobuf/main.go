package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/protobuf"
)

func main() {
	os.Exit(cli.Main(protobuf.NewCommand()))
}
