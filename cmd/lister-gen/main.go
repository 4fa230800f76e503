package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/lister"
)

func main() {
	os.Exit(cli.Main(lister.NewCommand()))
}
