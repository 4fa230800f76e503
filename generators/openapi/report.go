package openapi

import (
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/run"
)

// violation is one field (or type, with field "") that breaks an API rule.
type violation struct {
	rule, pkg, typ, field string
}

// line is the violation as upstream's report writes it.
func (v violation) line() string {
	return fmt.Sprintf("API rule violation: %s,%s,%s,%s\n", v.rule, v.pkg, v.typ, v.field)
}

// lint checks the API rules on every type the definitions are written
// for, and returns the violations in the report's order. With
// --fail-on-violations, each is also an error at its field.
func (p *plan) lint(c *generator.Context) []violation {
	var out []violation
	for _, t := range c.Order {
		if !p.apiType(c.Universe, t) {
			continue
		}
		for _, r := range apiRules() {
			for _, field := range r.check(t) {
				out = append(out, violation{rule: r.name, pkg: t.Name.Package, typ: t.Name.Name, field: field})
				if p.args.FailOnViolations {
					p.errs.Add(p.violationErr(t, field, r))
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b violation) int {
		return cmp.Or(strings.Compare(a.rule, b.rule), strings.Compare(a.pkg, b.pkg), strings.Compare(a.typ, b.typ), strings.Compare(a.field, b.field))
	})
	return out
}

// violationErr is a violation as an error, at the field.
func (p *plan) violationErr(t *types.Type, field string, r rule) error {
	for _, m := range t.Members {
		if m.Name == field {
			return p.memberErr(t, m, "", "API rule %s: field %s of %s: %s (--fail-on-violations)", r.name, field, t.Name.Name, r.doc)
		}
	}
	return p.typeErr(t, "API rule %s: %s: %s (--fail-on-violations)", r.name, t.Name.Name, r.doc)
}

// regularReport reports whether the report goes to a regular file (or
// one that does not exist yet), not to standard output or a device.
func regularReport(path string) bool {
	if path == "-" {
		return false
	}
	info, err := os.Stat(path)
	return err != nil || info.Mode().IsRegular()
}

// reportFiles returns the report as a file to write, or writes it where
// it cannot be written atomically: "-" is standard output, and a path
// that is not a regular file (/dev/null) is written in place.
func reportFiles(path string, violations []violation) ([]run.File, error) {
	var b strings.Builder
	for _, v := range violations {
		b.WriteString(v.line())
	}
	if path == "-" {
		_, err := os.Stdout.WriteString(b.String())
		return nil, err
	}
	if info, err := os.Stat(path); err == nil && info.Mode()&fs.ModeType != 0 {
		if info.IsDir() {
			return nil, fmt.Errorf("--report-filename %s is a directory; give a file name", path)
		}
		return nil, os.WriteFile(path, []byte(b.String()), 0o644)
	}
	return []run.File{{Path: path, Data: []byte(b.String()), Named: true}}, nil
}
