package plugin

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"
)

// rawImport is one line of the import block gogo writes, before
// Kubernetes' rewrite and goimports thin it.
type rawImport struct {
	name, path string
}

// importSet names imported packages the way protoc-gen-gogo does:
// dependencies by their base name with a numeric suffix on collision, in
// order of first use; cast types by their whole path with punctuation
// turned into underscores.
type importSet struct {
	depNames  map[string]string // import path -> name
	usedNames map[string]bool
	casts     map[string]string // import path -> name
}

func newImportSet() *importSet {
	return &importSet{depNames: map[string]string{}, usedNames: map[string]bool{}, casts: map[string]string{}}
}

// depName returns (and on first use assigns) the name of a dependency.
func (s *importSet) depName(path string) string {
	if name, ok := s.depNames[path]; ok {
		return name
	}
	name := uniqueName(depBaseName(path), s.usedNames)
	s.depNames[path] = name
	s.usedNames[name] = true
	return name
}

// castName returns the name gogo gives a cast type's package.
func (s *importSet) castName(path string) string {
	name := cleanName(path)
	s.casts[path] = name
	return name
}

// rawList is gogo's import block for a file whose proto dependencies have
// the given Go import paths: sorted by path, unused dependencies blank.
func (s *importSet) rawList(deps []string, self string, maps bool) []rawImport {
	seen := map[string]bool{}
	var list []rawImport
	add := func(name, path string) {
		if !seen[name+" "+path] {
			seen[name+" "+path] = true
			list = append(list, rawImport{name, path})
		}
	}
	for _, std := range []string{"fmt", "io", "math", "reflect", "strings"} {
		add(std, std)
	}
	add("math_bits", "math/bits")
	add("encoding_binary", "encoding/binary")
	add("proto", "github.com/gogo/protobuf/proto")
	if maps {
		add("github_com_gogo_protobuf_sortkeys", "github.com/gogo/protobuf/sortkeys")
	}
	for _, d := range deps {
		if d == self {
			continue
		}
		if name, ok := s.depNames[d]; ok {
			add(name, d)
		} else {
			add("_", d)
		}
	}
	for path, name := range s.casts {
		add(name, path)
	}
	return sortRaw(list)
}

// sortRaw sorts imports by path, then name, as gogo lists them.
func sortRaw(list []rawImport) []rawImport {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].path != list[j].path {
			return list[i].path < list[j].path
		}
		return list[i].name < list[j].name
	})
	return list
}

// importBlock renders the import block the Kubernetes pipeline ends with:
// the rewrite drops gogo and blank imports (each gap becomes a blank
// line), "github.com/gogo/protobuf/sortkeys" becomes "sort", goimports
// drops what the code does not use, sorts each section standard library
// first and separates the groups.
//
// With keepGogo (--drop-gogo-go=false) gogo's imports stay as they are.
func importBlock(raw []rawImport, used map[string]bool, keepGogo bool) string {
	var sections [][]rawImport
	var cur []rawImport
	gap := false
	for _, imp := range raw {
		switch {
		case imp.name == "_" || !keepGogo && strings.HasPrefix(imp.path, "github.com/gogo/protobuf/") && imp.path != "github.com/gogo/protobuf/sortkeys":
			gap = true
			continue
		case !keepGogo && imp.path == "github.com/gogo/protobuf/sortkeys":
			imp = rawImport{"", "sort"}
		}
		if gap && len(cur) > 0 {
			sections = append(sections, cur)
			cur = nil
		}
		gap = false
		// goimports deletes unused imports; a blank line next to one stays.
		if imp.name == "" || used[imp.name] {
			cur = append(cur, imp)
		}
	}
	if len(cur) > 0 {
		sections = append(sections, cur)
	}
	if len(sections) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("import (\n")
	for i, sec := range sections {
		if i > 0 {
			b.WriteString("\n")
		}
		writeSection(&b, sec)
	}
	b.WriteString(")\n")
	return b.String()
}

// importGroup is goimports' grouping: standard library 0, others 1.
func importGroup(path string) int {
	if strings.Contains(strings.Split(path, "/")[0], ".") {
		return 1
	}
	return 0
}

func writeSection(b *strings.Builder, sec []rawImport) {
	sort.SliceStable(sec, func(i, j int) bool {
		gi, gj := importGroup(sec[i].path), importGroup(sec[j].path)
		if gi != gj {
			return gi < gj
		}
		if sec[i].path != sec[j].path {
			return sec[i].path < sec[j].path
		}
		return sec[i].name < sec[j].name
	})
	for i, imp := range sec {
		if i > 0 && importGroup(imp.path) != importGroup(sec[i-1].path) {
			b.WriteString("\n")
		}
		if imp.name != "" {
			fmt.Fprintf(b, "\t%s %q\n", imp.name, imp.path)
		} else {
			fmt.Fprintf(b, "\t%q\n", imp.path)
		}
	}
}

// usedPackages lists the identifiers a Go body uses as package qualifiers.
func usedPackages(body []byte) (map[string]bool, error) {
	src := append([]byte("package x\n"), body...)
	f, err := parser.ParseFile(token.NewFileSet(), "generated.pb.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	return used, nil
}
