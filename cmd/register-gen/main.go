package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/register"
)

func main() {
	os.Exit(cli.Main(register.NewCommand()))
}
