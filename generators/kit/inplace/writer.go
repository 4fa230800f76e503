package inplace

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// Writer writes generated Go code line by line, with helpers for blocks,
// and collects the positioned problems met while writing. The code is
// formatted afterwards, so lines need no indentation.
type Writer struct {
	b    strings.Builder
	errs *diag.List
}

// NewWriter returns a writer whose problems go to errs.
func NewWriter(errs *diag.List) *Writer { return &Writer{errs: errs} }

// Line writes one line (fmt.Sprintf of format and args).
func (w *Writer) Line(format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

// Blank writes an empty line, as between two declarations.
func (w *Writer) Blank() { w.b.WriteByte('\n') }

// Block writes "head {", the lines body writes, and "}".
func (w *Writer) Block(head string, body func()) {
	w.Line("%s {", head)
	body()
	w.Line("}")
}

// If writes an if statement: "if cond {", body, "}".
func (w *Writer) If(cond string, body func()) { w.Block("if "+cond, body) }

// IfElse writes "if cond {", then, "} else {", els, "}".
func (w *Writer) IfElse(cond string, then, els func()) {
	w.Line("if %s {", cond)
	then()
	w.Line("} else {")
	els()
	w.Line("}")
}

// For writes a for statement: "for clause {", body, "}".
func (w *Writer) For(clause string, body func()) { w.Block("for "+clause, body) }

// Func writes a function declaration, "head {", body, "}", and the blank
// line that separates it from the next one.
func (w *Writer) Func(head string, body func()) {
	w.Block(head, body)
	w.Blank()
}

// Fail records a problem at pos.
func (w *Writer) Fail(pos token.Position, format string, args ...any) {
	w.errs.Addf(pos, format, args...)
}

// String returns the code written so far.
func (w *Writer) String() string { return w.b.String() }
