package source

import (
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"k8s.io/gengo/v2/types"
)

const sample = `// +k8s:deepcopy-gen=package

package v1
`

const sampleTypes = `package v1

// +k8s:deepcopy-gen:interfaces=a/b.C

// Widget is documented.
//   +k8s:deepcopy-gen=true
type Widget struct {
	// +optional
	Name, Alias string
	*Embedded
}

type (
	/* Grouped has a block comment.
	+k8s:deepcopy-gen=false */
	Grouped struct{}
)

const Answer = 42

var first, Second = 1, 2

func Free() {}

func init() {}
`

func newTestIndex(t *testing.T) (*Index, types.Universe) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "doc.go"), []byte(sample), 0o644)
	os.WriteFile(filepath.Join(dir, "types.go"), []byte(sampleTypes), 0o644)
	u := types.Universe{}
	u.Package("example.com/v1").Dir = dir
	return NewIndex(u, nil), u
}

func TestPositions(t *testing.T) {
	x, u := newTestIndex(t)
	widget := u.Type(types.Name{Package: "example.com/v1", Name: "Widget"})
	grouped := u.Type(types.Name{Package: "example.com/v1", Name: "Grouped"})
	tests := []struct {
		name      string
		got       token.Position
		line, col int
		wantFile  string
	}{
		{"type", x.Type(widget).Pos, 7, 6, "types.go"},
		{"detached tag", x.Type(widget).Find("k8s:deepcopy-gen:interfaces=a/b.C"), 3, 4, "types.go"},
		{"indented tag", x.Type(widget).Find("k8s:deepcopy-gen=true"), 6, 6, "types.go"},
		{"member", x.Member(widget, "Alias").Pos, 9, 2, "types.go"},
		{"member tag", x.Member(widget, "Name").Find("optional"), 8, 5, "types.go"},
		{"embedded member", x.Member(widget, "Embedded").Pos, 10, 2, "types.go"},
		{"grouped type", x.Type(grouped).Pos, 16, 2, "types.go"},
		{"block comment tag", x.Type(grouped).Find("k8s:deepcopy-gen=false"), 15, 2, "types.go"},
		{"package tag", x.PackageDoc("example.com/v1").Find("k8s:deepcopy-gen=package"), 1, 4, "doc.go"},
		{"missing tag falls back to the type", x.Type(widget).Find("nothing"), 7, 6, "types.go"},
		{"package clause", x.PackageDoc("example.com/v1").Pos, 3, 1, "doc.go"},
	}
	for _, tt := range tests {
		file := filepath.Base(tt.got.Filename)
		if file != tt.wantFile || tt.got.Line != tt.line || tt.got.Column != tt.col {
			t.Errorf("%s: got %s:%d:%d, want %s:%d:%d", tt.name, file, tt.got.Line, tt.got.Column, tt.wantFile, tt.line, tt.col)
		}
	}
}

func TestTopLevel(t *testing.T) {
	x, _ := newTestIndex(t)
	for _, tt := range []struct {
		name      string
		line, col int
	}{{"Answer", 19, 7}, {"Second", 21, 12}, {"Free", 23, 6}, {"Widget", 7, 6}, {"Grouped", 16, 2}} {
		d, ok := x.TopLevel("example.com/v1", tt.name)
		if !ok {
			t.Errorf("%s: not found", tt.name)
			continue
		}
		if d.Pos.Line != tt.line || d.Pos.Column != tt.col {
			t.Errorf("%s: at %d:%d, want %d:%d", tt.name, d.Pos.Line, d.Pos.Column, tt.line, tt.col)
		}
	}
	for _, name := range []string{"init", "Name", "Missing"} {
		if _, ok := x.TopLevel("example.com/v1", name); ok {
			t.Errorf("%s: found, but it is no package-level name one can declare again", name)
		}
	}
}

// TestDetached: a member's detached block is the comment block above its
// doc comment after a blank line and below the previous member; the
// previous member's doc comment and end-of-line comment are not.
func TestDetached(t *testing.T) {
	dir := t.TempDir()
	src := "package v1\n\ntype Spec struct {\n\t// +first\n\n\t// A is a.\n\tA string\n\t// B is b.\n\t// +optional\n\tB string // +trailing\n\n\tC string\n\n\t// +detached\n\n\tD string\n}\n"
	os.WriteFile(filepath.Join(dir, "types.go"), []byte(src), 0o644)
	u := types.Universe{}
	u.Package("example.com/v1").Dir = dir
	x := NewIndex(u, nil)
	spec := u.Type(types.Name{Package: "example.com/v1", Name: "Spec"})
	for member, want := range map[string]string{"A": "+first", "B": "", "C": "", "D": "+detached"} {
		got := ""
		for _, l := range x.Member(spec, member).Detached {
			got += l.Text
		}
		if got != want {
			t.Errorf("%s: detached %q, want %q", member, got, want)
		}
	}
}
