// Package gomod reads what the go.mod governing a directory (and the
// go.work that uses it, if any) says about the modules it requires: enough
// to tell, before generating, whether generated code will build against
// them. It runs no go command.
package gomod

import (
	"go/token"
	"os"
	"path/filepath"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

// Module is the module that governs a directory.
type Module struct {
	// Dir is the module's root: the directory of its go.mod.
	Dir string
	// Path is the module's path, e.g. "example.com/shop".
	Path string

	file *modfile.File
}

// Find returns the module whose go.mod governs dir, which need not exist
// yet (an output directory before the first run): the nearest go.mod in
// dir or above it. It returns nil, and no error, when there is none.
func Find(dir string) (*Module, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	name := nearest(abs, "go.mod")
	if name == "" {
		return nil, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return parse(name, data)
}

// parse reads the go.mod file name holds data of.
func parse(name string, data []byte) (*Module, error) {
	f, err := modfile.Parse(name, data, nil)
	if err != nil {
		return nil, err
	}
	m := &Module{Dir: filepath.Dir(name), file: f}
	if f.Module != nil {
		m.Path = f.Module.Mod.Path
	}
	return m, nil
}

// Requirement is what a module's go.mod says of another module.
type Requirement struct {
	// Version is the version required, or the one a replace directive
	// puts in its place; empty when LocalDir is set.
	Version string
	// LocalDir is the directory a replace directive puts in the module's
	// place, as written; the version is then unknown.
	LocalDir string
	// Pos is the require or replace line that decides, in go.mod or go.work.
	Pos token.Position
}

// Require returns what m's go.mod says of the module path: the version of
// its require line, or what a replace directive of the path puts in its
// place (a replace of every version, or of the version required). ok is
// false when m does not require path (nor replaces it).
func (m *Module) Require(path string) (r Requirement, ok bool) {
	for _, req := range m.file.Require {
		if req.Mod.Path == path {
			r, ok = Requirement{Version: req.Mod.Version, Pos: position(m.file.Syntax.Name, req.Syntax)}, true
		}
	}
	return replaced(m.file.Syntax.Name, m.file.Replace, path, r, ok)
}

// replaced applies the first of reps that replaces path (at r's version,
// or at every version) to r.
func replaced(file string, reps []*modfile.Replace, path string, r Requirement, ok bool) (Requirement, bool) {
	for _, rep := range reps {
		if rep.Old.Path != path || (rep.Old.Version != "" && rep.Old.Version != r.Version) {
			continue
		}
		pos := position(file, rep.Syntax)
		if rep.New.Version == "" { // a directory
			return Requirement{LocalDir: rep.New.Path, Pos: pos}, true
		}
		return Requirement{Version: rep.New.Version, Pos: pos}, true
	}
	return r, ok
}

// position returns where a line of a go.mod or go.work file starts.
func position(file string, line *modfile.Line) token.Position {
	if line == nil {
		return token.Position{Filename: file}
	}
	return token.Position{Filename: file, Line: line.Start.Line, Column: line.Start.LineRune}
}

// higher returns the requirement with the higher version of a and b; a
// local directory counts as the highest.
func higher(a, b Requirement) Requirement {
	switch {
	case a.LocalDir != "":
		return a
	case b.LocalDir != "":
		return b
	case semver.Compare(b.Version, a.Version) > 0:
		return b
	}
	return a
}
