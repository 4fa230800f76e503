package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// Root is a directory a generator's files must stay within.
type Root struct {
	// Dir is the directory, e.g. the value of --output-dir.
	Dir string
	// Flags names the flags that decide what is written below it, e.g.
	// "--output-dir, --clientset-name".
	Flags string
}

// rooted is a Generator that writes below directories of its own (an
// output directory), not only into its input packages.
type rooted interface {
	// OutputRoots returns those directories.
	OutputRoots() []Root
}

// FileName checks that the value of flag is a file name, as an output
// file must be: no directory, not "." or "..".
func FileName(flag, value string) error {
	if value == "" || value == "." || value == ".." || strings.ContainsAny(value, `/\`) {
		return fmt.Errorf("--%s must be a file name, which is written into each package, e.g. zz_generated.deepcopy.go; got %q", flag, value)
	}
	return nil
}

// confine reports every file of g that would be written outside its
// output roots and its input packages.
func confine(g Generator, view *load.Loaded, files []run.File) error {
	var roots []Root
	if r, ok := g.(rooted); ok {
		roots = r.OutputRoots()
	}
	flags := []string{"--output-file"}
	for _, r := range roots {
		flags = append(flags, r.Flags)
	}
	for _, path := range view.Context.Inputs {
		if pkg := view.Context.Universe.Package(path); pkg != nil && pkg.Dir != "" {
			roots = append(roots, Root{Dir: pkg.Dir})
		}
	}
	errs := &diag.List{}
	for _, f := range files {
		if !insideAny(f.Path, roots) {
			errs.Add(fmt.Errorf("would write %s, outside the output directory and the input packages; nothing was written: check %s",
				f.Path, strings.Join(flags, ", ")))
		}
	}
	return errs.Err()
}

// insideAny reports whether path is a file below one of the roots.
func insideAny(path string, roots []Root) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for _, r := range roots {
		dir, err := filepath.Abs(r.Dir)
		if err != nil {
			continue
		}
		rel, err := filepath.Rel(dir, abs)
		if err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
