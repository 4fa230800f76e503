package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

func main() {
	os.Exit(cli.Main(client.NewCommand()))
}
