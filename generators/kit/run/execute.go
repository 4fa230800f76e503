// Package run executes gengo targets into memory, then either writes the
// files (atomically, skipping those whose bytes would not change) or
// verifies them against what is on disk.
package run

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/internal/gofmt"
)

// File is one generated file, in memory.
type File struct {
	// Path is where the file belongs, e.g. "/src/api/v1/zz_generated.deepcopy.go".
	Path string
	// Data is its formatted content.
	Data []byte
	// Named marks a file whose path the user gave by name (an API rule
	// report): it is not generated code in an output tree, and is written
	// where its path leads, through symbolic links too.
	Named bool
}

// Execute runs every target's generators over c and returns the files they
// produce, sorted by path. Nothing is written.
// Every error of every target is returned, not just the first.
func Execute(c *generator.Context, targets []generator.Target) ([]File, error) {
	var files []File
	errs := &diag.List{}
	for _, tgt := range targets {
		out, err := executeTarget(c, tgt)
		errs.Add(err)
		files = append(files, out...)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if err := formatAll(files); err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

// formatAll formats the files in place, in parallel: formatting is pure,
// unlike the generators, which share name systems and run one at a time.
func formatAll(files []File) error {
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				files[i].Data, errs[i] = format(files[i])
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

func format(f File) ([]byte, error) {
	out, err := gofmt.Source(f.Data)
	if err != nil {
		return nil, fmt.Errorf("%s: generated code does not parse (a generator bug, please report it): %w", f.Path, err)
	}
	return out, nil
}

func executeTarget(c *generator.Context, tgt generator.Target) ([]File, error) {
	if tgt.Dir() == "" {
		return nil, fmt.Errorf("%s: target has no output directory", tgt.Path())
	}
	pkgCtx := filtered(c, tgt.Filter)
	files := map[string]*generator.File{}
	var order []string
	for _, g := range tgt.Generators(pkgCtx) {
		f, isNew, err := fileFor(files, tgt, g)
		if err != nil {
			return nil, err
		}
		if isNew {
			order = append(order, f.Name)
		}
		if err := generate(withNamers(filtered(pkgCtx, g.Filter), g), g, f); err != nil {
			return nil, err
		}
	}
	out := make([]File, 0, len(order))
	for _, name := range order {
		out = append(out, File{Path: filepath.Join(tgt.Dir(), name), Data: assemble(files[name])})
	}
	return out, nil
}

// fileFor returns the file g writes to, starting it if g is the first.
func fileFor(files map[string]*generator.File, tgt generator.Target, g generator.Generator) (*generator.File, bool, error) {
	if g.FileType() != generator.GoFileType {
		return nil, false, fmt.Errorf("generator %q: unsupported file type %q", g.Name(), g.FileType())
	}
	if f, ok := files[g.Filename()]; ok {
		return f, false, nil
	}
	f := &generator.File{
		Name:        g.Filename(),
		FileType:    g.FileType(),
		PackageName: tgt.Name(),
		PackagePath: tgt.Path(),
		PackageDir:  tgt.Dir(),
		Header:      tgt.Header(g.Filename()),
		Imports:     map[string]struct{}{},
	}
	files[f.Name] = f
	return f, true, nil
}

// generate runs one generator into f: its package variables and
// constants, its body (Init, each type, Finalize) and its imports.
func generate(c *generator.Context, g generator.Generator, f *generator.File) error {
	writeDecls(&f.Vars, g.Name(), "variables", g.PackageVars(c))
	writeDecls(&f.Consts, g.Name(), "consts", g.PackageConsts(c))
	if err := g.Init(c, &f.Body); err != nil {
		return err
	}
	errs := &diag.List{}
	for _, t := range c.Order {
		errs.Add(g.GenerateType(c, t, &f.Body))
	}
	errs.Add(g.Finalize(c, &f.Body))
	if err := errs.Err(); err != nil {
		return err
	}
	for _, imp := range g.Imports(c) {
		f.Imports[imp] = struct{}{}
	}
	return nil
}

func writeDecls(b *bytes.Buffer, generatorName, what string, decls []string) {
	if len(decls) == 0 {
		return
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	fmt.Fprintf(b, "// Package-wide %s from generator %q.\n", what, generatorName)
	for _, d := range decls {
		b.WriteString(d)
		b.WriteByte('\n')
	}
}

// filtered returns a copy of c whose Order keeps only the types keep accepts.
func filtered(c *generator.Context, keep func(*generator.Context, *types.Type) bool) *generator.Context {
	c2 := *c
	c2.Order = nil
	for _, t := range c.Order {
		if keep(c, t) {
			c2.Order = append(c2.Order, t)
		}
	}
	return &c2
}

// withNamers returns a copy of c with g's name systems added (g's win).
func withNamers(c *generator.Context, g generator.Generator) *generator.Context {
	extra := g.Namers(c)
	if len(extra) == 0 {
		return c
	}
	c2 := *c
	c2.Namers = namer.NameSystems{}
	for k, v := range c.Namers {
		c2.Namers[k] = v
	}
	for k, v := range extra {
		c2.Namers[k] = v
	}
	return &c2
}

// assemble lays out a Go file (header, package clause, imports, variables,
// constants, body), unformatted.
func assemble(f *generator.File) []byte {
	var b bytes.Buffer
	b.Write(f.Header)
	fmt.Fprintf(&b, "package %s\n\n", f.PackageName)
	if len(f.Imports) > 0 {
		b.WriteString("import (\n")
		for _, imp := range slices.Sorted(maps.Keys(f.Imports)) {
			if strings.Contains(imp, `"`) {
				fmt.Fprintf(&b, "\t%s\n", imp)
			} else {
				fmt.Fprintf(&b, "\t%q\n", imp)
			}
		}
		b.WriteString(")\n\n")
	}
	block(&b, "var", f.Vars.Bytes())
	block(&b, "const", f.Consts.Bytes())
	b.Write(f.Body.Bytes())
	return b.Bytes()
}

func block(b *bytes.Buffer, keyword string, body []byte) {
	if len(body) == 0 {
		return
	}
	fmt.Fprintf(b, "%s (\n", keyword)
	b.Write(body)
	b.WriteString(")\n\n")
}
