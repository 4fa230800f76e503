package plugin

import (
	"fmt"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Field option numbers of github.com/gogo/protobuf/gogoproto/gogo.proto that
// Kubernetes' generated.proto files carry. The plugin reads them from the
// unknown fields of FieldOptions, so gogo's Go packages are never linked.
const (
	optNullable   = 65001
	optEmbed      = 65002
	optCustomType = 65003
	optCustomName = 65004
	optCastType   = 65007
	optCastKey    = 65008
	optCastValue  = 65009
)

// gogoOptions holds the gogo field options this plugin understands.
type gogoOptions struct {
	nullable   bool // true unless (gogoproto.nullable) = false
	customName string
	castType   string
	castKey    string
	castValue  string
	customType string
	embed      bool
}

// readGogoOptions decodes the gogo extensions of one field's options.
func readGogoOptions(opts proto.Message) (gogoOptions, error) {
	o := gogoOptions{nullable: true}
	return o, eachUnknown(opts, o.set)
}

// eachUnknown calls fn for every unknown field of an options message,
// where protoc leaves the extensions this binary does not link.
func eachUnknown(opts proto.Message, fn func(protowire.Number, protowire.Type, []byte)) error {
	if opts == nil {
		return nil
	}
	raw := opts.ProtoReflect().GetUnknown()
	for len(raw) > 0 {
		num, typ, n := protowire.ConsumeTag(raw)
		if n < 0 {
			return protowire.ParseError(n)
		}
		raw = raw[n:]
		m := protowire.ConsumeFieldValue(num, typ, raw)
		if m < 0 {
			return protowire.ParseError(m)
		}
		fn(num, typ, raw[:m])
		raw = raw[m:]
	}
	return nil
}

// Message option numbers: which methods gogo writes for a message.
const (
	optMarshaler   = 64017
	optUnmarshaler = 64018
	optSizer       = 64020
	optStringer    = 67008
)

// methodSet says which methods gogo writes for one message.
type methodSet struct {
	marshal, unmarshal, size, stringer bool
}

// messageMethods reads a message's options: Kubernetes' generated.proto
// turns every method on for the file (marshaler_all, ...), and a message
// may turn one off (+protobuf.options.marshal=false, ...).
func messageMethods(opts proto.Message) (methodSet, error) {
	ms := methodSet{marshal: true, unmarshal: true, size: true, stringer: true}
	err := eachUnknown(opts, func(num protowire.Number, typ protowire.Type, val []byte) {
		if typ != protowire.VarintType {
			return
		}
		v, _ := protowire.ConsumeVarint(val)
		switch num {
		case optMarshaler:
			ms.marshal = v != 0
		case optUnmarshaler:
			ms.unmarshal = v != 0
		case optSizer:
			ms.size = v != 0
		case optStringer:
			ms.stringer = v != 0
		}
	})
	return ms, err
}

// set records one decoded option.
func (o *gogoOptions) set(num protowire.Number, typ protowire.Type, val []byte) {
	str := func() string {
		if typ != protowire.BytesType {
			return ""
		}
		s, _ := protowire.ConsumeBytes(val)
		return string(s)
	}
	flag := func() bool {
		if typ != protowire.VarintType {
			return false
		}
		v, _ := protowire.ConsumeVarint(val)
		return v != 0
	}
	switch num {
	case optNullable:
		o.nullable = flag()
	case optEmbed:
		o.embed = flag()
	case optCustomName:
		o.customName = str()
	case optCastType:
		o.castType = str()
	case optCastKey:
		o.castKey = str()
	case optCastValue:
		o.castValue = str()
	case optCustomType:
		o.customType = str()
	}
}

// File option numbers go-to-protobuf sets in every generated.proto.
const (
	optGoprotoStringerAll = 63003
	optStringerAll        = 63008
	optMarshalerAll       = 63017
	optUnmarshalerAll     = 63018
	optSizerAll           = 63020
)

// requiredFileOptions are the file options the generated code assumes,
// with the value go-to-protobuf gives them.
var requiredFileOptions = []struct {
	num  protowire.Number
	name string
	want bool
}{
	{optMarshalerAll, "marshaler_all", true},
	{optUnmarshalerAll, "unmarshaler_all", true},
	{optSizerAll, "sizer_all", true},
	{optStringerAll, "stringer_all", true},
	{optGoprotoStringerAll, "goproto_stringer_all", false},
}

// checkFileOptions refuses a file whose gogoproto file options are not
// the ones go-to-protobuf writes: gogo would emit other code for it.
func checkFileOptions(fd protoreflect.FileDescriptor) error {
	set := map[protowire.Number]bool{}
	err := eachUnknown(fd.Options(), func(num protowire.Number, typ protowire.Type, val []byte) {
		if typ == protowire.VarintType {
			v, _ := protowire.ConsumeVarint(val)
			set[num] = v != 0
		}
	})
	if err != nil {
		return fmt.Errorf("%s: reading gogo file options: %w", fd.Path(), err)
	}
	for _, o := range requiredFileOptions {
		if v, ok := set[o.num]; !ok || v != o.want {
			return fmt.Errorf("%s: option (gogoproto.%s) = %t is missing; gengokit's protoc plugin writes the code for the file options go-to-protobuf sets in generated.proto", fd.Path(), o.name, o.want)
		}
	}
	return nil
}
