package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(deepcopy.NewCommand()))
}
