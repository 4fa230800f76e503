package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/openapi"
)

func main() {
	os.Exit(cli.Main(openapi.NewCommand()))
}
