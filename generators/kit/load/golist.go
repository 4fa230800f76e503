package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// listed is one package as `go list -json` describes it: the fields the
// fast loader reads.
type listed struct {
	ImportPath        string
	Name              string
	Dir               string
	GoFiles           []string
	CgoFiles          []string
	IgnoredGoFiles    []string
	IgnoredOtherFiles []string
	Imports           []string
	ImportMap         map[string]string
	Module            *listedModule
	Stale             bool
	Export            string
	Incomplete        bool
	DepOnly           bool
	Match             []string
	Standard          bool
	Error             *listedError
	DepsErrors        []*listedError
	// staleKnown reports whether Stale was listed, or the index of
	// dependencies knows the package fresh (and its Export).
	staleKnown bool
	// indexed reports whether Export came from the index.
	indexed bool
}

// listedModule is the module a listed package belongs to.
type listedModule struct {
	Path      string
	Version   string
	Dir       string
	GoVersion string
	Replace   *listedModule
}

// listedError is a problem go list reports on a package.
type listedError struct {
	Err string
}

// listFields are the fields go list is asked for, but Stale (see
// fastLoader.list).
const listFields = "ImportPath,Name,Dir,GoFiles,CgoFiles,IgnoredGoFiles,IgnoredOtherFiles,Imports,ImportMap,Module,Incomplete,DepOnly,Match,Standard,Error,DepsErrors"

// goList runs `go list -e -json` with the build tags, the extra flags and
// the import paths, in the current directory and environment (so GOFLAGS,
// GOOS/GOARCH and the workspace apply as they do to gengo's loader).
func goList(buildTags, flags, paths []string) ([]*listed, error) {
	args := append([]string{"list", "-e", "-pgo=off", "-tags", strings.Join(buildTags, ",")}, flags...)
	args = append(append(args, "--"), paths...)
	cmd := exec.Command("go", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go list: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	var out []*listed
	dec := json.NewDecoder(&stdout)
	for {
		p := new(listed)
		err := dec.Decode(p)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("go list: reading its output: %v", err)
		}
		out = append(out, p)
	}
}

// troubled reports whether go list found a problem with the package, or
// could not tell it all: the fast loader then leaves the load to gengo's,
// whose errors are the ones users know.
func (p *listed) troubled() bool {
	return p.Error != nil || len(p.DepsErrors) > 0 || p.Incomplete
}

// resolve returns the package an import path written in p's source
// stands for (a vendored one, say).
func (p *listed) resolve(path string) string {
	if to, ok := p.ImportMap[path]; ok {
		return to
	}
	return path
}

// importKeys returns p's imports as its source writes them, each with
// the package it resolves to.
func (p *listed) importKeys() map[string]string {
	written := map[string]string{}
	for _, resolved := range p.Imports {
		written[resolved] = resolved
	}
	for from, to := range p.ImportMap {
		if _, ok := written[to]; ok {
			delete(written, to)
			written[from] = to
		}
	}
	delete(written, "C")
	return written
}

// dir returns the directory gengo gives the package: its module's
// directory joined with the rest of its import path, or the directory of
// its files.
func (p *listed) dir() (string, bool) {
	if p.Module != nil && p.Module.Dir != "" {
		return filepath.Join(p.Module.Dir, strings.TrimPrefix(p.ImportPath, p.Module.Path)), true
	}
	if len(p.GoFiles)+len(p.CgoFiles)+len(p.IgnoredGoFiles)+len(p.IgnoredOtherFiles) > 0 {
		return p.Dir, true
	}
	return "", false
}

// addCgoImports adds the packages the files cgo writes import to those of
// a package that uses cgo, as go list reports them for its compiled files
// (which gengo's parser reads).
func (p *listed) addCgoImports() {
	if len(p.CgoFiles) == 0 {
		return
	}
	for _, imp := range []string{"runtime/cgo", "syscall", "unsafe"} {
		if imp != p.ImportPath && !slices.Contains(p.Imports, imp) {
			p.Imports = append(p.Imports, imp)
		}
	}
	slices.Sort(p.Imports)
}

// files returns the paths of every file of the package, built or not.
func (p *listed) files() []string {
	var out []string
	for _, list := range [][]string{p.GoFiles, p.CgoFiles, p.IgnoredGoFiles, p.IgnoredOtherFiles} {
		for _, name := range list {
			out = append(out, filepath.Join(p.Dir, name))
		}
	}
	return out
}

// immutable reports whether the package's files cannot change while its
// module's version stays: a module of the module cache (not replaced by
// a directory), whose version go.mod and go.sum name. A vendored copy
// (-mod=vendor: go list gives its module a version but no directory) is
// the user's to edit.
func (p *listed) immutable() bool {
	return p.Module != nil && p.Module.Version != "" && p.Module.Dir != "" && p.Module.Replace == nil
}

// goroot returns the GOROOT a standard package lies in.
func (p *listed) goroot() string {
	dir := p.Dir
	for dir != filepath.Dir(dir) {
		if filepath.Base(dir) == "src" {
			return filepath.Dir(dir)
		}
		dir = filepath.Dir(dir)
	}
	return ""
}
