package load

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// declarations renders a file's declarations without function bodies,
// each with its position: what the fast loader reads of a file.
func declarations(t *testing.T, name string, src []byte) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out bytes.Buffer
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok {
			fn.Body = nil
		}
		out.WriteString(fset.Position(d.Pos()).String() + "\n")
		if err := printer.Fprint(&out, fset, d); err != nil {
			t.Fatal(err)
		}
		out.WriteString("\n")
	}
	return out.String()
}

// TestBlankBodiesKeepsDeclarations blanks the function bodies of the
// standard library's time and net/http packages and of the example's API,
// and requires the same declarations at the same positions, and bodies
// emptied: signatures with struct and interface types, generics and
// functions without bodies included.
func TestBlankBodiesKeepsDeclarations(t *testing.T) {
	src := `package p

func F[T interface{ ~int }](x struct{ A int }) interface{ M() } { if true { return nil }; return nil }

func asm(x int) int

func (r *R) M() (s struct{ B string }) {
	s.B = "}"
	return
}

var V = func() int { return 1 }()
`
	files := map[string][]byte{"inline.go": []byte(src)}
	for _, glob := range []string{filepath.Join(runtime.GOROOT(), "src", "time", "*.go"), filepath.Join(runtime.GOROOT(), "src", "net", "http", "*.go"),
		filepath.Join("..", "..", "..", "examples", "network", "pkg", "apis", "networking", "v1", "*.go")} {
		names, err := filepath.Glob(glob)
		if err != nil || len(names) == 0 {
			t.Fatalf("%s: %v, %d files", glob, err, len(names))
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			files[name] = data
		}
	}
	for name, data := range files {
		want := declarations(t, name, data)
		blanked := blankBodies(bytes.Clone(data))
		if got := declarations(t, name, blanked); got != want {
			t.Errorf("%s: the declarations changed", name)
		}
	}
	got := string(blankBodies([]byte(src)))
	if !bytes.Contains([]byte(got), []byte("func() int { return 1 }()")) {
		t.Errorf("inline.go: the function literal of V lost its body:\n%s", got)
	}
	for _, gone := range []string{"if true", "s.B =", "\treturn\n"} {
		if bytes.Contains([]byte(got), []byte(gone)) {
			t.Errorf("inline.go: %q is still there:\n%s", gone, got)
		}
	}
}
