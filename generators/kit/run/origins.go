package run

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
)

// origins tells which generated files of a scope were generated from the
// run's inputs.
type origins struct {
	// all says that every input the scope's files import was covered.
	all bool
	// fromInputs are the files that import a covered input.
	fromInputs []string
}

// originsOf reads the imports of the scope's generated files.
func originsOf(files []string, s Scope) (*origins, error) {
	o := &origins{all: true}
	fset := token.NewFileSet()
	for _, path := range files {
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return nil, err
		}
		covered := false
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			switch {
			case err != nil || !below(p, []string{s.InputModule}) || (s.Outputs != "" && below(p, []string{s.Outputs})):
			case below(p, s.Inputs):
				covered = true
			default:
				o.all = false
			}
		}
		if covered {
			o.fromInputs = append(o.fromInputs, path)
		}
	}
	return o, nil
}

// below reports whether the import path p is one of roots or lies below
// one.
func below(p string, roots []string) bool {
	for _, r := range roots {
		if p == r || strings.HasPrefix(p, r+"/") {
			return true
		}
	}
	return false
}

// covers reports whether the file at path was generated from covered
// inputs: the run covered all the scope's inputs, or the file imports one,
// or a file in its directory or below does.
func (o *origins) covers(path string) bool {
	if o.all {
		return true
	}
	dir := filepath.Dir(path) + string(filepath.Separator)
	for _, p := range o.fromInputs {
		if p == path || strings.HasPrefix(p, dir) {
			return true
		}
	}
	return false
}
