package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(applyconfiguration.NewCommand()))
}
