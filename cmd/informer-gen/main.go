package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(informer.NewCommand()))
}
