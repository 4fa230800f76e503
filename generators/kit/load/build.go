package load

import (
	"fmt"
	"go/constant"
	gotypes "go/types"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"
)

// builder enters go/types objects into a gengo universe the way gengo's
// parser does, so that every generator sees the same types, names,
// members, methods and comments whichever loader read the packages.
type builder struct {
	u        types.Universe
	comments *commentIndex
}

// typeName splits a go/types type string into gengo's name: package path
// and name, a generic's arguments kept on the name; a type literal is all
// name.
func typeName(s string) types.Name {
	for _, literal := range []string{"struct{", "<-chan", "chan<-", "chan ", "func(", "func (", "*", "map[", "["} {
		if strings.HasPrefix(s, literal) {
			return types.Name{Name: s}
		}
	}
	base, args := s, ""
	if i := strings.IndexByte(s, '['); i >= 0 {
		base, args = s[:i], s[i:]
	}
	dot := strings.LastIndexByte(base, '.')
	if dot < 0 {
		return types.Name{Name: s}
	}
	return types.Name{Package: base[:dot], Name: base[dot+1:] + args}
}

// declaredName returns the name of a function, variable or constant from
// its object string ("func k8s.io/x.F(...)", "var k8s.io/x.V T").
func declaredName(obj gotypes.Object) types.Name {
	s := obj.String()
	if f, ok := obj.(*gotypes.Func); ok && f.Signature().Recv() == nil {
		s = strings.TrimPrefix(s, "func ")
		s, _, _ = strings.Cut(s, "(")
		return typeName(s)
	}
	fields := strings.Split(s, " ")
	if len(fields) < 2 {
		return typeName(s)
	}
	return typeName(fields[1])
}

// walk returns the universe's type for t, entering it and every type it
// is built of (fields, elements, methods) on first sight. as names the
// type instead of its own string (a named type's underlying type, a
// method's signature).
func (b *builder) walk(as *types.Name, t gotypes.Type) *types.Type {
	if alias, ok := t.(*gotypes.Alias); ok {
		return b.walk(nil, gotypes.Unalias(alias))
	}
	name := typeName(typeString(t))
	if as != nil {
		name = *as
	}
	switch t := t.(type) {
	case *gotypes.Named:
		return b.walkNamed(t)
	case *gotypes.TypeParam:
		return &types.Type{Name: name, Kind: types.TypeParam}
	case *gotypes.Basic:
		name = types.Name{Name: t.Name()}
	}
	out := b.u.Type(name)
	out.GoType = t
	if out.Kind != types.Unknown {
		return out
	}
	b.fill(out, t)
	return out
}

// fill completes a type seen for the first time by its kind.
func (b *builder) fill(out *types.Type, t gotypes.Type) {
	switch t := t.(type) {
	case *gotypes.Struct:
		out.Kind = types.Struct
		for i := range t.NumFields() {
			f := t.Field(i)
			m := types.Member{Name: f.Name(), Embedded: f.Anonymous(), Tags: t.Tag(i), Type: b.walk(nil, f.Type())}
			m.CommentLines = b.comments.doc(f)
			out.Members = append(out.Members, m)
		}
	case *gotypes.Map:
		out.Kind = types.Map
		out.Elem = b.walk(nil, t.Elem())
		out.Key = b.walk(nil, t.Key())
	case *gotypes.Pointer:
		out.Kind, out.Elem = types.Pointer, b.walk(nil, t.Elem())
	case *gotypes.Slice:
		out.Kind, out.Elem = types.Slice, b.walk(nil, t.Elem())
	case *gotypes.Array:
		out.Kind, out.Elem, out.Len = types.Array, b.walk(nil, t.Elem()), t.Len()
	case *gotypes.Chan:
		out.Kind, out.Elem = types.Chan, b.walk(nil, t.Elem())
	case *gotypes.Basic:
		out.Kind = types.Unsupported
	case *gotypes.Signature:
		out.Kind, out.Signature = types.Func, b.signature(t)
	case *gotypes.Interface:
		out.Kind = types.Interface
		t.Complete()
		for i := range t.NumMethods() {
			b.addMethod(out, t.Method(i))
		}
	default:
		out.Kind = types.Unsupported
		klog.Warningf("Making unsupported type entry %q for: %#v\n", out, t)
	}
}

// walkNamed enters a defined type: a struct or interface under its own
// name (a generic one as Name[T,U]), any other as an alias of its
// underlying type, then its methods.
func (b *builder) walkNamed(t *gotypes.Named) *types.Type {
	name := typeName(t.String())
	var out *types.Type
	switch t.Underlying().(type) {
	case *gotypes.Named, *gotypes.Basic, *gotypes.Map, *gotypes.Slice:
		out = b.u.Type(name)
		out.GoType = t
		if out.Kind != types.Unknown {
			return out
		}
		out.Kind = types.Alias
		out.Underlying = b.walk(nil, t.Underlying())
	case *gotypes.Struct, *gotypes.Interface:
		params := b.typeParams(t, &name)
		if seen := b.u.Type(name); seen.Kind != types.Unknown {
			seen.GoType = t
			return seen
		}
		out = b.walk(&name, t.Underlying())
		out.TypeParams = params
	default:
		if seen := b.u.Type(name); seen.Kind != types.Unknown {
			return seen
		}
		out = b.walk(&name, t.Underlying())
	}
	if len(out.Methods) == 0 {
		for i := range t.NumMethods() {
			b.addMethod(out, t.Method(i))
		}
	}
	return out
}

// typeParams walks the constraints of a generic type's parameters and
// renames it Name[T,U]; empty for a type without parameters.
func (b *builder) typeParams(t *gotypes.Named, name *types.Name) map[string]*types.Type {
	params := map[string]*types.Type{}
	list := t.TypeParams()
	if list.Len() == 0 {
		return params
	}
	names := make([]string, list.Len())
	for i := range list.Len() {
		p := list.At(i)
		names[i] = p.Obj().Name()
		params[names[i]] = b.walk(nil, p.Constraint())
	}
	base, _, _ := strings.Cut(name.Name, "[")
	name.Name = fmt.Sprintf("%s[%s]", base, strings.Join(names, ","))
	return params
}

// addMethod enters a method of out under its full string, with its doc
// comment.
func (b *builder) addMethod(out *types.Type, m *gotypes.Func) {
	if out.Methods == nil {
		out.Methods = map[string]*types.Type{}
	}
	name := typeName(objectString(m))
	mt := b.walk(&name, m.Type())
	mt.CommentLines = b.comments.doc(m)
	out.Methods[m.Name()] = mt
}

// signature converts a function's signature.
func (b *builder) signature(t *gotypes.Signature) *types.Signature {
	s := &types.Signature{Variadic: t.Variadic()}
	for i := range t.Params().Len() {
		p := t.Params().At(i)
		s.Parameters = append(s.Parameters, &types.ParamResult{Name: sourceName(p), Type: b.walk(nil, p.Type())})
	}
	for i := range t.Results().Len() {
		r := t.Results().At(i)
		s.Results = append(s.Results, &types.ParamResult{Name: sourceName(r), Type: b.walk(nil, r.Type())})
	}
	if recv := t.Recv(); recv != nil {
		s.Receiver = b.walk(nil, recv.Type())
	}
	return s
}

// declare enters one package-level object of a package being generated
// for, with its comments: types, functions (not methods), variables and
// constants.
func (b *builder) declare(obj gotypes.Object) {
	var t *types.Type
	switch obj := obj.(type) {
	case *gotypes.TypeName:
		t = b.walk(nil, obj.Type())
	case *gotypes.Func:
		if obj.Signature().Recv() != nil {
			return
		}
		t = b.u.Function(declaredName(obj))
		t.Kind, t.Underlying = types.DeclarationOf, b.walk(nil, obj.Type())
	case *gotypes.Var:
		if obj.IsField() {
			return
		}
		t = b.u.Variable(declaredName(obj))
		t.Kind, t.Underlying = types.DeclarationOf, b.walk(nil, obj.Type())
	case *gotypes.Const:
		t = b.u.Constant(declaredName(obj))
		t.Kind, t.Underlying = types.DeclarationOf, b.walk(nil, obj.Type())
		value := obj.Val().String()
		if obj.Val().Kind() == constant.String {
			value = constant.StringVal(obj.Val())
		}
		t.ConstValue = &value
	default:
		return
	}
	b.comments.attach(obj, t)
}

// sourceName returns a parameter's name as the source declares it: the
// compiler's export data names unnamed results (#rv1, ~r0), which a type
// checked from source leaves unnamed.
func sourceName(v *gotypes.Var) string {
	if strings.HasPrefix(v.Name(), "#") || strings.HasPrefix(v.Name(), "~") {
		return ""
	}
	return v.Name()
}

// typeString is t.String(), a function type's unnamed parameters left
// unnamed (see sourceName).
func typeString(t gotypes.Type) string {
	if sig, ok := t.(*gotypes.Signature); ok {
		if clean := sourceSignature(sig); clean != sig {
			return clean.String()
		}
	}
	return t.String()
}

// objectString is obj.String(), a method's unnamed parameters left
// unnamed (see sourceName).
func objectString(f *gotypes.Func) string {
	sig := f.Signature()
	clean := sourceSignature(sig)
	if clean == sig {
		return f.String()
	}
	return gotypes.NewFunc(f.Pos(), f.Pkg(), f.Name(), clean).String()
}

// sourceSignature returns sig with the compiler's names of unnamed
// parameters removed; sig itself when it has none.
func sourceSignature(sig *gotypes.Signature) *gotypes.Signature {
	params, renamedParams := sourceTuple(sig.Params())
	results, renamedResults := sourceTuple(sig.Results())
	if !renamedParams && !renamedResults {
		return sig
	}
	return gotypes.NewSignatureType(sig.Recv(), nil, nil, params, results, sig.Variadic())
}

// sourceTuple returns the tuple with unnamed parameters (see sourceName),
// and whether any was renamed; the tuple itself when none is.
func sourceTuple(t *gotypes.Tuple) (*gotypes.Tuple, bool) {
	renamed := false
	for i := range t.Len() {
		renamed = renamed || sourceName(t.At(i)) != t.At(i).Name()
	}
	if !renamed {
		return t, false
	}
	vars := make([]*gotypes.Var, t.Len())
	for i := range t.Len() {
		v := t.At(i)
		vars[i] = gotypes.NewParam(v.Pos(), v.Pkg(), sourceName(v), v.Type())
	}
	return gotypes.NewTuple(vars...), true
}
