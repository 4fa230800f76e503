package main

import (
	"os"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/prereleaselifecycle"
)

func main() {
	os.Exit(cli.Main(prereleaselifecycle.NewCommand()))
}
