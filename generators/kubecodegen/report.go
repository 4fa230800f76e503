package kubecodegen

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/gengokit/gengokit/generators/kit/run"
)

// reportCheck is gen_openapi's API rule report: openapi-gen writes the
// violations it finds; the file at path must already hold them, unless
// update is set, in which case the run rewrites it.
type reportCheck struct {
	path   string
	update bool
	// pending is where openapi-gen is told to write the report: a path
	// never written, whose file the run takes out of the generated files.
	pending string
}

// take removes the pending report from files and returns the rest and the
// report's content (nil when openapi-gen wrote none).
func (r *reportCheck) take(files []run.File) ([]run.File, []byte) {
	var rest []run.File
	var report []byte
	for _, f := range files {
		if f.Path == r.pending {
			report = f.Data
			continue
		}
		rest = append(rest, f)
	}
	return rest, report
}

// settle applies the report: with --update-report it becomes a file of
// the run (or goes to stdout for "-"; a device such as /dev/null gets
// nothing); otherwise it must equal the file's content, and a difference
// is printed to stdout, as --verify-only's diffs are, and returned as an
// error.
func (r *reportCheck) settle(files []run.File, report []byte, stdout io.Writer) ([]run.File, error) {
	if r.path == "-" {
		_, err := stdout.Write(report)
		return files, err
	}
	special, err := isSpecial(r.path)
	if err != nil {
		return files, err
	}
	if r.update {
		if !special {
			files = append(files, run.File{Path: r.path, Data: report})
		}
		return files, nil
	}
	var old []byte
	if !special {
		old, err = os.ReadFile(r.path)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return files, err
		}
	}
	if bytes.Equal(old, report) {
		return files, nil
	}
	fmt.Fprint(stdout, run.Diff(r.path, "(this run's violations)", old, report))
	return files, fmt.Errorf("API rule check failed for %s: the reported violations differ (diff above); fix the types, or accept the violations with --update-report", r.path)
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
