package protobuf

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// StructTagFiles returns the Go files of dir (tests excepted) whose struct
// tags change when each member of tags (by type, then member) that has no
// `protobuf:` tag gets the one given, as upstream rewrites types.go once
// protoc has run: the members' tags are written again, each key:"value"
// separated by one space, and a changed file is printed as gofmt prints
// it. Files with nothing to change are not returned (upstream prints them
// again too).
func StructTagFiles(dir string, tags map[string]map[string]string) ([]run.File, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []run.File
	errs := &diag.List{}
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		data, changed, err := rewriteTags(path, tags)
		errs.Add(err)
		if changed {
			out = append(out, run.File{Path: path, Data: data})
		}
	}
	return out, errs.Err()
}

// rewriteTags returns the file at path with the struct tags added, and
// whether anything changed.
func rewriteTags(path string, tags map[string]map[string]string) ([]byte, bool, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, false, err
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.DeclarationErrors|parser.ParseComments)
	if err != nil {
		return nil, false, err
	}
	changed := false
	errs := &diag.List{}
	ast.Inspect(file, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		st, ok := ts.Type.(*ast.StructType)
		if byMember, found := tags[ts.Name.Name]; ok && found {
			for _, f := range st.Fields.List {
				c, err := tagField(fset, f, ts.Name.Name, byMember)
				errs.Add(err)
				changed = changed || c
			}
		}
		return false
	})
	if err := errs.Err(); err != nil || !changed {
		return nil, false, err
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, file); err != nil {
		return nil, false, err
	}
	out, err := format.Source(b.Bytes())
	return out, err == nil, err
}

// tagField adds the protobuf tag to one field of the struct typeName,
// when it has an entry and no protobuf tag yet, and reports whether the
// field's tag text changed.
func tagField(fset *token.FileSet, f *ast.Field, typeName string, byMember map[string]string) (bool, error) {
	name, ok := fieldName(f)
	if !ok {
		return false, diag.Errorf(fset.Position(f.Pos()), "struct %s: cannot name this embedded field to give it a protobuf tag", typeName)
	}
	value, ok := byMember[name]
	if !ok {
		return false, nil
	}
	var tags []tagPair
	old := ""
	if f.Tag != nil {
		old = f.Tag.Value
		var err error
		if tags, err = parseTags(strings.Trim(f.Tag.Value, "`")); err != nil {
			return false, diag.Errorf(fset.Position(f.Tag.Pos()), "struct %s, field %s: unreadable struct tag: %v", typeName, name, err)
		}
	}
	if !hasTag(tags, "protobuf") && value != "" {
		tags = append(tags, tagPair{"protobuf", value})
	}
	if len(tags) == 0 {
		return false, nil
	}
	if f.Tag == nil {
		f.Tag = &ast.BasicLit{Kind: token.STRING}
	}
	f.Tag.Value = formatTags(tags)
	return f.Tag.Value != old, nil
}

// fieldName is a field's first name, or an embedded field's type name.
func fieldName(f *ast.Field) (string, bool) {
	if len(f.Names) > 0 {
		return f.Names[0].Name, true
	}
	expr := f.Type
	for {
		switch e := expr.(type) {
		case *ast.Ident:
			return e.Name, true
		case *ast.SelectorExpr:
			return e.Sel.Name, true
		case *ast.StarExpr:
			expr = e.X
		default:
			return "", false
		}
	}
}

// tagPair is one key:"value" of a struct tag.
type tagPair struct{ key, value string }

func hasTag(tags []tagPair, key string) bool {
	for _, t := range tags {
		if t.key == key {
			return true
		}
	}
	return false
}

// formatTags writes the pairs back as a raw string literal.
func formatTags(tags []tagPair) string {
	parts := make([]string, len(tags))
	for i, t := range tags {
		parts[i] = fmt.Sprintf("%s:%q", t.key, t.value)
	}
	return "`" + strings.Join(parts, " ") + "`"
}

// parseTags reads the key:"value" pairs of a struct tag in order,
// stopping, as reflect does, at the first that is malformed.
func parseTags(tag string) ([]tagPair, error) {
	var out []tagPair
	for {
		tag = strings.TrimLeft(tag, " ")
		key, rest, ok := strings.Cut(tag, ":")
		if tag == "" || !ok || !validKey(key) || !strings.HasPrefix(rest, `"`) {
			return out, nil
		}
		end := closingQuote(rest)
		if end < 0 {
			return out, nil
		}
		value, err := strconv.Unquote(rest[:end+1])
		if err != nil {
			return nil, err
		}
		out = append(out, tagPair{key, value})
		tag = rest[end+1:]
	}
}

// validKey reports whether key can name a struct tag: not empty, no
// space, control character or quote.
func validKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] <= ' ' || key[i] == '"' || key[i] == 0x7f {
			return false
		}
	}
	return key != ""
}

// closingQuote returns the index of the quote that ends the quoted string
// s starts with, or -1.
func closingQuote(s string) int {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}
