package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// FileName checks that the value of flag is a file name, as an output
// file must be: no directory, not "." or "..".
func FileName(flag, value string) error {
	if value == "" || value == "." || value == ".." || strings.ContainsAny(value, `/\`) {
		return fmt.Errorf("--%s must be a file name, which is written into each package, e.g. zz_generated.deepcopy.go; got %q", flag, value)
	}
	return nil
}

// confine reports every file of s that would be written outside its
// output directory and its input packages.
func confine(s *Spec, view *load.Loaded, files []run.File) error {
	var roots []string
	flags := []string{"--output-file"}
	if s.Output != nil {
		if out := s.Output(); out.Dir != "" { // none given: only the input packages
			roots = append(roots, out.Dir)
			flags = append(flags, out.Flags)
		}
	}
	for _, path := range view.Context.Inputs {
		if pkg := view.Context.Universe.Package(path); pkg != nil && pkg.Dir != "" {
			roots = append(roots, pkg.Dir)
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
func insideAny(path string, roots []string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for _, r := range roots {
		dir, err := filepath.Abs(r)
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
