package plugin

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// pluginEnv makes the test binary act as the protoc plugin: protoc starts
// it through --plugin, and TestMain hands stdin and stdout to Run.
const pluginEnv = "GENGOKIT_TEST_PROTOC_PLUGIN_HEADER"

func TestMain(m *testing.M) {
	if header, ok := os.LookupEnv(pluginEnv); ok {
		opts := Options{}
		if header != "" {
			b, err := os.ReadFile(header)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			opts.Header = b
		}
		if err := Run(os.Stdin, os.Stdout, opts); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// protocPlugin runs protoc with this test binary as its plugin over the
// proto files rel (paths under include), writing into a temporary
// directory it returns.
func protocPlugin(t *testing.T, header string, includes []string, rel ...string) string {
	t.Helper()
	requireProtoc(t)
	out, err := runProtoc(header, includes, rel...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(out) })
	return out
}

// requireProtoc skips the test when protoc is not installed.
func requireProtoc(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("protoc"); err != nil {
		t.Skip("protoc is not on PATH; install Debian's protobuf-compiler (3.21.12) to run this test")
	}
}

// runProtoc runs protoc with this test binary as its plugin and returns
// the directory it wrote into.
func runProtoc(header string, includes []string, rel ...string) (string, error) {
	return runProtocParam("", header, includes, rel...)
}

// runProtocParam is runProtoc with a plugin parameter (none when empty).
func runProtocParam(param, header string, includes []string, rel ...string) (string, error) {
	self, err := os.Executable()
	if err != nil {
		return "", err
	}
	out, err := os.MkdirTemp("", "gengokit-plugin-")
	if err != nil {
		return "", err
	}
	outArg := out
	if param != "" {
		outArg = param + ":" + out
	}
	args := []string{"--plugin=protoc-gen-gengokit=" + self, "--gengokit_out=" + outArg}
	for _, inc := range includes {
		args = append(args, "-I", inc)
	}
	args = append(args, rel...)
	cmd := exec.Command("protoc", args...)
	cmd.Env = append(os.Environ(), pluginEnv+"="+header)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		os.RemoveAll(out)
		return "", fmt.Errorf("protoc %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out, nil
}

// firstDiff describes where got first differs from want, by line.
func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %q\ngot  %q", i+1, w, g)
		}
	}
	return "identical"
}
