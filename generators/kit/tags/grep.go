package tags

import (
	"go/ast"
	"strings"
)

// LineComments returns the text of every line comment ("//", the slashes
// dropped) of f, wherever it stands (on the package, a type, a field, alone
// or in a function), in order: where kube_codegen.sh's grep finds a tag. A
// tag inside a /* */ block (commented-out code) or a string is in none of
// them. Read the tags of the lines with Written.
func LineComments(f *ast.File) []string {
	var out []string
	for _, g := range f.Comments {
		for _, c := range g.List {
			if text, ok := strings.CutPrefix(c.Text, "//"); ok {
				out = append(out, text)
			}
		}
	}
	return out
}
