package plugin

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/descriptorpb"
)

// This file writes what go-to-protobuf's --drop-gogo-go=false keeps of
// protoc-gen-gogo's output: the reference variables, each message's
// registration methods, the init functions and the gzipped descriptor.
// The generated code imports github.com/gogo/protobuf; this binary does
// not.

// emitGogoHead writes everything gogo puts before the serialization code.
func (g *fileGen) emitGogoHead() error {
	g.emitGogoPreamble()
	for i, m := range g.messages {
		g.emitGogoMessage(m, i)
	}
	g.emitGogoInit()
	return g.emitDescriptor()
}

// emitGogoPreamble writes the declarations gogo puts after the imports.
func (g *fileGen) emitGogoPreamble() {
	g.p("// Reference imports to suppress errors if they are not otherwise used.")
	g.p("var _ = proto.Marshal\nvar _ = fmt.Errorf\nvar _ = math.Inf\n")
	g.p("// This is a compile-time assertion to ensure that this generated file")
	g.p("// is compatible with the proto package it is being compiled against.")
	g.p("// A compilation error at this line likely means your copy of the")
	g.p("// proto package needs to be updated.")
	g.p("const _ = proto.GoGoProtoPackageIsVersion3 // please upgrade the proto package\n")
}

// emitGogoMessage writes the methods gogo gives message number i beside
// its (dropped) type declaration.
func (g *fileGen) emitGogoMessage(m *message, i int) {
	n, v := m.name, "xxx_messageInfo_"+m.name
	g.p("func (m *%s) Reset() { *m = %s{} }", n, n)
	g.p("func (*%s) ProtoMessage() {}", n)
	g.p("func (*%s) Descriptor() ([]byte, []int) {\nreturn %s, []int{%d}\n}", n, g.descriptorVar(), i)
	g.p("func (m *%s) XXX_Unmarshal(b []byte) error {\nreturn m.Unmarshal(b)\n}", n)
	g.p("func (m *%s) XXX_Marshal(b []byte, deterministic bool) ([]byte, error) {", n)
	g.p("b = b[:cap(b)]\nn, err := m.MarshalToSizedBuffer(b)\nif err != nil {\nreturn nil, err\n}\nreturn b[:n], nil\n}")
	g.p("func (m *%s) XXX_Merge(src proto.Message) {\n%s.Merge(m, src)\n}", n, v)
	g.p("func (m *%s) XXX_Size() int {\nreturn m.Size()\n}", n)
	g.p("func (m *%s) XXX_DiscardUnknown() {\n%s.DiscardUnknown(m)\n}\n", n, v)
	g.p("var %s proto.InternalMessageInfo\n", v)
}

// emitGogoInit registers every message, then each message's map types in
// the order of their entry names, and the file's descriptor.
func (g *fileGen) emitGogoInit() {
	g.p("func init() {")
	for i, m := range g.messages {
		full := g.file.Messages[i].Desc.FullName()
		g.p("proto.RegisterType((*%s)(nil), %q)", m.name, full)
		var maps []*field
		for _, f := range m.fields {
			if f.isMap() {
				maps = append(maps, f)
			}
		}
		sort.SliceStable(maps, func(a, b int) bool { return maps[a].entry < maps[b].entry })
		for _, f := range maps {
			g.p("proto.RegisterMapType((%s)(nil), %q)", f.mapType, f.entry)
		}
	}
	g.p("}\n")
	g.p("func init() { proto.RegisterFile(%q, %s) }", g.file.Desc.Path(), g.descriptorVar())
}

// descriptorVar is the name gogo gives the file's gzipped descriptor.
func (g *fileGen) descriptorVar() string {
	h := sha256.Sum256([]byte(g.file.Desc.Path()))
	return "fileDescriptor_" + hex.EncodeToString(h[:8])
}

// emitDescriptor writes the file's descriptor without source info,
// encoded as gogo encodes it and gzipped.
func (g *fileGen) emitDescriptor() error {
	data, err := gogoDescriptorBytes(g.file.Proto)
	if err != nil {
		return fmt.Errorf("%s: encoding the file descriptor: %w", g.file.Desc.Path(), err)
	}
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	gz := buf.Bytes()
	g.p("var %s = []byte{", g.descriptorVar())
	g.p("// %d bytes of a gzipped FileDescriptorProto", len(gz))
	for len(gz) > 0 {
		n := min(16, len(gz))
		var line bytes.Buffer
		for _, c := range gz[:n] {
			fmt.Fprintf(&line, "0x%02x, ", c)
		}
		g.p("%s", line.Bytes())
		gz = gz[n:]
	}
	g.p("}\n")
	return nil
}

// gogoDescriptorBytes encodes fd without its source info the way
// protoc-gen-gogo does: gogo's marshaler writes an options message's
// extensions (the gogoproto options, unknown fields here) before its
// fields, so every options message is re-encoded in that order.
func gogoDescriptorBytes(fd *descriptorpb.FileDescriptorProto) ([]byte, error) {
	c := proto.Clone(fd).(*descriptorpb.FileDescriptorProto)
	c.SourceCodeInfo = nil
	var err error
	visitOptions(c.ProtoReflect(), func(opts protoreflect.Message) {
		if err == nil {
			err = extensionsFirst(opts)
		}
	})
	if err != nil {
		return nil, err
	}
	return proto.Marshal(c)
}

// visitOptions calls fn on every options message below m.
func visitOptions(m protoreflect.Message, fn func(protoreflect.Message)) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Kind() != protoreflect.MessageKind {
			return true
		}
		if fd.IsList() {
			for i := 0; i < v.List().Len(); i++ {
				visitOptions(v.List().Get(i).Message(), fn)
			}
			return true
		}
		if strings.HasSuffix(string(fd.Message().Name()), "Options") {
			fn(v.Message())
			return true
		}
		visitOptions(v.Message(), fn)
		return true
	})
}

// extensionsFirst re-encodes an options message as its unknown fields
// (sorted by number, as gogo sorts extensions) followed by its fields.
func extensionsFirst(opts protoreflect.Message) error {
	raw := opts.GetUnknown()
	if len(raw) == 0 {
		return nil
	}
	type ext struct {
		num  protowire.Number
		data []byte
	}
	var exts []ext
	for len(raw) > 0 {
		num, typ, n := protowire.ConsumeTag(raw)
		if n < 0 {
			return protowire.ParseError(n)
		}
		m := protowire.ConsumeFieldValue(num, typ, raw[n:])
		if m < 0 {
			return protowire.ParseError(m)
		}
		exts = append(exts, ext{num, raw[:n+m]})
		raw = raw[n+m:]
	}
	sort.SliceStable(exts, func(i, j int) bool { return exts[i].num < exts[j].num })
	opts.SetUnknown(nil)
	known, err := proto.Marshal(opts.Interface())
	if err != nil {
		return err
	}
	var out []byte
	for _, e := range exts {
		out = append(out, e.data...)
	}
	var set []protoreflect.FieldDescriptor
	opts.Range(func(fd protoreflect.FieldDescriptor, _ protoreflect.Value) bool {
		set = append(set, fd)
		return true
	})
	for _, fd := range set {
		opts.Clear(fd)
	}
	opts.SetUnknown(append(out, known...))
	return nil
}
