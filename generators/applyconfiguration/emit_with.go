package applyconfiguration

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// field is one field of an apply configuration as its With function and
// getter see it.
type field struct {
	types.Member
	tag   jsonTag
	typ   *types.Type // what the With function takes: the apply configuration (a pointer) or the type
	embed *field      // the embedded field this one is promoted from, or nil
}

// path is how the receiver reaches the field, e.g.
// "b.ObjectMetaApplyConfiguration.Name".
func (f *field) path() string {
	p := "b"
	if f.embed != nil {
		if name := f.embed.goName(); name != "" {
			p += "." + name
		}
	}
	return p + "." + f.Name
}

// goName is the name of an embedded field: its type's name.
func (f *field) goName() string {
	switch {
	case f.typ.Name.Name != "":
		return f.typ.Name.Name
	case f.typ.Elem != nil:
		return f.typ.Elem.Name.Name
	}
	return ""
}

// ensure is the call that allocates the embedded field this one is
// promoted from, when that field is a pointer (not inlined); "" otherwise.
func (f *field) ensure() string {
	if f.embed == nil || f.embed.tag.inline || f.embed.typ.Elem == nil {
		return ""
	}
	return "b.ensure" + f.embed.typ.Elem.Name.Name + "Exists()\n"
}

// args are the template arguments of the field's functions.
func (f *field) args(config *types.Type) generator.Args {
	return generator.Args{"config": config, "name": f.Name, "type": f.typ, "path": f.path(), "ensure": f.ensure()}
}

// emitWiths writes a With function for each field of t, and for the
// fields of its embedded structs, once per field name. Fields it cannot
// write one for are added to errs.
func (tf *typeFile) emitWiths(sw *generator.SnippetWriter, t *types.Type, embed *field, done map[string]bool, errs *diag.List) {
	for _, m := range t.Members {
		tag, ok := lookupJSONTag(m)
		if !ok || blocklisted(t, m) || done[m.Name] {
			continue
		}
		done[m.Name] = true
		f := &field{Member: m, tag: tag, typ: tf.refs.memberConfig(m.Type), embed: embed}
		if m.Embedded {
			tf.emitEmbedded(sw, t, f, done, errs)
			continue
		}
		errs.Add(tf.emitWith(sw, t, f))
	}
}

// emitEmbedded writes the With functions of an embedded struct's fields
// and, when it is a pointer, the function that allocates it.
func (tf *typeFile) emitEmbedded(sw *generator.SnippetWriter, t *types.Type, f *field, done map[string]bool, errs *diag.List) {
	tf.emitWiths(sw, f.Type, f, done, errs)
	if f.tag.inline {
		return
	}
	if f.typ.Elem == nil {
		// Upstream writes an ensure function for a pointer it never declares.
		errs.Addf(tf.pos(t, f.Name), "embedded field %s.%s has a json name, but %s has no apply configuration; inline it (json:\",inline\") or make it a named field",
			t.Name.Name, f.Name, f.Type.Name.Name)
		return
	}
	sw.Do(ensureEmbedded, generator.Args{"config": tf.config, "embedded": f.typ.Elem})
}

const ensureEmbedded = `
func (b *$.config|public$) ensure$.embedded|public$Exists() {
	if b.$.embedded|public$ == nil {
		b.$.embedded|public$ = &$.embedded|raw${}
	}
}
`

// emitWith writes the With function of field f of t, which is not
// embedded.
func (tf *typeFile) emitWith(sw *generator.SnippetWriter, t *types.Type, f *field) error {
	args := f.args(tf.config)
	if d := deref(f.Type); d.Kind == types.Slice && tf.refs.isConfig(d.Elem) {
		tf.emitSliceWith(sw, f, args, &types.Type{Kind: types.Pointer, Elem: f.typ.Elem})
		return nil
	}
	switch f.Type.Kind {
	case types.Slice:
		if f.typ.Elem.Kind == types.Pointer {
			// Upstream writes a With function that appends *T to a []*T.
			return diag.Errorf(tf.pos(t, f.Name), "field %s.%s: a slice of pointers to %s has no apply configuration (its With function would not compile); use []%s",
				t.Name.Name, f.Name, f.typ.Elem.Elem.Name.Name, f.typ.Elem.Elem.Name.Name)
		}
		tf.emitSliceWith(sw, f, args, f.typ.Elem)
	case types.Map:
		sw.Do(withMap, args)
	default:
		args["amp"] = "&"
		if tf.refs.isConfig(f.Type) || nillable(f.Type) {
			args["amp"] = ""
		}
		sw.Do(withValue, args)
	}
	return nil
}

const withValue = `
// With$.name$ sets the $.name$ field in the declarative configuration to the given value
// and returns the receiver, so that objects can be built by chaining "With" function invocations.
// If called multiple times, the $.name$ field is set to the value of the last call.
func (b *$.config|public$) With$.name$(value $.type|raw$) *$.config|public$ {
	$.ensure$$.path$ = $.amp$value
	return b
}
`

const withMap = `
// With$.name$ puts the entries into the $.name$ field in the declarative configuration
// and returns the receiver, so that objects can be build by chaining "With" function invocations.
// If called multiple times, the entries provided by each call will be put on the $.name$ field,
// overwriting an existing map entries in $.name$ field with the same key.
func (b *$.config|public$) With$.name$(entries $.type|raw$) *$.config|public$ {
	$.ensure$if $.path$ == nil && len(entries) > 0 {
		$.path$ = make($.type|raw$, len(entries))
	}
	for k, v := range entries {
		$.path$[k] = v
	}
	return b
}
`

// emitSliceWith writes the variadic With function of a slice field,
// which appends its arguments (of type arg); for a pointer to a slice, the
// function that allocates it comes first.
func (tf *typeFile) emitSliceWith(sw *generator.SnippetWriter, f *field, args generator.Args, arg *types.Type) {
	args["arg"], args["deref"], args["allocate"] = arg, "", ""
	if f.Type.Kind == types.Pointer {
		args["elem"] = f.typ.Elem
		sw.Do(ensureSlice, args)
		args["deref"] = "*"
		args["allocate"] = "b.ensure" + f.typ.Elem.Name.Name + "Exists()\n"
	}
	args["pointer"], args["value"] = arg.Kind == types.Pointer, "values[i]"
	if arg.Kind == types.Pointer {
		args["value"] = "*values[i]"
	}
	sw.Do(withSlice, args)
}

const ensureSlice = `
func (b *$.config|public$) ensure$.elem|public$Exists() {
	if b.$.name$ == nil {
		b.$.name$ = &[]$.elem|raw${}
	}
}
`

const withSlice = `
// With$.name$ adds the given value to the $.name$ field in the declarative configuration
// and returns the receiver, so that objects can be build by chaining "With" function invocations.
// If called multiple times, values provided by each call will be appended to the $.name$ field.
func (b *$.config|public$) With$.name$(values ...$.arg|raw$) *$.config|public$ {
	$.ensure$$.allocate$for i := range values {
		$- if .pointer $
		if values[i] == nil {
			panic("nil value passed to With$.name$")
		}
		$- end $
		$.deref$$.path$ = append($.deref$$.path$, $.value$)
	}
	return b
}
`

// emitGetters writes the getters apply needs: Name and Namespace of
// ObjectMeta, Kind and APIVersion of TypeMeta, wherever they are embedded.
func (tf *typeFile) emitGetters(sw *generator.SnippetWriter, t *types.Type, embed *field) {
	for _, m := range t.Members {
		tag, ok := lookupJSONTag(m)
		if !ok || blocklisted(t, m) {
			continue
		}
		f := &field{Member: m, tag: tag, typ: tf.refs.memberConfig(m.Type), embed: embed}
		switch {
		case m.Embedded:
			tf.emitGetters(sw, m.Type, f)
		case needsGetter(t, m):
			args := f.args(tf.config)
			args["star"] = "*"
			if tf.refs.isConfig(m.Type) || nillable(m.Type) {
				args["star"] = ""
			}
			sw.Do(getter, args)
		}
	}
}

const getter = `
// Get$.name$ retrieves the value of the $.name$ field in the declarative configuration.
func (b *$.config|public$) Get$.name$() $.star$$.type|raw$ {
	$.ensure$return $.path$
}
`

func needsGetter(t *types.Type, m types.Member) bool {
	return (t.Name == objectMetaName && (m.Name == "Name" || m.Name == "Namespace")) ||
		(t.Name == typeMetaName && (m.Name == "Kind" || m.Name == "APIVersion"))
}

func deref(t *types.Type) *types.Type {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	return t
}
