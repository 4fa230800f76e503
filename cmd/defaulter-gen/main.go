package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(defaulter.NewCommand()))
}
