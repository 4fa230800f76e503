// Package plugin is gengokit's protoc plugin for go-to-protobuf: from a
// generated.proto carrying Kubernetes' gogoproto options it writes the
// generated.pb.go that Kubernetes' pipeline ends with (protoc-gen-gogo,
// the rewrite that drops gogo's runtime, goimports, gofmt -s): Reset,
// Marshal, MarshalTo, MarshalToSizedBuffer, Size, String and Unmarshal for
// every message, and the varint helpers. It is built on
// google.golang.org/protobuf/compiler/protogen; gogo's Go packages are not
// linked: the gogoproto options are read as raw extension fields.
//
// The output is what go-to-protobuf's default --drop-gogo-go=true leaves
// (no descriptor, no gogo imports), or with the plugin parameter
// keep_gogo what --drop-gogo-go=false leaves: gogo's registration, the
// gzipped descriptor and imports of github.com/gogo/protobuf, which the
// user's module then needs (this binary still does not link it).
// Input files must carry the file options go-to-protobuf writes
// (marshaler_all, unmarshaler_all, sizer_all, stringer_all and
// goproto_stringer_all = false); messages may turn methods off, and types
// whose comment has +protobuf.nullable=true get go-to-protobuf's rewrite.
//
// go-to-protobuf runs protoc with --plugin=protoc-gen-<name>=<its own
// executable> and tells the child process, through its environment, to
// call Run on its standard input and output.
package plugin

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"path"
	"strings"

	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/pluginpb"
)

// Options configures the plugin.
type Options struct {
	// Header is written before the generated code (the boilerplate, and a
	// build constraint when go-to-protobuf's --conditional is set).
	Header []byte
	// KeepGogo writes the code go-to-protobuf leaves with
	// --drop-gogo-go=false: gogo's runtime kept (registration, the
	// gzipped descriptor, github.com/gogo/protobuf imports).
	KeepGogo bool
}

// Run reads a CodeGeneratorRequest from in, generates a generated.pb.go
// for every file protoc asks for, and writes the CodeGeneratorResponse to
// out. A generation error is reported in the response, as protoc expects;
// the returned error is about reading or writing only.
func Run(in io.Reader, out io.Writer, opts Options) error {
	data, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("reading the protoc request: %w", err)
	}
	req := &pluginpb.CodeGeneratorRequest{}
	if err := proto.Unmarshal(data, req); err != nil {
		return fmt.Errorf("decoding the protoc request: %w", err)
	}
	resp := Generate(req, opts)
	data, err = proto.Marshal(resp)
	if err != nil {
		return fmt.Errorf("encoding the protoc response: %w", err)
	}
	if _, err := out.Write(data); err != nil {
		return fmt.Errorf("writing the protoc response: %w", err)
	}
	return nil
}

// KeepGogoParam is the plugin parameter (--<name>_out=keep_gogo:DIR) that
// sets Options.KeepGogo.
const KeepGogoParam = "keep_gogo"

// Generate answers one protoc request.
func Generate(req *pluginpb.CodeGeneratorRequest, opts Options) *pluginpb.CodeGeneratorResponse {
	req, placeholders := withPlaceholders(req)
	popts := protogen.Options{ParamFunc: func(name, value string) error {
		if name != KeepGogoParam {
			return fmt.Errorf("unknown parameter %q (gengokit's protoc plugin knows %s)", name, KeepGogoParam)
		}
		opts.KeepGogo = true
		return nil
	}}
	gen, err := popts.New(req)
	if err != nil {
		return &pluginpb.CodeGeneratorResponse{Error: proto.String(err.Error())}
	}
	for _, f := range gen.Files {
		if !f.Generate {
			continue
		}
		src, err := generateFile(gen, f, opts)
		if err == nil {
			err = placeholderUse(f.Desc.Path(), src, placeholders)
		}
		if err != nil {
			gen.Error(err)
			break
		}
		gen.NewGeneratedFile(outputName(f), f.GoImportPath).Write(src)
	}
	return gen.Response()
}

// fileGen holds the state of one file's generation.
type fileGen struct {
	gen      *protogen.Plugin
	file     *protogen.File
	imports  *importSet
	messages []*message
	opts     Options
	buf      bytes.Buffer
}

// generateFile returns the generated.pb.go for one proto file.
func generateFile(gen *protogen.Plugin, f *protogen.File, opts Options) ([]byte, error) {
	g := &fileGen{gen: gen, file: f, imports: newImportSet(), opts: opts}
	if err := checkFileOptions(f.Desc); err != nil {
		return nil, err
	}
	if len(f.Enums) > 0 {
		return nil, fmt.Errorf("%s: enum %s is not supported by gengokit's protoc plugin", position(f.Enums[0].Desc), f.Enums[0].Desc.FullName())
	}
	for _, m := range f.Messages {
		msg, err := g.buildMessage(m)
		if err != nil {
			return nil, err
		}
		g.messages = append(g.messages, msg)
	}
	if err := g.emitBody(); err != nil {
		return nil, err
	}
	body := g.buf.Bytes()
	used, err := usedPackages(body)
	if err != nil {
		return nil, fmt.Errorf("%s: generated code does not parse: %w", f.Desc.Path(), err)
	}
	var out bytes.Buffer
	out.Write(opts.Header)
	fmt.Fprintf(&out, "// Code generated by protoc-gen-gogo. DO NOT EDIT.\n// source: %s\n\npackage %s\n\n", f.Desc.Path(), f.GoPackageName)
	out.WriteString(importBlock(g.imports.rawList(g.depPaths(), string(f.GoImportPath), g.hasMaps()), used, opts.KeepGogo))
	out.WriteString("\n")
	out.Write(body)
	src, err := format.Source(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%s: formatting generated code: %w", f.Desc.Path(), err)
	}
	return src, nil
}

// depPaths lists the Go import paths of the file's proto dependencies.
func (g *fileGen) depPaths() []string {
	var deps []string
	imps := g.file.Desc.Imports()
	for i := 0; i < imps.Len(); i++ {
		if dep, ok := g.gen.FilesByPath[imps.Get(i).Path()]; ok {
			deps = append(deps, string(dep.GoImportPath))
		}
	}
	return deps
}

func (g *fileGen) hasMaps() bool {
	for _, m := range g.messages {
		for _, f := range m.fields {
			if f.isMap() {
				return true
			}
		}
	}
	return false
}

// p writes one line of generated code.
func (g *fileGen) p(format string, args ...any) {
	fmt.Fprintf(&g.buf, format, args...)
	g.buf.WriteByte('\n')
}

// outputName is where protoc-gen-gogo writes a file's code: the base name
// of the .proto file with .pb.go, in the directory of its go_package.
func outputName(f *protogen.File) string {
	base := path.Base(strings.TrimSuffix(f.Desc.Path(), ".proto")) + ".pb.go"
	return path.Join(string(f.GoImportPath), base)
}
