package openapi_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/openapi"
)

// TestReportAsValue: a program that keeps the API rule report in memory
// gets the lines the report file would hold, and no file is written,
// whatever --report-filename says.
func TestReportAsValue(t *testing.T) {
	root := goldentest.Root(t)
	want, err := os.ReadFile(filepath.Join(root, "testdata", "openapi", "extensions", "api_violations.report"))
	if err != nil {
		t.Fatal(err)
	}
	report := &openapi.Report{}
	if report.Bytes() != nil {
		t.Errorf("report before the run: %q, want nil", report.Bytes())
	}
	out := t.TempDir()
	args := openapi.NewArgs()
	args.OutputDir, args.OutputPkg = filepath.Join(out, "openapi"), "example.com/openapi"
	args.ReportFilename = filepath.Join(out, "violations.list")
	files, err := cli.Generate(report.Command(args), []string{filepath.Join(root, "testdata", "openapi", "extensions", "api") + "/..."})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if filepath.Ext(f.Path) != ".go" {
			t.Errorf("generated %s beside the Go files; the report is a value", f.Path)
		}
	}
	if got := report.Bytes(); !bytes.Equal(got, want) {
		t.Errorf("report %q, want %q", got, want)
	}
}
