package goldentest

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// UpstreamRelease is the k8s.io/code-generator release whose binaries the
// golden cases are checked against.
const UpstreamRelease = "v0.37.2"

// UpstreamOpenAPIGen is upstream's openapi-gen: kube-openapi's, at the
// version code-generator v0.37.2 requires.
const UpstreamOpenAPIGen = "k8s.io/kube-openapi/cmd/openapi-gen@v0.0.0-20260721132016-d427ff9ee9ad"

// Module is the repository's module path, under which the golden cases'
// packages are imported.
const Module = "github.com/gengokit/gengokit"

// Suite is one generator's golden cases as the upstream check sees them:
// how its golden test runs them, and which files are its outputs.
type Suite struct {
	// Name is the generator's directory under testdata, e.g. "deepcopy",
	// and under generators/, where its golden test runs (args.txt's
	// relative paths start there).
	Name string
	// Command is upstream's command as package@version.
	Command string
	// Runs returns the command lines of the golden test over the cases of
	// the repository (or copy of it) at root; alone reports whether a case
	// (its directory) must run by itself, not with the cases that share
	// its args.txt.
	Runs func(t testing.TB, root string, alone func(dir string) bool) []SuiteRun
	// IsOutput reports whether a file of a case (its path relative to the
	// case directory) is one the generator writes.
	IsOutput func(rel string, data []byte) bool
}

// SuiteRun is one command line of a golden test and the case directories
// whose outputs it writes.
type SuiteRun struct {
	Cases []string
	Args  []string
}

// CodeGenerator returns the package@version of upstream's command name
// (e.g. "deepcopy-gen") in k8s.io/code-generator.
func CodeGenerator(name string) string {
	return "k8s.io/code-generator/cmd/" + name + "@" + UpstreamRelease
}

// InPlaceSuite is the suite of an in-place generator's Goldens: command
// is upstream's binary name, outputFile and recursive as in Goldens. Its
// runs are Golden's: the cases sharing an args.txt in one run, but those
// that must run alone.
func InPlaceSuite(name, command, outputFile string, recursive bool) Suite {
	return Suite{
		Name: name, Command: CodeGenerator(command),
		Runs: func(t testing.TB, root string, alone func(string) bool) []SuiteRun {
			g := Goldens{Dir: filepath.Join(root, "testdata", name), OutputFile: outputFile, Header: header(root), Recursive: recursive}
			var runs []SuiteRun
			for _, dirs := range g.groups(t, g.cases(t)) {
				var together []string
				for _, dir := range dirs {
					if alone(dir) {
						runs = append(runs, SuiteRun{Cases: []string{dir}, Args: g.runArgs(t, []string{dir})})
					} else {
						together = append(together, dir)
					}
				}
				if len(together) > 0 {
					runs = append(runs, SuiteRun{Cases: together, Args: g.runArgs(t, together)})
				}
			}
			return runs
		},
		IsOutput: func(rel string, _ []byte) bool { return filepath.Base(rel) == outputFile },
	}
}

// TreeSuite is the suite of a generator whose golden cases are TreeCases
// (lister-gen, informer-gen, client-gen, applyconfiguration-gen): one run
// per case, with TreeCase.Args.
func TreeSuite(name, command string) Suite {
	return Suite{
		Name: name, Command: CodeGenerator(command),
		Runs: func(t testing.TB, root string, _ func(string) bool) []SuiteRun {
			var runs []SuiteRun
			for _, dir := range caseDirs(t, filepath.Join(root, "testdata", name), "errors") {
				runs = append(runs, SuiteRun{Cases: []string{dir}, Args: TreeCase{Dir: dir}.Args(t, root, Module)})
			}
			return runs
		},
		IsOutput: func(rel string, data []byte) bool {
			return strings.HasPrefix(rel, "want/") && strings.HasSuffix(rel, ".go") && GeneratedBy(command, data)
		},
	}
}

// OpenAPIModelNameFile is the --output-model-name-file of openapi-gen's
// golden cases.
const OpenAPIModelNameFile = "zz_generated.model_name.go"

// OpenAPICases returns the golden case directories of testdata/openapi
// under root (not its errors, nor compat, which holds a compat case's
// expected report).
func OpenAPICases(t testing.TB, root string) []string {
	return caseDirs(t, filepath.Join(root, "testdata", "openapi"), "errors", "compat")
}

// OpenAPICaseArgs returns the flags a golden case of testdata/openapi is
// generated with, before its packages (<case>/api/...): its definitions
// go to <case>/openapi, its report to <case>/api_violations.report.
func OpenAPICaseArgs(t testing.TB, root, dir string) []string {
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		t.Fatal(err)
	}
	args := []string{
		"--go-header-file", header(root),
		"--output-dir", filepath.Join(dir, "openapi"), "--output-pkg", Module + "/" + filepath.ToSlash(rel) + "/openapi",
		"--output-file", "zz_generated.openapi.go", "--output-model-name-file", OpenAPIModelNameFile,
		"--report-filename", filepath.Join(dir, "api_violations.report"),
	}
	return append(args, ExtraArgs(t, dir)...)
}

// IsOpenAPIOutput reports whether a file (by name) is one openapi-gen
// writes in a golden case: definitions, model names, report.
func IsOpenAPIOutput(rel string, _ []byte) bool {
	base := filepath.Base(rel)
	return base == OpenAPIModelNameFile || base == "zz_generated.openapi.go" || base == "api_violations.report"
}

// OpenAPISuite is the suite of openapi-gen's golden cases: one run per
// case, with OpenAPICaseArgs.
func OpenAPISuite() Suite {
	return Suite{
		Name: "openapi", Command: UpstreamOpenAPIGen,
		Runs: func(t testing.TB, root string, _ func(string) bool) []SuiteRun {
			var runs []SuiteRun
			for _, dir := range OpenAPICases(t, root) {
				runs = append(runs, SuiteRun{Cases: []string{dir}, Args: append(OpenAPICaseArgs(t, root, dir), dir+"/api/...")})
			}
			return runs
		},
		IsOutput: IsOpenAPIOutput,
	}
}

// caseDirs returns the case directories under dir, but those named in
// skip.
func caseDirs(t testing.TB, dir string, skip ...string) []string {
	var out []string
	for _, c := range Cases(t, dir) {
		name := filepath.Base(c)
		if !slices.Contains(skip, name) {
			out = append(out, c)
		}
	}
	return out
}
