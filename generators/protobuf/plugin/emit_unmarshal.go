package plugin

import (
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/reflect/protoreflect"
)

func (g *fileGen) emitUnmarshal(m *message) {
	g.p("func (m *%s) Unmarshal(dAtA []byte) error {", m.name)
	g.p("l := len(dAtA)\niNdEx := 0\nfor iNdEx < l {\npreIndex := iNdEx\nvar wire uint64")
	g.readVarint("wire", "uint64")
	g.p("fieldNum := int32(wire >> 3)\nwireType := int(wire & 0x7)")
	g.p("if wireType == 4 {\nreturn fmt.Errorf(\"proto: %s: wiretype end group for non-group\")\n}", m.name)
	g.p("if fieldNum <= 0 {\nreturn fmt.Errorf(\"proto: %s: illegal tag %%d (wire type %%d)\", fieldNum, wire)\n}", m.name)
	g.p("switch fieldNum {")
	for _, f := range byNumber(m.fields) {
		g.p("case %d:", f.num)
		g.unmarshalField(f)
	}
	g.p("default:\niNdEx = preIndex")
	g.skipUnknown("l")
	g.p("}\n}\n")
	g.p("if iNdEx > l {\nreturn io.ErrUnexpectedEOF\n}\nreturn nil\n}")
}

// readVarint decodes a varint from dAtA at iNdEx into target (declared
// by the caller), converting each 7-bit group to typ.
func (g *fileGen) readVarint(target, typ string) {
	g.p("for shift := uint(0); ; shift += 7 {")
	g.p("if shift >= 64 {\nreturn ErrIntOverflowGenerated\n}")
	g.p("if iNdEx >= l {\nreturn io.ErrUnexpectedEOF\n}")
	g.p("b := dAtA[iNdEx]\niNdEx++")
	g.p("%s |= %s(b&0x7F) << shift", target, typ)
	g.p("if b < 0x80 {\nbreak\n}\n}")
}

// skipUnknown skips an unknown field that starts at iNdEx, bounded by end.
func (g *fileGen) skipUnknown(end string) {
	g.p("skippy, err := skipGenerated(dAtA[iNdEx:])\nif err != nil {\nreturn err\n}")
	g.p("if (skippy < 0) || (iNdEx+skippy) < 0 {\nreturn ErrInvalidLengthGenerated\n}")
	g.p("if (iNdEx + skippy) > %s {\nreturn io.ErrUnexpectedEOF\n}", end)
	g.p("iNdEx += skippy")
}

func (g *fileGen) checkWireType(f *field, w protowire.Type) {
	g.p("if wireType != %d {\nreturn fmt.Errorf(\"proto: wrong wireType = %%d for field %s\", wireType)\n}", w, f.name)
}

// readLength decodes a length prefix into a new variable and computes
// postIndex, checking it against the buffer.
func (g *fileGen) readLength(v, typ string) {
	g.p("var %s %s", v, typ)
	g.readVarint(v, typ)
	check := v
	if typ == "uint64" {
		check = "intStringLen"
		g.p("intStringLen := int(%s)", v)
	}
	g.p("if %s < 0 {\nreturn ErrInvalidLengthGenerated\n}", check)
	g.p("postIndex := iNdEx + %s", check)
	g.p("if postIndex < 0 {\nreturn ErrInvalidLengthGenerated\n}")
	g.p("if postIndex > l {\nreturn io.ErrUnexpectedEOF\n}")
}

func (g *fileGen) unmarshalField(f *field) {
	switch {
	case f.isMap():
		g.unmarshalMap(f)
	case f.repeated && wireType(f.kind) == protowire.VarintType:
		g.unmarshalPackable(f)
	case f.kind == protoreflect.MessageKind:
		g.checkWireType(f, protowire.BytesType)
		g.unmarshalMessage(f)
	case f.kind == protoreflect.StringKind:
		g.checkWireType(f, protowire.BytesType)
		g.unmarshalString(f)
	case f.kind == protoreflect.BytesKind:
		g.checkWireType(f, protowire.BytesType)
		g.unmarshalBytes(f)
	case f.kind == protoreflect.DoubleKind || f.kind == protoreflect.FloatKind:
		g.checkWireType(f, wireType(f.kind))
		g.unmarshalFixed(f)
	default:
		g.checkWireType(f, wireType(f.kind))
		g.unmarshalVarint(f)
	}
}

func (g *fileGen) unmarshalMessage(f *field) {
	g.readLength("msglen", "int")
	target := "m." + f.name
	switch {
	case f.repeated:
		amp := ""
		if f.nullable {
			amp = "&"
		}
		g.p("m.%s = append(m.%s, %s%s{})", f.name, f.name, amp, f.goType)
		target = "m." + f.name + "[len(m." + f.name + ")-1]"
	case f.nullable:
		// go-to-protobuf's rewrite drops the & for a local type tagged
		// +protobuf.nullable=true, which is a slice or map in Go.
		amp := "&"
		if f.local && g.isOptional(f.goType) {
			amp = ""
		}
		g.p("if m.%s == nil {\nm.%s = %s%s{}\n}", f.name, f.name, amp, f.goType)
	}
	g.p("if err := %s.Unmarshal(dAtA[iNdEx:postIndex]); err != nil {\nreturn err\n}", target)
	g.p("iNdEx = postIndex")
}

func (g *fileGen) unmarshalString(f *field) {
	g.readLength("stringLen", "uint64")
	val := f.goType + "(dAtA[iNdEx:postIndex])"
	switch {
	case f.repeated:
		g.p("m.%s = append(m.%s, %s)", f.name, f.name, val)
	case f.nullable:
		g.p("s := %s\nm.%s = &s", val, f.name)
	default:
		g.p("m.%s = %s", f.name, val)
	}
	g.p("iNdEx = postIndex")
}

func (g *fileGen) unmarshalBytes(f *field) {
	g.readLength("byteLen", "int")
	if f.repeated {
		g.p("m.%s = append(m.%s, make([]byte, postIndex-iNdEx))", f.name, f.name)
		g.p("copy(m.%s[len(m.%s)-1], dAtA[iNdEx:postIndex])", f.name, f.name)
	} else {
		g.p("m.%s = append(m.%s[:0], dAtA[iNdEx:postIndex]...)", f.name, f.name)
		g.p("if m.%s == nil {\nm.%s = []byte{}\n}", f.name, f.name)
	}
	g.p("iNdEx = postIndex")
}

func (g *fileGen) unmarshalVarint(f *field) {
	switch {
	case f.kind == protoreflect.BoolKind:
		g.p("var v int")
		g.readVarint("v", "int")
		if f.nullable {
			g.p("b := %s(v != 0)\nm.%s = &b", f.goType, f.name)
		} else {
			g.p("m.%s = %s(v != 0)", f.name, f.goType)
		}
	case f.nullable:
		g.p("var v %s", f.goType)
		g.readVarint("v", f.goType)
		g.p("m.%s = &v", f.name)
	default:
		g.p("m.%s = 0", f.name)
		g.readVarint("m."+f.name, f.goType)
	}
}

// unmarshalPackable reads a repeated varint field, packed or not.
func (g *fileGen) unmarshalPackable(f *field) {
	elem, conv := f.goType, "v"
	vt := f.goType
	if f.kind == protoreflect.BoolKind {
		vt, conv = "int", f.goType+"(v != 0)"
	}
	g.p("if wireType == 0 {\nvar v %s", vt)
	g.readVarint("v", vt)
	g.p("m.%s = append(m.%s, %s)", f.name, f.name, conv)
	g.p("} else if wireType == 2 {")
	g.p("var packedLen int")
	g.readVarint("packedLen", "int")
	g.p("if packedLen < 0 {\nreturn ErrInvalidLengthGenerated\n}")
	g.p("postIndex := iNdEx + packedLen")
	g.p("if postIndex < 0 {\nreturn ErrInvalidLengthGenerated\n}")
	g.p("if postIndex > l {\nreturn io.ErrUnexpectedEOF\n}")
	g.p("var elementCount int")
	if f.kind == protoreflect.BoolKind {
		g.p("elementCount = packedLen")
	} else {
		g.p("var count int\nfor _, integer := range dAtA[iNdEx:postIndex] {\nif integer < 128 {\ncount++\n}\n}\nelementCount = count")
	}
	g.p("if elementCount != 0 && len(m.%s) == 0 {\nm.%s = make([]%s, 0, elementCount)\n}", f.name, f.name, elem)
	g.p("for iNdEx < postIndex {\nvar v %s", vt)
	g.readVarint("v", vt)
	g.p("m.%s = append(m.%s, %s)\n}", f.name, f.name, conv)
	g.p("} else {\nreturn fmt.Errorf(\"proto: wrong wireType = %%d for field %s\", wireType)\n}", f.name)
}

// isOptional reports whether the local type name is tagged
// +protobuf.nullable=true.
func (g *fileGen) isOptional(name string) bool {
	for _, m := range g.messages {
		if m.name == name {
			return m.optional
		}
	}
	return false
}

// unmarshalFixed reads a double or float field.
func (g *fileGen) unmarshalFixed(f *field) {
	bits, size := fixedBits(f.kind)
	g.p("var v uint%d", bits)
	g.readFixed("v", bits, size)
	if f.nullable {
		g.p("v2 := %s(math.Float%dfrombits(v))\nm.%s = &v2", f.goType, bits, f.name)
	} else {
		g.p("m.%s = %s(math.Float%dfrombits(v))", f.name, f.goType, bits)
	}
}

// fixedBits is the width of a double or float value in bits and bytes.
func fixedBits(k protoreflect.Kind) (bits, size int) {
	if k == protoreflect.FloatKind {
		return 32, 4
	}
	return 64, 8
}

// readFixed reads a little-endian value of size bytes into v.
func (g *fileGen) readFixed(v string, bits, size int) {
	g.p("if (iNdEx + %d) > l {\nreturn io.ErrUnexpectedEOF\n}", size)
	g.p("%s = uint%d(encoding_binary.LittleEndian.Uint%d(dAtA[iNdEx:]))", v, bits, bits)
	g.p("iNdEx += %d", size)
}
