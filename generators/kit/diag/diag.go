// Package diag holds the errors that generators report to users: each one
// names the file, line and column it is about and says what to do.
package diag

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Error is one problem found in the user's input, at a position.
type Error struct {
	// Pos is where the problem is, e.g. "/src/api/v1/types.go:12:4".
	// A zero Pos means the problem has no place in a source file (a flag, say).
	Pos token.Position
	// Msg says what is wrong and what to do about it.
	Msg string
}

// Error renders the problem as "path/file.go:line:col: message", with the
// path relative to the working directory when that is shorter.
func (e *Error) Error() string {
	if !e.Pos.IsValid() && e.Pos.Filename == "" {
		return e.Msg
	}
	return Where(e.Pos) + ": " + e.Msg
}

// Where renders a position as "file:line:col" with the file relative to the
// working directory where possible.
func Where(pos token.Position) string {
	file := relative(pos.Filename)
	switch {
	case pos.Line == 0:
		return file
	case pos.Column == 0:
		return fmt.Sprintf("%s:%d", file, pos.Line)
	}
	return fmt.Sprintf("%s:%d:%d", file, pos.Line, pos.Column)
}

// LocalPath returns path as a user types it on a command line in the
// working directory: relative to it, starting with "./" or "../" ("." for
// the directory itself), or path when there is no relative form. The
// working directory is also tried with its links resolved, since paths
// found by walking up to a go.mod are.
func LocalPath(path string) string {
	abs, err := filepath.Abs(path)
	wd, wdErr := os.Getwd()
	if err != nil || wdErr != nil {
		return path
	}
	rel, err := filepath.Rel(wd, abs)
	if real, realErr := filepath.EvalSymlinks(wd); realErr == nil && (err != nil || strings.HasPrefix(rel, "..")) {
		if r, e := filepath.Rel(real, abs); e == nil && !strings.HasPrefix(r, "..") {
			rel, err = r, nil
		}
	}
	switch {
	case err != nil:
		return path
	case rel == "." || strings.HasPrefix(rel, ".."):
		return rel
	}
	return "." + string(filepath.Separator) + rel
}

func relative(file string) string {
	if !filepath.IsAbs(file) {
		return file
	}
	wd, err := os.Getwd()
	if err != nil {
		return file
	}
	rel, err := filepath.Rel(wd, file)
	if err != nil || strings.HasPrefix(rel, ".."+string(filepath.Separator)+"..") {
		return file
	}
	return rel
}

// Errorf builds an Error at pos.
func Errorf(pos token.Position, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// List gathers every problem of a run so that all of them can be reported
// at once.
type List struct {
	errs []error
}

// Add records err, each problem of a joined error separately; nil is
// ignored.
func (l *List) Add(err error) {
	l.errs = append(l.errs, Flatten(err)...)
}

// Addf records a new Error at pos.
func (l *List) Addf(pos token.Position, format string, args ...any) {
	l.Add(Errorf(pos, format, args...))
}

// Len reports how many problems were recorded.
func (l *List) Len() int { return len(l.errs) }

// Err returns nil when nothing was recorded, otherwise one error that holds
// every recorded problem, sorted by position, one per line.
func (l *List) Err() error {
	if len(l.errs) == 0 {
		return nil
	}
	errs := append([]error(nil), l.errs...)
	sort.SliceStable(errs, func(i, j int) bool { return less(errs[i], errs[j]) })
	return errors.Join(dropShorter(dedupe(errs))...)
}

func less(a, b error) bool {
	pa, pb := position(a), position(b)
	if pa.Filename != pb.Filename {
		return pa.Filename < pb.Filename
	}
	if pa.Line != pb.Line {
		return pa.Line < pb.Line
	}
	return pa.Column < pb.Column
}

// Positioned reports whether err is an Error about a place in a file.
func Positioned(err error) bool {
	return position(err).Filename != ""
}

func position(err error) token.Position {
	var e *Error
	if errors.As(err, &e) {
		return e.Pos
	}
	return token.Position{}
}

func dedupe(errs []error) []error {
	seen := map[string]bool{}
	out := errs[:0]
	for _, err := range errs {
		if msg := err.Error(); !seen[msg] {
			seen[msg] = true
			out = append(out, err)
		}
	}
	return out
}

// Flatten splits an error built with errors.Join (at any depth) into its
// leaves, so that each can be printed on a line of its own.
func Flatten(err error) []error {
	if err == nil {
		return nil
	}
	if multi, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range multi.Unwrap() {
			out = append(out, Flatten(e)...)
		}
		return out
	}
	return []error{err}
}
