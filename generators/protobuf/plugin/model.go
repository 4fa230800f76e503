package plugin

import (
	"fmt"
	"strings"

	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// message is one generated message: its Go name and its fields in
// declaration order.
type message struct {
	name    string
	fields  []*field
	methods methodSet
	// optional marks a type tagged +protobuf.nullable=true: go-to-protobuf
	// rewrites its single field Items to the value itself.
	optional bool
}

// field is one message field as gogo sees it with Kubernetes' options.
type field struct {
	name     string // Go field name (customname)
	num      int32
	kind     protoreflect.Kind
	repeated bool
	nullable bool   // pointer (scalars, messages); nil check (bytes)
	goType   string // Go type of a scalar or its casttype, or the message type
	msgName  string // message type's bare name (messages)
	msgQual  string // message type as gogo names it, "v1.ObjectMeta" (messages)
	local    bool   // message declared in the generated file
	stringer bool   // local message that has a generated String method
	key, val *field // map entry key and value
	mapType  string // Go type of a map field (its casttype or map[K]V)
	castKey  bool
	// castValue is the Go type a map's message values are converted to.
	castValue string
	entry     string // full name of a map field's entry message
}

func (f *field) isMap() bool { return f.key != nil }

func (f *field) isMessage() bool { return f.kind == protoreflect.MessageKind }

// gogoRenamed are the Go field names protoc-gen-gogo appends an
// underscore to, because its generated code declares methods of that name.
var gogoRenamed = map[string]bool{
	"Reset": true, "String": true, "ProtoMessage": true, "Marshal": true, "Unmarshal": true,
	"ExtensionRangeArray": true, "ExtensionMap": true, "Descriptor": true, "MarshalTo": true,
	"Equal": true, "VerboseEqual": true, "GoString": true, "ProtoSize": true, "Size": true,
}

// scalarGoTypes is the Go type gogo gives each scalar kind.
var scalarGoTypes = map[protoreflect.Kind]string{
	protoreflect.StringKind: "string", protoreflect.BytesKind: "[]byte",
	protoreflect.BoolKind: "bool", protoreflect.Int32Kind: "int32",
	protoreflect.Int64Kind: "int64", protoreflect.Uint32Kind: "uint32",
	protoreflect.Uint64Kind: "uint64", protoreflect.DoubleKind: "float64",
	protoreflect.FloatKind: "float32",
}

// buildMessage turns a protogen message into the model, naming the imports
// it refers to on the way.
func (g *fileGen) buildMessage(m *protogen.Message) (*message, error) {
	if err := checkMessageShape(m); err != nil {
		return nil, err
	}
	methods, err := messageMethods(m.Desc.Options())
	if err != nil {
		return nil, fmt.Errorf("%s: %s: reading gogo options: %w", position(m.Desc), m.Desc.FullName(), err)
	}
	msg := &message{name: m.GoIdent.GoName, methods: methods, optional: hasTag(m.Comments.Leading, "+protobuf.nullable=true")}
	if msg.optional && methods.stringer {
		return nil, fmt.Errorf("%s: %s is tagged +protobuf.nullable=true and gets a generated String method, which go-to-protobuf's rewrite leaves reading this.Items (upstream's pipeline writes code that does not compile); add +protobuf.options.(gogoproto.goproto_stringer)=false to the Go type and write its String method, as k8s.io/api's ExtraValue does", position(m.Desc), m.Desc.FullName())
	}
	for _, pf := range m.Fields {
		f, err := g.buildField(pf)
		if err != nil {
			return nil, err
		}
		msg.fields = append(msg.fields, f)
	}
	return msg, nil
}

func (g *fileGen) buildField(pf *protogen.Field) (*field, error) {
	opts, err := readGogoOptions(pf.Desc.Options())
	if err != nil {
		return nil, fmt.Errorf("%s: %s: reading gogo options: %w", position(pf.Desc), pf.Desc.FullName(), err)
	}
	if opts.customType != "" || opts.embed {
		return nil, fmt.Errorf("%s: field %s: gogoproto.customtype and gogoproto.embed are not supported yet by gengokit's protoc plugin; remove the option (go-to-protobuf does not write it for Kubernetes types)", position(pf.Desc), pf.Desc.FullName())
	}
	f := &field{
		name:     pf.GoName,
		num:      int32(pf.Desc.Number()),
		kind:     pf.Desc.Kind(),
		repeated: pf.Desc.Cardinality() == protoreflect.Repeated,
		nullable: opts.nullable,
	}
	if opts.customName != "" {
		f.name = opts.customName
	}
	if gogoRenamed[f.name] {
		return nil, fmt.Errorf("%s: field %s: its Go name %s is a method of the generated code, so protoc-gen-gogo calls the field %s_, which the Go type does not have (upstream's pipeline writes code that does not compile); rename the Go field", position(pf.Desc), pf.Desc.FullName(), f.name, f.name)
	}
	if pf.Desc.IsMap() {
		return g.buildMap(f, pf, opts)
	}
	return f, g.typeField(f, pf, opts.castType)
}

// typeField fills the Go type of a scalar or message field.
func (g *fileGen) typeField(f *field, pf *protogen.Field, castType string) error {
	if f.kind == protoreflect.MessageKind {
		g.setMessageType(f, pf.Message)
		if castType != "" {
			f.goType = g.castIdent(castType)
		}
		return nil
	}
	t, ok := scalarGoTypes[f.kind]
	if !ok {
		return fmt.Errorf("%s: field %s: proto type %s is not supported yet by gengokit's protoc plugin (Kubernetes types use string, bytes, bool, int32, int64, uint32, uint64, double, float and messages)", position(pf.Desc), pf.Desc.FullName(), f.kind)
	}
	if (f.kind == protoreflect.DoubleKind || f.kind == protoreflect.FloatKind) && f.repeated {
		return fmt.Errorf("%s: field %s: repeated double and float fields are not supported yet by gengokit's protoc plugin", position(pf.Desc), pf.Desc.FullName())
	}
	f.goType = t
	if castType != "" {
		f.goType = g.castIdent(castType)
	}
	return nil
}

func (g *fileGen) setMessageType(f *field, m *protogen.Message) {
	f.msgName = m.GoIdent.GoName
	if m.GoIdent.GoImportPath == g.file.GoImportPath {
		f.local = true
		methods, _ := messageMethods(m.Desc.Options())
		f.stringer = methods.stringer
		f.msgQual = f.msgName
		f.goType = f.msgName
		return
	}
	alias := g.imports.depName(string(m.GoIdent.GoImportPath))
	f.msgQual = alias + "." + f.msgName
	f.goType = f.msgQual
}

// mapKeySorts names, for each key kind gogo sorts map keys of, the
// function of gogo's sortkeys package (or of package sort, for strings)
// that sorts a slice of them.
var mapKeySorts = map[protoreflect.Kind]string{
	protoreflect.StringKind: "Strings", protoreflect.BoolKind: "Bools",
	protoreflect.Int32Kind: "Int32s", protoreflect.Int64Kind: "Int64s",
	protoreflect.Uint32Kind: "Uint32s", protoreflect.Uint64Kind: "Uint64s",
}

// buildMap fills the key and value of a map field.
func (g *fileGen) buildMap(f *field, pf *protogen.Field, opts gogoOptions) (*field, error) {
	kf, vf := pf.Message.Fields[0], pf.Message.Fields[1]
	if err := g.checkMapKey(pf, kf.Desc.Kind()); err != nil {
		return nil, err
	}
	f.entry = string(pf.Message.Desc.FullName())
	f.key = &field{name: "k", num: 1, kind: kf.Desc.Kind()}
	f.val = &field{name: "v", num: 2, kind: vf.Desc.Kind(), nullable: opts.nullable}
	if err := g.typeField(f.key, kf, opts.castKey); err != nil {
		return nil, err
	}
	valueCast := opts.castValue
	if f.val.kind == protoreflect.MessageKind {
		valueCast = ""
	}
	if err := g.typeField(f.val, vf, valueCast); err != nil {
		return nil, err
	}
	if opts.castValue != "" {
		f.val.castValue = g.castIdent(opts.castValue)
	}
	f.castKey = opts.castKey != ""
	valType := f.val.goType
	if f.val.castValue != "" {
		valType = f.val.castValue
	}
	f.mapType = "map[" + f.key.goType + "]" + valType
	if opts.castType != "" {
		f.mapType = g.castIdent(opts.castType)
	}
	return f, nil
}

// checkMapKey refuses a map key kind gogo does not sort, and a key other
// than a string without gogo's sortkeys package: Kubernetes' rewrite
// turns sortkeys.Int32s and its kin into sort.Int32s, which does not
// exist, so that code would not compile.
func (g *fileGen) checkMapKey(pf *protogen.Field, k protoreflect.Kind) error {
	if _, ok := mapKeySorts[k]; !ok {
		return fmt.Errorf("%s: field %s: map keys of type %s are not supported by gengokit's protoc plugin (use string, bool or an integer type)", position(pf.Desc), pf.Desc.FullName(), k)
	}
	if k != protoreflect.StringKind && !g.opts.KeepGogo {
		return fmt.Errorf("%s: field %s: map keys of type %s: Kubernetes' pipeline with --drop-gogo-go (the default) writes sort.%s, which does not exist, so the code would not compile; use string keys, or run with --drop-gogo-go=false (the generated code then imports github.com/gogo/protobuf)", position(pf.Desc), pf.Desc.FullName(), k, mapKeySorts[k])
	}
	return nil
}

// baseType is the Go type gogo declares a map entry's key or value with
// while decoding it: the cast type for strings, the scalar's own type for
// the other kinds.
func (f *field) baseType() string {
	if f.kind == protoreflect.StringKind || f.kind == protoreflect.MessageKind {
		return f.goType
	}
	return scalarGoTypes[f.kind]
}

// castIdent resolves a gogo cast type ("k8s.io/api/core/v1.Protocol" or a
// bare "Protocol") to the Go expression gogo writes for it.
func (g *fileGen) castIdent(cast string) string {
	i := strings.LastIndex(cast, ".")
	if i < 0 {
		return cast
	}
	path, name := cast[:i], cast[i+1:]
	if path == string(g.file.GoImportPath) {
		return name
	}
	return g.imports.castName(path) + "." + name
}

// hasTag reports whether a comment has the line tag.
func hasTag(c protogen.Comments, tag string) bool {
	for _, line := range strings.Split(string(c), "\n") {
		if strings.TrimSpace(line) == tag {
			return true
		}
	}
	return false
}

// position is file:line:col of a declaration in its .proto file, or the
// file alone when protoc sent no source positions.
func position(d protoreflect.Descriptor) string {
	file := d.ParentFile()
	loc := file.SourceLocations().ByDescriptor(d)
	if loc.Path == nil {
		return file.Path()
	}
	return fmt.Sprintf("%s:%d:%d", file.Path(), loc.StartLine+1, loc.StartColumn+1)
}

// checkMessageShape refuses what gogo would write differently from the
// flat messages go-to-protobuf produces: nested messages, enums, oneofs.
func checkMessageShape(m *protogen.Message) error {
	for _, nested := range m.Messages {
		if !nested.Desc.IsMapEntry() {
			return fmt.Errorf("%s: nested message %s is not supported by gengokit's protoc plugin; declare it at the top level", position(nested.Desc), nested.Desc.FullName())
		}
	}
	if len(m.Enums) > 0 {
		return fmt.Errorf("%s: enum %s is not supported by gengokit's protoc plugin", position(m.Enums[0].Desc), m.Enums[0].Desc.FullName())
	}
	if len(m.Oneofs) > 0 {
		return fmt.Errorf("%s: oneof %s is not supported by gengokit's protoc plugin", position(m.Oneofs[0].Desc), m.Oneofs[0].Desc.FullName())
	}
	return nil
}
