package gomod

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/mod/modfile"
)

// Selected returns what a build of m's packages sees of the module path,
// as far as the go.mod and go.work files tell: m's requirement or, when a
// go.work (found as the go command finds it: $GOWORK, or the nearest one
// above the working directory) uses m, the highest requirement of the
// modules it uses, with the go.work's replace directives applied. A module
// of the workspace that is path itself counts as a local directory. ok is
// false when nothing requires path.
func (m *Module) Selected(path string) (r Requirement, ok bool, err error) {
	work, err := findWork()
	if err != nil || work == nil || !uses(work, m.Dir) {
		r, ok = m.Require(path)
		return r, ok, err
	}
	for _, use := range work.Use {
		dir := filepath.Join(filepath.Dir(work.Syntax.Name), filepath.FromSlash(use.Path))
		mod, err := Find(dir)
		if err != nil || mod == nil || mod.Dir != dir {
			continue // the go command reports it
		}
		if mod.Path == path {
			return Requirement{LocalDir: mod.Dir, Pos: position(work.Syntax.Name, use.Syntax)}, true, nil
		}
		if req, found := mod.Require(path); found {
			r, ok = higherOf(r, ok, req), true
		}
	}
	r, ok = replaced(work.Syntax.Name, work.Replace, path, r, ok)
	return r, ok, nil
}

// higherOf returns the higher of r (when ok) and req.
func higherOf(r Requirement, ok bool, req Requirement) Requirement {
	if !ok {
		return req
	}
	return higher(r, req)
}

// uses reports whether the workspace uses the module in dir.
func uses(work *modfile.WorkFile, dir string) bool {
	for _, use := range work.Use {
		if filepath.Join(filepath.Dir(work.Syntax.Name), filepath.FromSlash(use.Path)) == dir {
			return true
		}
	}
	return false
}

// findWork returns the go.work file in effect, or nil when there is none.
func findWork() (*modfile.WorkFile, error) {
	name := os.Getenv("GOWORK")
	switch name {
	case "off":
		return nil, nil
	case "":
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if name = nearest(wd, "go.work"); name == "" {
			return nil, nil
		}
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, err
	}
	return modfile.ParseWork(abs, data, nil)
}

// nearest returns the file of that name in dir or the nearest directory
// above it, or "".
func nearest(dir, name string) string {
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, name)
		if _, err := os.Stat(p); err == nil || !errors.Is(err, fs.ErrNotExist) {
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}
