package cli_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/lister"
)

// TestVersion prints the generator, our module and Go's version, exit 0.
func TestVersion(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := cli.Run(lister.NewCommand(), []string{"--version"}, &stdout, &stderr)
	if code != 0 || !strings.HasPrefix(stdout.String(), "lister-gen ") || !strings.Contains(stdout.String(), "go1.") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and lister-gen's version", code, stdout.String(), stderr.String())
	}
}

// panicking are flags whose Validate panics, as a bug would.
type panicking struct{}

func (panicking) AddFlags(*pflag.FlagSet) {}
func (panicking) Validate() error         { panic("a bug") }

// TestPanicIsExitOne: a panic is an internal error with exit status 1,
// never Go's 2.
func TestPanicIsExitOne(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := cli.Run(&cli.Spec{Name: "panic-gen", Flags: panicking{}}, nil, &stdout, &stderr)
	if code != 1 || !strings.HasPrefix(stderr.String(), "panic-gen: internal error, please report it with the command line: a bug\n") {
		t.Errorf("exit %d, stderr %q; want 1 and an internal error", code, stderr.String())
	}
}

// TestEmptyPackageArgument: an empty package argument or -i element
// (an unset shell variable) is an error that says so, for any generator,
// before anything is loaded.
func TestEmptyPackageArgument(t *testing.T) {
	for _, args := range [][]string{
		{""},
		{"./a", " "},
		{"-i", ""},
		{"-i", ","},
		{"-i", "./a,"},
		{"--input-dirs=./a,,./b"},
	} {
		var stdout, stderr bytes.Buffer
		code := cli.Run(lister.NewCommand(), append([]string{"--output-dir", "x", "--output-pkg", "example.com/x"}, args...), &stdout, &stderr)
		if code != 1 || !strings.Contains(stderr.String(), "lister-gen: empty package argument") {
			t.Errorf("%q: exit %d, stderr %q; want 1 and an empty package argument error", args, code, stderr.String())
		}
		if strings.Contains(stderr.String(), "no Go files") || strings.Contains(stderr.String(), "loading") {
			t.Errorf("%q: the loader ran: %q", args, stderr.String())
		}
	}
}
