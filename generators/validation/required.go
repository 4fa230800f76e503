package validation

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// requiredness is the handler of +k8s:required, +k8s:optional or
// +k8s:forbidden (mode, the part after "k8s:").
func (p *plan) requiredness(mode string) tagHandler {
	return func(ctx tagContext, _ codetags.Tag) (validations, error) {
		switch mode {
		case "required":
			return required(ctx.t)
		case "optional":
			return p.optional(ctx)
		}
		return forbidden(ctx.t)
	}
}

// kindSuffix names the variant of the requiredness functions for values
// of t: Slice, Map, Pointer or Value; a struct value cannot be absent.
func kindSuffix(t *types.Type, tag string) (string, error) {
	switch nativeType(t).Kind {
	case types.Slice:
		return "Slice", nil
	case types.Map:
		return "Map", nil
	case types.Pointer:
		return "Pointer", nil
	case types.Struct:
		return "", fmt.Errorf("a struct field that is not a pointer is never absent, so +%s cannot apply: make the field a pointer, or drop the tag", tag)
	}
	return "Value", nil
}

func required(t *types.Type) (validations, error) {
	k, err := kindSuffix(t, "k8s:required")
	if err != nil {
		return validations{}, err
	}
	c := call{fn: validateFn("Required" + k), shortCircuit: true}
	return validations{calls: []call{c.emitting("FieldValueRequired", "", "")}}, nil
}

func (p *plan) optional(ctx tagContext) (validations, error) {
	hasDefault, zero, err := p.zeroDefault(ctx)
	if err != nil {
		return validations{}, err
	}
	if hasDefault {
		if !nilable(ctx.t) && zero {
			return validations{comments: []string{"optional value-type fields with zero-value defaults are purely documentation"}}, nil
		}
		v, err := required(ctx.t)
		for i := range v.calls {
			v.calls[i] = v.calls[i].withComment("optional fields with default values are effectively required")
		}
		return v, err
	}
	k, err := kindSuffix(ctx.t, "k8s:optional")
	if err != nil {
		return validations{}, err
	}
	return validations{calls: []call{{fn: validateFn("Optional" + k), shortCircuit: true, nonError: true}}}, nil
}

func forbidden(t *types.Type) (validations, error) {
	k, err := kindSuffix(t, "k8s:forbidden")
	if err != nil {
		return validations{}, err
	}
	return validations{calls: []call{
		call{fn: validateFn("Forbidden" + k), shortCircuit: true}.emitting("FieldValueForbidden", "", ""),
		{fn: validateFn("Optional" + k), shortCircuit: true, nonError: true},
	}}, nil
}

// zeroDefault reports whether the field has a +default, and whether that
// default is its type's zero value.
func (p *plan) zeroDefault(ctx tagContext) (has, zero bool, err error) {
	if ctx.member == nil {
		return false, false, nil
	}
	var values []string
	for _, l := range ctx.member.CommentLines {
		l = strings.TrimSpace(l)
		if v, ok := strings.CutPrefix(l, "+default="); ok {
			values = append(values, v)
		} else if l == "+default" {
			values = append(values, "")
		}
	}
	switch {
	case len(values) == 0:
		return false, false, nil
	case len(values) > 1:
		return false, false, fmt.Errorf("the field has %d +default tags; keep one", len(values))
	}
	v, err := p.defaultValue(ctx, values[0])
	if err != nil {
		return false, false, err
	}
	if nilable(ctx.t) {
		return true, false, nil
	}
	t := nonPointer(nativeType(ctx.t))
	z, ok := zeroValues()[t.String()]
	if !ok {
		return false, false, fmt.Errorf("validation-gen does not know the zero value of %s, to compare the +default with", t)
	}
	return true, reflect.DeepEqual(v, z), nil
}

// zeroValues are the zero values of the types a +default may be
// compared with, as JSON decodes them.
func zeroValues() map[string]any {
	zeros := map[string]any{"bool": false, "string": "", "time.Time": "", "[]byte": "", "interface{}": nil, "any": nil,
		"boolean": false}
	for _, n := range []string{"uint", "uint8", "uint16", "uint32", "uint64", "int", "int8", "int16", "int32", "int64",
		"byte", "float64", "float32", "integer", "number"} {
		zeros[n] = 0.
	}
	return zeros
}

// defaultValue returns a +default value as JSON decodes it; a
// ref(<[import/path.]Name>), which defaulter-gen reads, is the named
// constant's value (upstream's validation-gen stops at it).
func (p *plan) defaultValue(ctx tagContext, literal string) (any, error) {
	if name, ok := strings.CutPrefix(literal, "ref("); ok && strings.HasSuffix(name, ")") {
		name = strings.TrimSuffix(name, ")")
		pkg := ctx.parent.Name.Package
		if i := strings.LastIndexByte(name, '.'); i > 0 {
			pkg, name = name[:i], name[i+1:]
		}
		c := p.Context.Universe.Package(pkg).Constants[name]
		if c == nil || c.ConstValue == nil {
			return nil, fmt.Errorf("+default=%s names no constant of %s that validation-gen can read, to tell whether the default is the zero value", literal, pkg)
		}
		if nonPointer(nativeType(ctx.t)) == types.String {
			return *c.ConstValue, nil
		}
		literal = *c.ConstValue
	}
	var v any
	if err := json.Unmarshal([]byte(literal), &v); err != nil || v == nil {
		return nil, fmt.Errorf("+default=%s is no JSON value", literal)
	}
	return v, nil
}
