package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(conversion.NewCommand()))
}
