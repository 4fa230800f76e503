package plugin

import (
	"google.golang.org/protobuf/reflect/protoreflect"
)

func (g *fileGen) emitSize(m *message) {
	g.p("func (m *%s) Size() (n int) {", m.name)
	g.p("if m == nil {\nreturn 0\n}")
	g.p("var l int\n_ = l")
	for _, f := range byNumber(m.fields) {
		g.sizeField(f)
	}
	g.p("return n\n}\n")
}

func (g *fileGen) sizeField(f *field) {
	t := len(tagBytes(f.num, f.kind))
	switch {
	case f.isMap():
		g.sizeMap(f, t)
	case f.repeated && f.kind == protoreflect.BoolKind:
		g.p("if len(m.%s) > 0 {\nn += %d * len(m.%s)\n}", f.name, t+1, f.name)
	case f.repeated:
		v := map[protoreflect.Kind]string{protoreflect.MessageKind: "e", protoreflect.StringKind: "s", protoreflect.BytesKind: "b"}[f.kind]
		if v == "" {
			v = "e"
		}
		g.p("if len(m.%s) > 0 {", f.name)
		g.p("for _, %s := range m.%s {", v, f.name)
		g.sizeValue(f, v, t)
		g.p("}\n}")
	case f.nullable && f.kind != protoreflect.BytesKind:
		g.p("if m.%s != nil {", f.name)
		g.sizeValue(f, "*m."+f.name, t)
		g.p("}")
	case f.kind == protoreflect.BytesKind:
		g.p("if m.%s != nil {", f.name)
		g.sizeValue(f, "m."+f.name, t)
		g.p("}")
	default:
		g.sizeValue(f, "m."+f.name, t)
	}
}

// sizeValue adds the size of one value of f, held in expr, and its key.
func (g *fileGen) sizeValue(f *field, expr string, t int) {
	switch f.kind {
	case protoreflect.StringKind, protoreflect.BytesKind:
		g.p("l = len(%s)", expr)
		g.p("n += %d + l + sovGenerated(uint64(l))", t)
	case protoreflect.MessageKind:
		if expr[0] == '*' {
			expr = expr[1:]
		}
		g.p("l = %s.Size()", expr)
		g.p("n += %d + l + sovGenerated(uint64(l))", t)
	case protoreflect.BoolKind:
		g.p("n += %d", t+1)
	case protoreflect.DoubleKind:
		g.p("n += %d", t+8)
	case protoreflect.FloatKind:
		g.p("n += %d", t+4)
	default:
		g.p("n += %d + sovGenerated(uint64(%s))", t, expr)
	}
}

func (g *fileGen) sizeMap(f *field, t int) {
	g.p("if len(m.%s) > 0 {", f.name)
	g.p("for k, v := range m.%s {", f.name)
	g.p("_ = k\n_ = v")
	var val string
	switch f.val.kind {
	case protoreflect.MessageKind:
		if f.val.castValue != "" && f.val.kind == protoreflect.MessageKind {
			g.p("l = ((*%s)(&v)).Size()", f.val.goType)
		} else {
			g.p("l = v.Size()")
		}
		val = "1 + l + sovGenerated(uint64(l))"
	case protoreflect.BytesKind:
		g.p("l = 0\nif v != nil {\nl = 1 + len(v) + sovGenerated(uint64(len(v)))\n}")
		val = "l"
	case protoreflect.StringKind:
		val = "1 + len(v) + sovGenerated(uint64(len(v)))"
	default:
		val = scalarEntrySize(f.val.kind, "v")
	}
	g.p("mapEntrySize := %s + %s", scalarEntrySize(f.key.kind, "k"), val)
	g.p("n += mapEntrySize + %d + sovGenerated(uint64(mapEntrySize))", t)
	g.p("}\n}")
}

// scalarEntrySize is the size of a map entry's scalar key or value v with
// its one-byte key.
func scalarEntrySize(k protoreflect.Kind, v string) string {
	switch k {
	case protoreflect.StringKind:
		return "1 + len(" + v + ") + sovGenerated(uint64(len(" + v + ")))"
	case protoreflect.BoolKind:
		return "1 + 1"
	case protoreflect.DoubleKind:
		return "1 + 8"
	case protoreflect.FloatKind:
		return "1 + 4"
	}
	return "1 + sovGenerated(uint64(" + v + "))"
}
