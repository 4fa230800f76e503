package client_test

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
)

var update = flag.Bool("update", false, "rewrite the golden trees under testdata/client")

const module = "github.com/gengokit/gengokit"

// TestGolden generates every case of testdata/client into memory and
// compares the tree with the case's want/; then vets want/, which compiles
// it against client-go.
func TestGolden(t *testing.T) {
	goldentest.Loads(t)
	dir := filepath.Join(goldentest.Root(t), "testdata", "client")
	goldentest.TreeCases(t, dir, client.Name, module, generate, *update)
}

func generate(args []string) ([]run.File, error) {
	return cli.Generate(client.NewCommand(), args)
}

// TestErrors checks the error cases of testdata/client/errors.
func TestErrors(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	goldentest.ErrorCases(t, filepath.Join(root, "testdata", "client", "errors"), 2,
		func() *cli.Spec { return client.NewCommand() },
		func(out string) []string {
			return []string{"--output-dir", out, "--output-pkg", "example.com/clients", "--clientset-name", "versioned",
				"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}
		})
}

// TestInputErrors checks --input problems: an --input naming no package,
// and malformed flag values, each refused naming the flag, exit 1.
func TestInputErrors(t *testing.T) {
	goldentest.Loads(t)
	base := []string{"--output-dir", t.TempDir(), "--output-pkg", "example.com/clients", "--clientset-name", "versioned"}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"input naming no package", []string{"--input-base", "github.com/gengokit/gengokit/testdata/apis", "--input", "nothere/v1"}, "the packages named by --input (under --input-base) are: github.com/gengokit/gengokit/testdata/apis/nothere/v1"},
		{"no input", nil, "--input must name at least one group/version"},
		{"bad override", []string{"--input", "apps/v1", "--included-types-overrides", "Deployment"}, "--included-types-overrides"},
		{"override matching no input", []string{"--input-base", "github.com/gengokit/gengokit/testdata/apis", "--input", "example/v1", "--included-types-overrides", "example/v1/Gadget"}, "--included-types-overrides: example/v1 matches no --input group version; name groups as +groupName does (example.com/v1)"},
		{"input twice", []string{"--input", "apps/v1,apps/v1"}, "--input apps/v1 is given twice"},
		{"api path with trailing /", []string{"--input", "apps/v1", "--clientset-api-path", "/apis/"}, `--clientset-api-path "/apis/" must start with / and not end with /: write /apis`},
		{"bad plural exception", []string{"--input", "apps/v1", "--plural-exceptions", "Fish"}, "--plural-exceptions"},
		{"package arguments", []string{"--input-base", "github.com/gengokit/gengokit/testdata/apis", "--input", "example/v1", "./testdata/apis/..."},
			"client-gen: package arguments and -i are not read: name group versions with --input under --input-base"},
		{"-i", []string{"--input-base", "github.com/gengokit/gengokit/testdata/apis", "--input", "example/v1", "-i", "./testdata/apis/example/v1"},
			"client-gen: package arguments and -i are not read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := cli.Run(client.NewCommand(), append(append([]string{}, base...), tt.args...), &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr.String(), tt.want)
			}
		})
	}
}

// TestClientsetOnly checks that --clientset-only writes the clientset, its
// scheme and its fake, and no typed client (whose packages must then exist
// elsewhere, so the output is not compiled here).
func TestClientsetOnly(t *testing.T) {
	goldentest.Loads(t)
	out := t.TempDir()
	files, err := cli.Generate(client.NewCommand(), []string{"--output-dir", out, "--output-pkg", "example.com/clients",
		"--clientset-name", "shell", "--clientset-only", "--input-base", "github.com/gengokit/gengokit/testdata/apis", "--input", "example/v1"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		rel, _ := filepath.Rel(out, f.Path)
		got = append(got, filepath.ToSlash(rel))
	}
	want := "shell/clientset.go shell/fake/clientset_generated.go shell/fake/doc.go shell/fake/register.go shell/scheme/doc.go shell/scheme/register.go"
	if strings.Join(got, " ") != want {
		t.Errorf("--clientset-only wrote %v, want %s", got, want)
	}
}
