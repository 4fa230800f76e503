package celcheck

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/crd"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// Usage is the command's synopsis.
const Usage = "usage: crd-check [flags] <dir>...\n\n" +
	"Generates the CustomResourceDefinitions of the API packages under each <dir> (as kube-codegen crd\n" +
	"does, writing nothing) and checks them as the API server does on create: every CEL rule\n" +
	"compiles, and its estimated cost is within the per-rule and per-CRD budgets. Each finding is\n" +
	"at the marker that wrote the rule. Exit 1 when there is one.\n\nFlags:\n"

// Main runs the command over args (without the program's name), writing
// its findings and errors to stderr, and returns the exit code: 0 when
// the API server would accept every CRD, 1 when not, 2 on a usage error.
func Main(args []string, stderr io.Writer) int {
	fs := pflag.NewFlagSet("crd-check", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	crdArgs := crd.NewArgs()
	crdArgs.BindSchemaFlags(fs, "crd-")
	quiet := fs.BoolP("quiet", "q", false, "print nothing when every CRD passes")
	fs.Usage = func() { fmt.Fprint(stderr, Usage+fs.FlagUsages()) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	crds, rules, findings, err := generateAndCheck(crdArgs, patterns(fs.Args()))
	if err != nil {
		fmt.Fprintf(stderr, "crd-check: %v\n", err)
		return 1
	}
	for _, f := range findings {
		fmt.Fprintln(stderr, f)
	}
	if len(findings) > 0 {
		fmt.Fprintf(stderr, "crd-check: the API server would refuse %d of %d CRDs as they are generated (%d CEL rules checked)\n", refused(findings), crds, rules)
		return 1
	}
	if !*quiet {
		fmt.Fprintf(stderr, "crd-check: %d CRDs, %d CEL rules: every rule compiles and is within the API server's cost budgets\n", crds, rules)
	}
	return 0
}

// patterns returns the package patterns of input directories: every
// package below each (a relative directory is the working directory's,
// "apis" as "./apis").
func patterns(dirs []string) []string {
	var out []string
	for _, d := range dirs {
		if !filepath.IsAbs(d) && !strings.HasPrefix(d, ".") {
			d = "./" + d
		}
		if !strings.HasSuffix(d, "/...") {
			d = strings.TrimSuffix(d, "/") + "/..."
		}
		out = append(out, d)
	}
	return out
}

// generateAndCheck generates the CRDs of the packages and checks them; it returns how
// many CRDs and distinct rules there were, and the findings.
func generateAndCheck(args *crd.Args, patterns []string) (crds, rules int, findings []Finding, err error) {
	opts, err := args.Options()
	if err != nil {
		return 0, 0, nil, err
	}
	u, err := load.Load(patterns)
	if err != nil {
		return 0, 0, nil, err
	}
	l, err := u.View(nil, "", patterns)
	if err != nil {
		return 0, 0, nil, err
	}
	sites := Sites{}
	opts.RuleAt = sites.Note
	files, err := crd.Generate(l, opts)
	if err != nil {
		return 0, 0, nil, err
	}
	if len(files) == 0 {
		return 0, 0, nil, fmt.Errorf("no kind under %s: a kind is a type embedding metav1.TypeMeta and ObjectMeta in a package with +groupName", strings.Join(patterns, ", "))
	}
	findings, err = Check(files, sites)
	return len(files), len(sites), findings, err
}

// refused counts the CRDs with a finding.
func refused(findings []Finding) int {
	seen := map[string]bool{}
	for _, f := range findings {
		seen[f.CRD] = true
	}
	return len(seen)
}
