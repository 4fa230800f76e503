package plugin

import (
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// unmarshalMap reads one map entry of f.
func (g *fileGen) unmarshalMap(f *field) {
	g.checkWireType(f, protowire.BytesType)
	g.readLength("msglen", "int")
	g.p("if m.%s == nil {\nm.%s = make(%s)\n}", f.name, f.name, f.mapType)
	g.p("var mapkey %s", f.key.baseType())
	switch f.val.kind {
	case protoreflect.MessageKind:
		g.p("mapvalue := &%s{}", f.val.goType)
	case protoreflect.BytesKind:
		g.p("mapvalue := []byte{}")
	default:
		g.p("var mapvalue %s", f.val.baseType())
	}
	g.p("for iNdEx < postIndex {\nentryPreIndex := iNdEx\nvar wire uint64")
	g.readVarint("wire", "uint64")
	g.p("fieldNum := int32(wire >> 3)")
	g.p("if fieldNum == 1 {")
	g.readEntryValue(f.key, "mapkey")
	g.p("} else if fieldNum == 2 {")
	g.readEntryValue(f.val, "mapvalue")
	g.p("} else {\niNdEx = entryPreIndex")
	g.skipUnknown("postIndex")
	g.p("}\n}")
	key := "mapkey"
	if f.castKey {
		key = f.key.goType + "(mapkey)"
	}
	val := "mapvalue"
	if f.val.kind == protoreflect.MessageKind {
		val = "*mapvalue"
	}
	if f.val.castValue != "" {
		val = "((" + f.val.castValue + ")(" + val + "))"
	}
	g.p("m.%s[%s] = %s", f.name, key, val)
	g.p("iNdEx = postIndex")
}

// readEntryValue decodes the key or the value of a map entry into v.
func (g *fileGen) readEntryValue(f *field, v string) {
	switch f.kind {
	case protoreflect.StringKind:
		g.readEntryLength("stringLen"+v, "uint64", "intStringLen"+v, "postStringIndex"+v)
		g.p("%s = %s(dAtA[iNdEx:postStringIndex%s])", v, f.goType, v)
		g.p("iNdEx = postStringIndex%s", v)
	case protoreflect.BytesKind:
		g.readEntryLength("mapbyteLen", "uint64", "intMapbyteLen", "postbytesIndex")
		g.p("%s = make([]byte, mapbyteLen)", v)
		g.p("copy(%s, dAtA[iNdEx:postbytesIndex])", v)
		g.p("iNdEx = postbytesIndex")
	case protoreflect.MessageKind:
		g.readEntryLength("mapmsglen", "int", "mapmsglen", "postmsgIndex")
		g.p("%s = &%s{}", v, f.goType)
		g.p("if err := %s.Unmarshal(dAtA[iNdEx:postmsgIndex]); err != nil {\nreturn err\n}", v)
		g.p("iNdEx = postmsgIndex")
	case protoreflect.BoolKind:
		g.p("var %stemp int", v)
		g.readVarint(v+"temp", "int")
		g.p("%s = bool(%stemp != 0)", v, v)
	case protoreflect.DoubleKind, protoreflect.FloatKind:
		bits, size := fixedBits(f.kind)
		g.p("var %stemp uint%d", v, bits)
		g.readFixed(v+"temp", bits, size)
		g.p("%s = math.Float%dfrombits(%stemp)", v, bits, v)
	default:
		g.readVarint(v, f.baseType())
	}
}

// readEntryLength decodes a length prefix inside a map entry.
func (g *fileGen) readEntryLength(v, typ, intV, post string) {
	g.p("var %s %s", v, typ)
	g.readVarint(v, typ)
	if intV != v {
		g.p("%s := int(%s)", intV, v)
	}
	g.p("if %s < 0 {\nreturn ErrInvalidLengthGenerated\n}", intV)
	g.p("%s := iNdEx + %s", post, intV)
	g.p("if %s < 0 {\nreturn ErrInvalidLengthGenerated\n}", post)
	g.p("if %s > l {\nreturn io.ErrUnexpectedEOF\n}", post)
}
