package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/validation"
)

func main() {
	os.Exit(cli.Main(validation.NewCommand()))
}
