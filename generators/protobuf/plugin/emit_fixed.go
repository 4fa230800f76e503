package plugin

import "strings"

// emitBody writes every declaration after the import block, in the order
// the Kubernetes pipeline leaves them.
func (g *fileGen) emitBody() error {
	if g.opts.KeepGogo {
		if err := g.emitGogoHead(); err != nil {
			return err
		}
	} else {
		for _, m := range g.messages {
			g.p("func (m *%s) Reset() { *m = %s{} }\n", m.name, m.name)
		}
	}
	marshal := g.eachMessage(func(ms methodSet) bool { return ms.marshal }, false, g.emitMarshal)
	if marshal {
		g.buf.WriteString(encodeVarintFunc)
	}
	size := g.eachMessage(func(ms methodSet) bool { return ms.size }, false, g.emitSize)
	if marshal || size {
		g.buf.WriteString(sovFuncs)
	}
	if g.eachMessage(func(ms methodSet) bool { return ms.stringer }, false, g.emitString) {
		g.buf.WriteString(valueToStringFunc)
	}
	if g.eachMessage(func(ms methodSet) bool { return ms.unmarshal }, true, g.emitUnmarshal) {
		g.buf.WriteString(skipFunc)
	}
	return nil
}

// eachMessage emits a method for every message whose options ask for it,
// and reports whether any did.
func (g *fileGen) eachMessage(wanted func(methodSet) bool, unmarshal bool, emit func(*message)) bool {
	wrote := false
	for _, m := range g.messages {
		if wanted(m.methods) {
			g.optionalMethods(m, unmarshal, emit)
			wrote = true
		}
	}
	return wrote
}

// optionalMethods writes methods of m with emit; for a type tagged
// +protobuf.nullable=true it then makes the rewrite go-to-protobuf makes:
// the methods act on the slice or map itself instead of its Items field,
// Unmarshal through the pointer, the others on a value receiver.
func (g *fileGen) optionalMethods(m *message, unmarshal bool, emit func(*message)) {
	if !m.optional {
		emit(m)
		return
	}
	start := g.buf.Len()
	emit(m)
	text := g.buf.String()[start:]
	g.buf.Truncate(start)
	if unmarshal {
		text = strings.NewReplacer(
			"m.Items = append(m.Items,", "*m = append(*m,",
			"m.Items = ", "*m = ",
			"m.Items == nil", "*m == nil",
			"len(m.Items)", "len(*m)",
			"m.Items[", "(*m)[",
		).Replace(text)
	} else {
		text = strings.NewReplacer(
			"(m *"+m.name+")", "(m "+m.name+")",
			"(this *"+m.name+")", "(this "+m.name+")",
			"m.Items", "m",
		).Replace(text)
	}
	g.buf.WriteString(text)
}

const encodeVarintFunc = `func encodeVarintGenerated(dAtA []byte, offset int, v uint64) int {
	offset -= sovGenerated(v)
	base := offset
	for v >= 1<<7 {
		dAtA[offset] = uint8(v&0x7f | 0x80)
		v >>= 7
		offset++
	}
	dAtA[offset] = uint8(v)
	return base
}
`

const sovFuncs = `func sovGenerated(x uint64) (n int) {
	return (math_bits.Len64(x|1) + 6) / 7
}
func sozGenerated(x uint64) (n int) {
	return sovGenerated(uint64((x << 1) ^ uint64((int64(x) >> 63))))
}
`

const valueToStringFunc = `func valueToStringGenerated(v interface{}) string {
	rv := reflect.ValueOf(v)
	if rv.IsNil() {
		return "nil"
	}
	pv := reflect.Indirect(rv).Interface()
	return fmt.Sprintf("*%v", pv)
}
`

// skipFunc skips one unknown field (groups included) and declares the
// errors the generated code returns.
const skipFunc = `func skipGenerated(dAtA []byte) (n int, err error) {
	l := len(dAtA)
	iNdEx := 0
	depth := 0
	for iNdEx < l {
		var wire uint64
		for shift := uint(0); ; shift += 7 {
			if shift >= 64 {
				return 0, ErrIntOverflowGenerated
			}
			if iNdEx >= l {
				return 0, io.ErrUnexpectedEOF
			}
			b := dAtA[iNdEx]
			iNdEx++
			wire |= (uint64(b) & 0x7F) << shift
			if b < 0x80 {
				break
			}
		}
		wireType := int(wire & 0x7)
		switch wireType {
		case 0:
			for shift := uint(0); ; shift += 7 {
				if shift >= 64 {
					return 0, ErrIntOverflowGenerated
				}
				if iNdEx >= l {
					return 0, io.ErrUnexpectedEOF
				}
				iNdEx++
				if dAtA[iNdEx-1] < 0x80 {
					break
				}
			}
		case 1:
			iNdEx += 8
		case 2:
			var length int
			for shift := uint(0); ; shift += 7 {
				if shift >= 64 {
					return 0, ErrIntOverflowGenerated
				}
				if iNdEx >= l {
					return 0, io.ErrUnexpectedEOF
				}
				b := dAtA[iNdEx]
				iNdEx++
				length |= (int(b) & 0x7F) << shift
				if b < 0x80 {
					break
				}
			}
			if length < 0 {
				return 0, ErrInvalidLengthGenerated
			}
			iNdEx += length
		case 3:
			depth++
		case 4:
			if depth == 0 {
				return 0, ErrUnexpectedEndOfGroupGenerated
			}
			depth--
		case 5:
			iNdEx += 4
		default:
			return 0, fmt.Errorf("proto: illegal wireType %d", wireType)
		}
		if iNdEx < 0 {
			return 0, ErrInvalidLengthGenerated
		}
		if depth == 0 {
			return iNdEx, nil
		}
	}
	return 0, io.ErrUnexpectedEOF
}

var (
	ErrInvalidLengthGenerated        = fmt.Errorf("proto: negative length found during unmarshaling")
	ErrIntOverflowGenerated          = fmt.Errorf("proto: integer overflow")
	ErrUnexpectedEndOfGroupGenerated = fmt.Errorf("proto: unexpected end of group")
)
`
