package kubecodegen_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// openapiShop is the shop API tagged for openapi-gen, with one field
// whose JSON name breaks the names_match rule.
func openapiShop() map[string]string {
	doc := strings.Replace(shopDoc("v1"), "// +groupName", "// +k8s:openapi-gen=true\n// +groupName", 1)
	types := strings.Replace(shopTypes("v1", "Widget"), "Size int32 `json:\"size\"`",
		"Size int32 `json:\"size\"`\n\tURL string `json:\"address\"`", 1)
	return map[string]string{"pkg/apis/shop/v1/doc.go": doc, "pkg/apis/shop/v1/types.go": types}
}

const ownViolation = "API rule violation: names_match,example.com/shop/pkg/apis/shop/v1,WidgetSpec,URL"

// TestAPIRuleViolationsWarnWithoutReport: without --report-filename (so
// /dev/null, as kube_codegen.sh has it), apimachinery's own violations
// are not the user's and the user's are warnings at their field: exit 0.
func TestAPIRuleViolationsWarnWithoutReport(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", openapiShop())
	goldentest.Enter(t, s.Dir)
	code, out := codegen(t, shopAll()...)
	if code != 0 {
		t.Fatalf("exit %d, want 0\n%s", code, out)
	}
	at := regexp.MustCompile(`(?m)^pkg/apis/shop/v1/types\.go:\d+:\d+: warning: ` + regexp.QuoteMeta(ownViolation) + `$`)
	if !at.MatchString(out) || !strings.Contains(out, "--update-report") {
		t.Errorf("no warning at the field, or no hint, in:\n%s", out)
	}
	if strings.Contains(out, "k8s.io/apimachinery") {
		t.Errorf("a violation of a read-only package was reported:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "pkg/generated/openapi/zz_generated.openapi.go")); err != nil {
		t.Errorf("no OpenAPI definitions: %v", err)
	}
}

// TestAPIRuleReportHoldsOwnViolations: with a report file, the user's
// violations must be those it holds (a missing one is a diff and exit 1);
// --update-report writes the whole report, apimachinery's violations
// included, as upstream does; whether the file holds apimachinery's
// violations or not does not matter.
func TestAPIRuleReportHoldsOwnViolations(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", openapiShop())
	goldentest.Enter(t, s.Dir)
	args := []string{"openapi", "-q", "--output-dir", "pkg/generated/openapi", "--output-pkg", "example.com/shop/pkg/generated/openapi",
		"--report-filename", "api/violations.list", "./pkg/apis"}
	code, out := codegen(t, args...)
	if code != 1 || !strings.Contains(out, "+"+ownViolation) || !strings.Contains(out, "API rule check failed for api/violations.list") {
		t.Fatalf("no report file yet: exit %d, want 1 and the diff:\n%s", code, out)
	}
	if code, out := codegen(t, append(args, "--update-report")...); code != 0 {
		t.Fatalf("--update-report: exit %d\n%s", code, out)
	}
	data, _ := os.ReadFile(filepath.Join(s.Dir, "api/violations.list"))
	var own, readOnly []string
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.Contains(line, ",k8s.io/apimachinery/") {
			readOnly = append(readOnly, line)
		} else if line != "" {
			own = append(own, line)
		}
	}
	if len(readOnly) == 0 || len(own) != 1 || own[0] != ownViolation+"\n" {
		t.Fatalf("--update-report wrote %d read-only and %q own violation(s), want some and the one:\n%s", len(readOnly), own, data)
	}
	for _, c := range []struct {
		name, content string
		code          int
	}{
		{"the whole report", string(data), 0},
		{"the user's violations only", own[0], 0},
		{"apimachinery's violations only", strings.Join(readOnly, ""), 1},
	} {
		s.Write("api/violations.list", c.content)
		if code, out := codegen(t, args...); code != c.code {
			t.Errorf("a report file with %s: exit %d, want %d\n%s", c.name, code, c.code, out)
		}
	}
}
