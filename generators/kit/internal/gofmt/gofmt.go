// Package gofmt formats generated Go source in-process, producing exactly
// the bytes that k8s.io/gengo/v2's generator writes.
//
// gengo formats each generated file in two steps: it runs
// golang.org/x/tools/imports.Process in format-only mode and then pipes the
// result through the gofmt binary with -s. Source performs both steps
// without any external binary: the second step parses the intermediate
// text, sorts its imports, applies the -s simplifications as an AST pass
// and prints the tree with gofmt's printer configuration.
package gofmt

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"

	"golang.org/x/tools/imports"
)

// normalizeNumbers is the go/printer mode bit that go/format and cmd/gofmt
// set to canonicalize number literal prefixes and exponents. go/printer
// reserves it for exactly these two tools but does not export it.
const normalizeNumbers printer.Mode = 1 << 30

// printConfig returns the printer configuration used by cmd/gofmt.
func printConfig() *printer.Config {
	return &printer.Config{Mode: printer.UseSpaces | printer.TabIndent | normalizeNumbers, Tabwidth: 8}
}

// parseMode is the parser mode used by cmd/gofmt when no -r rule is given.
const parseMode = parser.ParseComments | parser.SkipObjectResolution

// importsOptions returns the options gengo passes to imports.Process; a
// fresh value each time, since files are formatted in parallel.
func importsOptions() *imports.Options {
	return &imports.Options{Comments: true, TabIndent: true, TabWidth: 8, FormatOnly: true}
}

// Source formats src as gengo's generators do (goimports in format-only
// mode, then gofmt -s), in-process.
//
// src must be a complete Go source file. A syntax error is reported as an
// error whose text includes the parser's line:col position; Source never
// panics.
func Source(src []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("gofmt: internal error: %v", r)
		}
	}()
	stage1, err := goimports(src)
	if err != nil {
		return nil, err
	}
	return simplifyAndPrint(stage1)
}

// goimports runs imports.Process exactly as gengo configures it.
func goimports(src []byte) ([]byte, error) {
	if src == nil {
		// imports.Process reads the named file when src is nil.
		src = []byte{}
	}
	out, err := imports.Process("", src, importsOptions())
	if err != nil {
		return nil, fmt.Errorf("goimports: %w", err)
	}
	return out, nil
}

// simplifyAndPrint is the in-process equivalent of piping src through
// "gofmt -s".
func simplifyAndPrint(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parseMode)
	if err != nil {
		return nil, fmt.Errorf("gofmt: %w", err)
	}
	ast.SortImports(fset, file)
	simplifyFile(file)
	var buf bytes.Buffer
	if err := printConfig().Fprint(&buf, fset, file); err != nil {
		return nil, fmt.Errorf("gofmt: %w", err)
	}
	return buf.Bytes(), nil
}
