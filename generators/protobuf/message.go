package protobuf

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// fileGen writes the messages of one package's file.
type fileGen struct {
	p   *protoPackage
	all *packageSet
	u   types.Universe
	// local is the package as a protobuf name: its protobuf package and
	// its Go path.
	local    types.Name
	omit     map[types.Name]bool
	omitGogo bool
	// compiled is set when the run writes generated.pb.go (not --only-idl).
	compiled bool
	// dropGogo is --drop-gogo-go: the generated code without gogo's
	// packages, whose rewrite cannot sort map keys other than strings.
	dropGogo bool
	// prev is the generated.proto the run replaces, nil when there is none.
	prev *previousFile
	// tags collects the `protobuf:` struct tag of each Go member whose
	// field was written, by type and member name.
	tags map[string]map[string]string
}

// message writes the message of t, a struct or a nullable alias.
func (g *fileGen) message(b *bytes.Buffer, t *types.Type) error {
	if t.Kind == types.Alias {
		return g.optionalMessage(b, t)
	}
	if t.Kind != types.Struct {
		return &memberError{t: t, err: fmt.Errorf("type %s is tagged +protobuf=true but is a %s: only structs and +protobuf.nullable slices and maps become messages", t.Name.Name, t.Kind)}
	}
	return g.structMessage(b, t, t.CommentLines)
}

// optionalMessage writes the message of a nullable slice or map alias:
// one field, items.
func (g *fileGen) optionalMessage(b *bytes.Buffer, t *types.Type) error {
	kind := "slice"
	if t.Underlying.Kind == types.Map {
		kind = "map"
	}
	s := &types.Type{Name: t.Name, Kind: types.Struct, CommentLines: t.CommentLines, Members: []types.Member{{
		Name:         "Items",
		CommentLines: []string{fmt.Sprintf("items, if empty, will result in an empty %s\n", kind)},
		Type:         t.Underlying,
	}}}
	return g.structMessage(b, s, t.CommentLines)
}

// structMessage writes the message of the struct t.
func (g *fileGen) structMessage(b *bytes.Buffer, t *types.Type, comments []string) error {
	if t.Name.Name == "" || namer.IsPrivateGoName(t.Name.Name) {
		return nil
	}
	options, fields, from, err := g.contents(t)
	if err != nil {
		return err
	}
	if g.compiled {
		if err := methodClash(t); err != nil {
			return err
		}
	}
	if err := g.checkNumbers(from, t.Name.Name, fields); err != nil {
		return err
	}
	writeComment(b, comments, "")
	fmt.Fprintf(b, "message %s {\n", t.Name.Name)
	if len(options) > 0 {
		sort.Strings(options)
		for _, o := range options {
			fmt.Fprintf(b, "  option %s;\n", o)
		}
		b.WriteString("\n")
	}
	for i, f := range fields {
		g.writeField(b, f)
		if i != len(fields)-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString("}\n\n")
	g.recordTags(t, fields)
	return nil
}

// contents returns the options and fields of t's message, and the type
// whose members the fields are, as its tags say: +protobuf.options.*, +protobuf.as (the fields of another type of
// the package), +protobuf.embed (one field of a named message).
func (g *fileGen) contents(t *types.Type) ([]string, []field, *types.Type, error) {
	all := gengo.ExtractCommentTags("+", t.CommentLines)
	var options []string
	var fields []field
	from := t
	for _, k := range slices.Sorted(mapKeys(all)) {
		v := all[k][0]
		switch {
		case strings.HasPrefix(k, "protobuf.options."):
			options = append(options, g.option(strings.TrimPrefix(k, "protobuf.options."), v)...)
		case k == "protobuf.as":
			fields = nil
			as, ok := g.localType(v)
			if !ok {
				return nil, nil, nil, &memberError{t: t, tag: "protobuf.as=" + v, err: fmt.Errorf("+protobuf.as=%s: package %s has no type %s; name a struct type of the same package (upstream writes an empty message)", v, g.p.path, v)}
			}
			from = as
		case k == "protobuf.embed":
			fields = []field{{tag: 1, name: v, typ: &types.Type{Name: types.Name{Name: v, Package: g.local.Package, Path: g.local.Path}}}}
		}
	}
	if fields == nil {
		var err error
		if fields, err = g.membersToFields(from); err != nil {
			return nil, nil, nil, err
		}
	}
	return options, fields, from, nil
}

// option returns the message options one +protobuf.options.<key>=<value>
// tag gives.
func (g *fileGen) option(key, value string) []string {
	if key == "marshal" {
		if value == "false" && !g.omitGogo {
			return []string{"(gogoproto.marshaler) = false", "(gogoproto.unmarshaler) = false", "(gogoproto.sizer) = false"}
		}
		return nil
	}
	if g.omitGogo && strings.HasPrefix(key, "(gogoproto.") {
		return nil
	}
	var out []string
	if key == "(gogoproto.goproto_stringer)" && value == "false" {
		out = append(out, "(gogoproto.stringer) = false")
	}
	return append(out, fmt.Sprintf("%s = %s", key, value))
}

// localType returns the type of the package named name.
func (g *fileGen) localType(name string) (*types.Type, bool) {
	pkg, ok := g.u[g.p.path]
	if !ok {
		return nil, false
	}
	t, ok := pkg.Types[name]
	return t, ok
}

// writeField writes one field line, with its comment.
func (g *fileGen) writeField(b *bytes.Buffer, f field) {
	writeComment(b, f.comments, "  ")
	b.WriteString("  ")
	switch {
	case f.isMap:
	case f.repeated:
		b.WriteString("repeated ")
	default:
		b.WriteString("optional ")
	}
	fmt.Fprintf(b, "%s %s = %d", g.typeName(f.typ), f.name, f.tag)
	var extras []string
	for k, v := range f.extras {
		if !(g.omitGogo && strings.HasPrefix(k, "(gogoproto.")) {
			extras = append(extras, k+" = "+v)
		}
	}
	if len(extras) > 0 {
		sort.Strings(extras)
		fmt.Fprintf(b, " [%s]", strings.Join(extras, ", "))
	}
	b.WriteString(";\n")
}

// typeName names a protobuf type within the file: a map by its key and
// value, a type of the package bare, others absolutely.
func (g *fileGen) typeName(t *types.Type) string {
	if t.Key != nil && t.Elem != nil {
		return fmt.Sprintf("map<%s, %s>", g.typeName(t.Key), g.typeName(t.Elem))
	}
	if g.local.Package != "" && g.local.Package == t.Name.Package {
		return t.Name.Name
	}
	if strings.Contains(t.Name.Package, ".") {
		return "." + t.Name.String()
	}
	return t.Name.String()
}

// writeComment writes Go comment lines as protobuf comments, without the
// trailing empty ones.
func writeComment(b *bytes.Buffer, lines []string, indent string) {
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for _, l := range lines {
		if l == "" {
			fmt.Fprintf(b, "%s//\n", indent)
			continue
		}
		fmt.Fprintf(b, "%s// %s\n", indent, l)
	}
}

// methodClash returns an error at a member of t named like a method that
// gogo's generator may give t's message (gogoMethods): it names the field
// with a trailing '_' in generated.pb.go, which the Go type does not have,
// so upstream's file would not build.
func methodClash(t *types.Type) error {
	for _, m := range t.Members {
		if !m.Embedded && slices.Contains(gogoMethods(), m.Name) {
			return &memberError{t: t, member: m.Name, err: fmt.Errorf("field %s of %s has the name of a method of generated.pb.go's code, which "+
				"calls the field %s_, so the package would not build: rename the Go field (its json and protobuf names can stay), or tag %s +protobuf=false",
				m.Name, t.Name.Name, m.Name, t.Name.Name)}
		}
	}
	return nil
}
