package main

import (
	"os"

	"github.com/gengokit/gengokit/cmd/crd-check/internal/celcheck"
)

func main() {
	os.Exit(celcheck.Main(os.Args[1:], os.Stderr))
}
