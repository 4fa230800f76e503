package kubecodegen

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// reportCheck is gen_openapi's API rule report: openapi-gen writes the
// violations it finds; the file at path must already hold them, unless
// update is set, in which case the run rewrites it. Without a report file
// (path is a device, /dev/null by default) the user's violations are
// warnings.
type reportCheck struct {
	path   string
	update bool
	// readOnly are the packages whose violations never fail a run and are
	// not warned about: those kube_codegen.sh passes as --readonly-pkg
	// (apimachinery's), which the user neither asked for nor can change.
	readOnly []string
}

// settle applies the report. "-" prints it. Without a report file (a
// device such as /dev/null) the violations in the user's packages are
// printed to stderr as warnings, at their fields. With --update-report the
// report, as openapi-gen writes it, becomes a file of the run. Otherwise
// the violations in the user's packages must be those the file holds: a
// difference is printed to stdout, as --verify-only's diffs are, and
// returned as an error. at finds a violation's position.
func (r *reportCheck) settle(files []run.File, report []byte, at violationPos, stdout, stderr io.Writer) ([]run.File, error) {
	if r.path == "-" {
		_, err := stdout.Write(report)
		return files, err
	}
	special, err := isSpecial(r.path)
	switch {
	case err != nil:
		return files, err
	case special:
		r.warn(report, at, stderr)
		return files, nil
	case r.update:
		return append(files, run.File{Path: r.path, Data: report, Named: true}), nil
	}
	old, err := os.ReadFile(r.path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return files, err
	}
	if slices.Equal(r.own(old), r.own(report)) {
		return files, nil
	}
	fmt.Fprint(stdout, run.Diff(r.path, "(this run's violations)", old, report))
	return files, fmt.Errorf("API rule check failed for %s: the violations in your packages differ from those it holds (diff above; those in the read-only packages %s do not count); fix the types, or accept the violations with --update-report",
		r.path, strings.Join(r.readOnly, ", "))
}

// regular reports whether the report is a file the cache of runs can
// confirm: not "-" (printed) nor a device.
func (r *reportCheck) regular() bool {
	special, err := isSpecial(r.path)
	return r.path != "-" && err == nil && !special
}

// warn prints the violations in the user's packages, each at its field,
// and what to do.
func (r *reportCheck) warn(report []byte, at violationPos, stderr io.Writer) {
	own := r.own(report)
	for _, line := range own {
		where := ""
		if v, ok := parseViolation(line); ok {
			where = at(v.pkg, v.typ, v.field)
		}
		if where == "" {
			where = Name
		}
		fmt.Fprintf(stderr, "%s: warning: %s\n", where, line)
	}
	if len(own) > 0 {
		fmt.Fprintf(stderr, "%s: warning: %d API rule violation(s) in your packages; fix them, or record them with --report-filename <file> --update-report (a run then fails when they change)\n",
			Name, len(own))
	}
}

// own returns the lines of a report that are not about a read-only
// package; a line that is no violation counts as the user's.
func (r *reportCheck) own(report []byte) []string {
	var out []string
	for _, line := range strings.Split(string(report), "\n") {
		if line == "" {
			continue
		}
		if v, ok := parseViolation(line); ok && slices.Contains(r.readOnly, v.pkg) {
			continue
		}
		out = append(out, line)
	}
	return out
}

// violation is one line of the report:
// "API rule violation: <rule>,<package>,<type>,<field>".
type violation struct {
	rule, pkg, typ, field string
}

// parseViolation reads a line of the report.
func parseViolation(line string) (violation, bool) {
	rest, ok := strings.CutPrefix(line, "API rule violation: ")
	parts := strings.Split(rest, ",")
	if !ok || len(parts) != 4 {
		return violation{}, false
	}
	return violation{rule: parts[0], pkg: parts[1], typ: parts[2], field: parts[3]}, true
}

// violationPos returns the position of a violation's field (or type, when
// field is empty) as file:line:col, or "" when it is not known.
type violationPos func(pkg, typ, field string) string

// positionsIn finds violations in the sources of u's packages.
func positionsIn(u *load.Universe) violationPos {
	return func(pkg, typ, field string) string {
		if u == nil || u.Package(pkg) == nil || u.Package(pkg).Types[typ] == nil {
			return ""
		}
		t := u.Package(pkg).Types[typ]
		if field == "" {
			return diag.Where(u.Index.Type(t).Pos)
		}
		return diag.Where(u.Index.Member(t, field).Pos)
	}
}

// isSpecial reports whether path exists and is not a regular file or a
// directory: /dev/null, a named pipe.
func isSpecial(path string) (bool, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, err
	case info.IsDir():
		return false, fmt.Errorf("--report-filename %s is a directory; give a file name", path)
	}
	return !info.Mode().IsRegular(), nil
}
