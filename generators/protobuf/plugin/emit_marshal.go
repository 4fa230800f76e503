package plugin

import (
	"fmt"
	"sort"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// wireType is the wire type gogo writes a field's values with.
func wireType(k protoreflect.Kind) protowire.Type {
	switch k {
	case protoreflect.StringKind, protoreflect.BytesKind, protoreflect.MessageKind:
		return protowire.BytesType
	case protoreflect.DoubleKind:
		return protowire.Fixed64Type
	case protoreflect.FloatKind:
		return protowire.Fixed32Type
	}
	return protowire.VarintType
}

// tagBytes is the encoded key of field num.
func tagBytes(num int32, k protoreflect.Kind) []byte {
	return protowire.AppendTag(nil, protowire.Number(num), wireType(k))
}

// emitTag writes the key of a field backwards, as MarshalToSizedBuffer does.
func (g *fileGen) emitTag(num int32, k protoreflect.Kind) {
	tag := tagBytes(num, k)
	for i := len(tag) - 1; i >= 0; i-- {
		g.p("i--")
		g.p("dAtA[i] = %#x", tag[i])
	}
}

func (g *fileGen) emitMarshal(m *message) {
	g.p("func (m *%s) Marshal() (dAtA []byte, err error) {", m.name)
	g.p("size := m.Size()")
	g.p("dAtA = make([]byte, size)")
	g.p("n, err := m.MarshalToSizedBuffer(dAtA[:size])")
	g.p("if err != nil {\nreturn nil, err\n}")
	g.p("return dAtA[:n], nil\n}\n")
	g.p("func (m *%s) MarshalTo(dAtA []byte) (int, error) {", m.name)
	g.p("size := m.Size()")
	g.p("return m.MarshalToSizedBuffer(dAtA[:size])\n}\n")
	g.p("func (m *%s) MarshalToSizedBuffer(dAtA []byte) (int, error) {", m.name)
	g.p("i := len(dAtA)\n_ = i\nvar l int\n_ = l")
	fields := byNumber(m.fields)
	for i := len(fields) - 1; i >= 0; i-- {
		g.marshalField(fields[i])
	}
	g.p("return len(dAtA) - i, nil\n}\n")
}

// byNumber returns the fields sorted by field number.
func byNumber(fields []*field) []*field {
	sorted := append([]*field(nil), fields...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].num < sorted[j].num })
	return sorted
}

func (g *fileGen) marshalField(f *field) {
	switch {
	case f.isMap():
		g.marshalMap(f)
	case f.repeated:
		g.p("if len(m.%s) > 0 {", f.name)
		g.p("for iNdEx := len(m.%s) - 1; iNdEx >= 0; iNdEx-- {", f.name)
		g.marshalValue(f, fmt.Sprintf("m.%s[iNdEx]", f.name))
		g.emitTag(f.num, f.kind)
		g.p("}\n}")
	case f.nullable && (f.kind != protoreflect.BytesKind):
		g.p("if m.%s != nil {", f.name)
		g.marshalValue(f, "*m."+f.name)
		g.emitTag(f.num, f.kind)
		g.p("}")
	case f.kind == protoreflect.BytesKind:
		g.p("if m.%s != nil {", f.name)
		g.marshalValue(f, "m."+f.name)
		g.emitTag(f.num, f.kind)
		g.p("}")
	default:
		g.marshalValue(f, "m."+f.name)
		g.emitTag(f.num, f.kind)
	}
}

// marshalValue writes one value of f, held in expr, without its key.
func (g *fileGen) marshalValue(f *field, expr string) {
	switch f.kind {
	case protoreflect.StringKind, protoreflect.BytesKind:
		g.p("i -= len(%s)", expr)
		g.p("copy(dAtA[i:], %s)", expr)
		g.p("i = encodeVarintGenerated(dAtA, i, uint64(len(%s)))", expr)
	case protoreflect.MessageKind:
		if len(expr) > 0 && expr[0] == '*' {
			expr = expr[1:]
		}
		g.p("{")
		g.p("size, err := %s.MarshalToSizedBuffer(dAtA[:i])", expr)
		g.p("if err != nil {\nreturn 0, err\n}")
		g.p("i -= size")
		g.p("i = encodeVarintGenerated(dAtA, i, uint64(size))")
		g.p("}")
	case protoreflect.DoubleKind:
		g.p("i -= 8")
		g.p("encoding_binary.LittleEndian.PutUint64(dAtA[i:], uint64(math.Float64bits(float64(%s))))", expr)
	case protoreflect.FloatKind:
		g.p("i -= 4")
		g.p("encoding_binary.LittleEndian.PutUint32(dAtA[i:], uint32(math.Float32bits(float32(%s))))", expr)
	case protoreflect.BoolKind:
		g.p("i--")
		g.p("if %s {\ndAtA[i] = 1\n} else {\ndAtA[i] = 0\n}", expr)
	default:
		g.p("i = encodeVarintGenerated(dAtA, i, uint64(%s))", expr)
	}
}

func (g *fileGen) marshalMap(f *field) {
	keys := "keysFor" + f.name
	base := scalarGoTypes[f.key.kind]
	g.p("if len(m.%s) > 0 {", f.name)
	g.p("%s := make([]%s, 0, len(m.%s))", keys, base, f.name)
	g.p("for k := range m.%s {", f.name)
	g.p("%s = append(%s, %s(k))\n}", keys, keys, base)
	g.p("%s(%s)", g.sortCall(f.key.kind), keys)
	g.p("for iNdEx := len(%s) - 1; iNdEx >= 0; iNdEx-- {", keys)
	g.p("v := m.%s[%s(%s[iNdEx])]", f.name, f.key.goType, keys)
	g.p("baseI := i")
	v := f.val
	switch {
	case v.kind == protoreflect.MessageKind && v.castValue != "":
		g.marshalValue(v, "((*"+v.goType+")(&v))")
	case v.kind == protoreflect.MessageKind:
		g.marshalValue(v, "(&v)")
	case v.kind == protoreflect.BytesKind:
		g.p("if v != nil {")
		g.marshalValue(v, "v")
		g.emitTag(2, v.kind)
		g.p("}")
	default:
		g.marshalValue(v, "v")
	}
	if v.kind != protoreflect.BytesKind {
		g.emitTag(2, v.kind)
	}
	g.marshalValue(f.key, keys+"[iNdEx]")
	g.emitTag(1, f.key.kind)
	g.p("i = encodeVarintGenerated(dAtA, i, uint64(baseI-i))")
	g.emitTag(f.num, protoreflect.MessageKind)
	g.p("}\n}")
}

// sortCall is the function that sorts a slice of map keys of kind k:
// gogo's sortkeys package's, which go-to-protobuf's --drop-gogo-go
// rewrite renames to package sort.
func (g *fileGen) sortCall(k protoreflect.Kind) string {
	pkg := "sort"
	if g.opts.KeepGogo {
		pkg = "github_com_gogo_protobuf_sortkeys"
	}
	return pkg + "." + mapKeySorts[k]
}
