package cli_test

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/kit/cli"
)

// TestInvokeTypedArgs: a generator whose arguments are filled in Go is
// validated as its command line would be, and reads the packages given,
// or, for client-gen, those its --input names.
func TestInvokeTypedArgs(t *testing.T) {
	args := deepcopy.NewArgs()
	args.OutputFile = "zz_generated.deepcopy.go"
	inv, err := cli.Invoke(deepcopy.Command(args), []string{"example.com/m/apis/v1"}, io.Discard)
	if err != nil || !slices.Equal(inv.Patterns, []string{"example.com/m/apis/v1"}) {
		t.Fatalf("deepcopy-gen: %v, %v", inv, err)
	}
	args.OutputFile = "sub/zz_generated.deepcopy.go"
	if _, err := cli.Invoke(deepcopy.Command(args), []string{"example.com/m/apis/v1"}, io.Discard); err == nil || !strings.Contains(err.Error(), "output-file") {
		t.Errorf("an output file with a directory: %v, want --output-file refused", err)
	}
	if _, err := cli.Invoke(deepcopy.Command(deepcopy.NewArgs()), []string{" "}, io.Discard); err == nil || !strings.Contains(err.Error(), "empty package argument") {
		t.Errorf("an empty package: %v, want it refused", err)
	}
	cargs := client.NewArgs()
	cargs.OutputDir, cargs.OutputPkg, cargs.ClientsetName = t.TempDir(), "example.com/m/clientset", "versioned"
	cargs.InputBase, cargs.Inputs = "example.com/m/apis", []string{"shop/v1"}
	if inv, err := cli.Invoke(client.Command(cargs), nil, io.Discard); err != nil || !slices.Equal(inv.Patterns, []string{"example.com/m/apis/shop/v1"}) {
		t.Errorf("client-gen: %v, %v; want the package its --input names", inv, err)
	}
}
