package cli_test

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/lister"
	"github.com/gengokit/gengokit/generators/openapi"
	"github.com/gengokit/gengokit/generators/prereleaselifecycle"
	"github.com/gengokit/gengokit/generators/protobuf"
	"github.com/gengokit/gengokit/generators/register"
)

// TestHelpSaysHowPackagesAreGiven: client-gen's --help names --input-base
// and --input, and offers neither package arguments nor -i, which it
// refuses; lister-gen's offers both.
func TestHelpSaysHowPackagesAreGiven(t *testing.T) {
	help := func(g *cli.Spec) string {
		var stdout, stderr bytes.Buffer
		if code := cli.Run(g, []string{"--help"}, &stdout, &stderr); code != 0 {
			t.Fatalf("%s --help: exit %d", g.Name, code)
		}
		return stderr.String()
	}
	clientHelp := help(client.NewCommand())
	if !strings.Contains(clientHelp, "\nUsage: client-gen [flags] --input-base <import path or ./directory> --input <group/version>") {
		t.Errorf("client-gen's usage line does not name --input-base and --input:\n%s", clientHelp)
	}
	for _, wrong := range []string{"package patterns", "given as arguments", "--input-dirs"} {
		if strings.Contains(clientHelp, wrong) {
			t.Errorf("client-gen's help offers %q, which it refuses:\n%s", wrong, clientHelp)
		}
	}
	var stdout, stderr bytes.Buffer
	// The output directory is outside any module, so that the output flags agree.
	args := []string{"--output-dir", filepath.Join(t.TempDir(), "out"), "--output-pkg", "example.com/out", "--input-base", "example.com/apis", "--input", "shop/v1"}
	for _, extra := range [][]string{{"./apis/shop/v1"}, {"-i", "./apis/shop/v1"}} {
		stderr.Reset()
		if code := cli.Run(client.NewCommand(), append(append([]string{}, args...), extra...), &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "package arguments and -i are not read") {
			t.Errorf("client-gen %q: exit %d, want 1 and the refusal: %s", extra, code, stderr.String())
		}
	}
	listerHelp := help(lister.NewCommand())
	if !strings.Contains(listerHelp, "\nUsage: lister-gen [flags] [package patterns...]") || !strings.Contains(listerHelp, "-i, --input-dirs") {
		t.Errorf("lister-gen's help lost its package arguments:\n%s", listerHelp)
	}
}

// commands returns every generator's command, as cmd/<name>-gen runs it.
func commands() []*cli.Spec {
	return []*cli.Spec{applyconfiguration.NewCommand(), client.NewCommand(), conversion.NewCommand(),
		deepcopy.NewCommand(), defaulter.NewCommand(), informer.NewCommand(), lister.NewCommand(),
		openapi.NewCommand(), prereleaselifecycle.NewCommand(), register.NewCommand(), protobuf.NewCommand()}
}

// runHelp runs s with args, wants exit 0 and returns what it printed.
func runHelp(t *testing.T, s *cli.Spec, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := cli.Run(s, args, &stdout, &stderr); code != 0 {
		t.Fatalf("%s %q: exit %d, want 0:\n%s", s.Name, args, code, stderr.String())
	}
	return stdout.String() + stderr.String()
}

// klogFlags returns the names of klog's flags.
func klogFlags() []string {
	goflags := flag.NewFlagSet("klog", flag.ContinueOnError)
	klog.InitFlags(goflags)
	var out []string
	goflags.VisitAll(func(f *flag.Flag) { out = append(out, f.Name) })
	return out
}

// lists reports whether help lists the flag --name.
func lists(help, name string) bool {
	return strings.Contains(help, "--"+name+" ") || strings.Contains(help, "--"+name+"[")
}

// TestHelpEveryCommand: every command's --help says what it is for, then
// its usage line, its own flags, the common ones (--version among them)
// and none of klog's; --help-all adds klog's, last under their heading;
// --version prints the version line; all exit 0.
func TestHelpEveryCommand(t *testing.T) {
	for _, s := range commands() {
		help := runHelp(t, s, "--help")
		if first, _, _ := strings.Cut(help, "\n"); !strings.HasPrefix(first, s.Name+" generates ") {
			t.Errorf("%s --help does not open with what it is for: %q", s.Name, first)
		}
		own, common, found := strings.Cut(help, "\nCommon flags:\n")
		if !found || !strings.Contains(own, "\nUsage: "+s.Name+" [flags] ") || !strings.Contains(own, "\nFlags:\n") {
			t.Fatalf("%s --help lacks its usage line, Flags or Common flags:\n%s", s.Name, help)
		}
		fs := pflag.NewFlagSet(s.Name, pflag.ContinueOnError)
		s.Flags.AddFlags(fs)
		fs.VisitAll(func(f *pflag.Flag) {
			if !f.Hidden && !lists(own, f.Name) {
				t.Errorf("%s --help: own flag --%s is not listed before the common ones", s.Name, f.Name)
			}
		})
		helpFlag := "-h, --help"
		if fs.ShorthandLookup("h") != nil { // go-to-protobuf's -h is --go-header-file, as upstream's
			helpFlag = "      --help"
		}
		shared := []string{helpFlag, "--help-all", "--verify-only", "--version"}
		if cli.ReadsPatterns(s) {
			shared = append(shared, "-i, --input-dirs")
		}
		for _, flag := range shared {
			if !strings.Contains(common, flag) {
				t.Errorf("%s --help: common flags lack %s:\n%s", s.Name, flag, common)
			}
		}
		for _, flag := range klogFlags() {
			if lists(help, flag) {
				t.Errorf("%s --help lists klog's %s", s.Name, flag)
			}
		}
		checkHelpAll(t, s)
		if v := runHelp(t, s, "--version"); !strings.HasPrefix(v, s.Name+" (github.com/gengokit/gengokit) ") && !strings.HasPrefix(v, s.Name+" (no build information)") {
			t.Errorf("%s --version: %q", s.Name, v)
		}
	}
}

// checkHelpAll: --help-all lists every klog flag, after the generator's
// own, the common flags and the tags, under a heading of their own.
func checkHelpAll(t *testing.T, s *cli.Spec) {
	t.Helper()
	all := runHelp(t, s, "--help-all")
	rest, logging, found := strings.Cut(all, "\nLogging flags (klog):\n")
	if !found || !strings.Contains(rest, "\nCommon flags:\n") || !strings.Contains(rest, "Tags read by "+s.Name) {
		t.Fatalf("%s --help-all: klog's flags are not last under their heading:\n%s", s.Name, all)
	}
	for _, flag := range klogFlags() {
		if !lists(logging, flag) || lists(rest, flag) {
			t.Errorf("%s --help-all: klog's %s is not in the klog section alone", s.Name, flag)
		}
	}
}

// TestLogFlagsAccepted: klog's flags, out of --help, still parse.
func TestLogFlagsAccepted(t *testing.T) {
	defer runHelp(t, lister.NewCommand(), "-v", "0", "--version")
	for _, args := range [][]string{{"-v", "1"}, {"--v=1", "--logtostderr", "--vmodule", "x=2", "--one_output"}} {
		if v := runHelp(t, lister.NewCommand(), append(args, "--version")...); !strings.HasPrefix(v, "lister-gen ") {
			t.Errorf("%q --version printed %q", args, v)
		}
	}
}
