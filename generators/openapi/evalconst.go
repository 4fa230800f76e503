package openapi

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"reflect"
)

// constVal is the value of a constant expression.
type constVal struct {
	val constant.Value
	// typ is the constant's type (the basic type under a named one); nil
	// when the constant is untyped.
	typ reflect.Type
	// char marks an untyped rune constant.
	char bool
}

// constant evaluates a constant expression written in sc: literals,
// true and false, iota, constants of sc's package or of an imported one,
// operators on them, and conversions to predeclared types.
func (ev *evaluator) constant(e ast.Expr, sc *scope) (constVal, error) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return ev.constant(e.X, sc)
	case *ast.BasicLit:
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		if v.Kind() == constant.Unknown {
			return constVal{}, ev.errorf(e, "malformed literal %s", e.Value)
		}
		return constVal{val: v, char: e.Kind == token.CHAR}, nil
	case *ast.Ident:
		return ev.namedConstant(e, sc)
	case *ast.SelectorExpr:
		return ev.importedConstant(e, sc)
	case *ast.UnaryExpr:
		x, err := ev.constant(e.X, sc)
		if err != nil {
			return constVal{}, err
		}
		v := constant.UnaryOp(e.Op, x.val, 0)
		if v.Kind() == constant.Unknown {
			return constVal{}, ev.errorf(e, "cannot apply %s to this constant", e.Op)
		}
		return constVal{val: v, typ: x.typ, char: x.char}, nil
	case *ast.BinaryExpr:
		return ev.binaryConstant(e, sc)
	case *ast.CallExpr:
		return ev.convertedConstant(e, sc)
	}
	return constVal{}, ev.errorf(e, "this expression cannot be evaluated in-process (only literals, composite literals of kube-openapi types, constants and the calls generated definitions make can)")
}

// namedConstant evaluates an identifier: true, false, iota, or a
// constant of sc's package.
func (ev *evaluator) namedConstant(e *ast.Ident, sc *scope) (constVal, error) {
	switch {
	case e.Name == "true" || e.Name == "false":
		return constVal{val: constant.MakeBool(e.Name == "true")}, nil
	case e.Name == "iota" && sc.iota >= 0:
		return constVal{val: constant.MakeInt64(int64(sc.iota))}, nil
	}
	def, ok, err := ev.lookupConst(sc.pkg, e.Name)
	if err != nil {
		return constVal{}, err
	}
	if !ok {
		return constVal{}, ev.errorf(e, "%s is not a constant of the package, nor a parameter: it cannot be evaluated in-process", e.Name)
	}
	return ev.declaredConstant(e, sc.pkg, def)
}

// importedConstant evaluates pkg.Name, a constant of an imported package.
func (ev *evaluator) importedConstant(e *ast.SelectorExpr, sc *scope) (constVal, error) {
	x, ok := e.X.(*ast.Ident)
	if !ok {
		return constVal{}, ev.errorf(e, "this expression cannot be evaluated in-process")
	}
	path, ok := ev.importPath(sc, x.Name)
	if !ok {
		return constVal{}, ev.errorf(e, "%s.%s cannot be evaluated in-process: %s is not an imported package (a method's receiver, and variables, cannot be used)", x.Name, e.Sel.Name, x.Name)
	}
	p, err := ev.pkgByPath(path, e)
	if err != nil {
		return constVal{}, err
	}
	def, ok, err := ev.lookupConst(p, e.Sel.Name)
	if err != nil {
		return constVal{}, err
	}
	if !ok {
		return constVal{}, ev.errorf(e, "%s.%s is not a constant of package %s: it cannot be evaluated in-process", x.Name, e.Sel.Name, path)
	}
	c, err := ev.declaredConstant(e, p, def)
	if err != nil {
		return constVal{}, fmt.Errorf("%s: evaluating %s.%s: %w", ev.fset.Position(e.Pos()), path, e.Sel.Name, err)
	}
	return c, nil
}

// declaredConstant evaluates the declaration of a constant of p, used at
// site.
func (ev *evaluator) declaredConstant(site ast.Node, p *srcPackage, def constDef) (constVal, error) {
	if def.value == nil {
		return constVal{}, ev.errorf(def.name, "constant %s has no value", def.name.Name)
	}
	if err := ev.enter(site); err != nil {
		return constVal{}, err
	}
	defer ev.leave()
	sc := &scope{pkg: p, file: def.file, iota: def.iota}
	c, err := ev.constant(def.value, sc)
	if err != nil {
		return constVal{}, err
	}
	if def.typ == nil {
		return c, nil
	}
	t, err := ev.basicType(def.typ, sc)
	if err != nil {
		return constVal{}, err
	}
	return ev.typedConstant(def.name, c, t)
}

// binaryConstant evaluates x op y.
func (ev *evaluator) binaryConstant(e *ast.BinaryExpr, sc *scope) (constVal, error) {
	x, err := ev.constant(e.X, sc)
	if err != nil {
		return constVal{}, err
	}
	y, err := ev.constant(e.Y, sc)
	if err != nil {
		return constVal{}, err
	}
	typ := x.typ
	if typ == nil {
		typ = y.typ
	}
	var v constant.Value
	switch e.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return constVal{val: constant.MakeBool(constant.Compare(x.val, e.Op, y.val))}, nil
	case token.SHL, token.SHR:
		n, ok := constant.Uint64Val(y.val)
		if !ok {
			return constVal{}, ev.errorf(e, "bad shift count")
		}
		return constVal{val: constant.Shift(x.val, e.Op, uint(n)), typ: x.typ}, nil
	case token.QUO:
		if x.val.Kind() == constant.Int && y.val.Kind() == constant.Int {
			v = constant.BinaryOp(x.val, token.QUO_ASSIGN, y.val)
			break
		}
		fallthrough
	default:
		v = constant.BinaryOp(x.val, e.Op, y.val)
	}
	if v.Kind() == constant.Unknown {
		return constVal{}, ev.errorf(e, "cannot evaluate this constant operation")
	}
	return constVal{val: v, typ: typ, char: x.char || y.char}, nil
}

// convertedConstant evaluates T(c), T a predeclared type or a named type
// over one.
func (ev *evaluator) convertedConstant(e *ast.CallExpr, sc *scope) (constVal, error) {
	if len(e.Args) != 1 {
		return constVal{}, ev.errorf(e, "this call cannot be evaluated in-process as a constant")
	}
	t, err := ev.basicType(e.Fun, sc)
	if err != nil {
		return constVal{}, err
	}
	c, err := ev.constant(e.Args[0], sc)
	if err != nil {
		return constVal{}, err
	}
	return ev.typedConstant(e, c, t)
}

// typedConstant gives c the type t, if it can have it.
func (ev *evaluator) typedConstant(n ast.Node, c constVal, t reflect.Type) (constVal, error) {
	v := c.val
	switch {
	case t.Kind() == reflect.String && v.Kind() == constant.Int: // string(rune)
		r, ok := constant.Int64Val(v)
		if !ok {
			return constVal{}, ev.errorf(n, "cannot convert this constant to a string")
		}
		v = constant.MakeString(string(rune(r)))
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		v = constant.ToFloat(v)
	case isInt(t):
		v = constant.ToInt(v)
	}
	out := constVal{val: v, typ: t}
	if _, err := ev.constValue(n, out, t); err != nil {
		return constVal{}, err
	}
	return out, nil
}

// basicType resolves the type of a constant or of a conversion: a
// predeclared type, or a named type over one that has no JSON encoding of
// its own (its constants are then encoded as those of the basic type).
func (ev *evaluator) basicType(e ast.Expr, sc *scope) (reflect.Type, error) {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return ev.basicType(x.X, sc)
	case *ast.Ident:
		if t, ok := builtinType(x.Name); ok && t.Kind() != reflect.Interface {
			return t, nil
		}
		return ev.namedBasic(x, sc.pkg, x.Name)
	case *ast.SelectorExpr:
		path, ok, err := ev.qualifier(x, sc)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if t := ev.types[path+"."+x.Sel.Name]; t != nil && isBasic(t) {
			return t, nil
		}
		p, err := ev.pkgByPath(path, x)
		if err != nil {
			return nil, err
		}
		return ev.namedBasic(x, p, x.Sel.Name)
	}
	return nil, ev.errorf(e, "only constants of basic types can be evaluated in-process")
}

// namedBasic resolves the named type name of p to its basic underlying
// type.
func (ev *evaluator) namedBasic(site ast.Node, p *srcPackage, name string) (reflect.Type, error) {
	def, ok, err := ev.lookupType(p, name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ev.errorf(site, "%s is not a basic type, nor a type of package %s: it cannot be evaluated in-process", name, p.path)
	}
	for _, m := range []string{"MarshalJSON", "MarshalText"} {
		if _, ok, err := ev.lookupMethod(p, name, m); err != nil {
			return nil, err
		} else if ok {
			return nil, ev.errorf(def.spec, "type %s has a %s method: its values are encoded their own way, which cannot be evaluated in-process", name, m)
		}
	}
	if err := ev.enter(site); err != nil {
		return nil, err
	}
	defer ev.leave()
	return ev.basicType(def.spec.Type, &scope{pkg: p, file: def.file, iota: -1})
}

// isBasic reports whether t's kind is a boolean, a number or a string.
func isBasic(t reflect.Type) bool {
	k := t.Kind()
	return k == reflect.String || (k >= reflect.Bool && k <= reflect.Complex128)
}

// isInt reports whether t is an integer type.
func isInt(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// defaultType is the type an untyped constant takes in an interface.
func defaultType(c constVal) reflect.Type {
	switch {
	case c.char:
		return reflect.TypeFor[int32]()
	case c.val.Kind() == constant.Bool:
		return reflect.TypeFor[bool]()
	case c.val.Kind() == constant.String:
		return reflect.TypeFor[string]()
	case c.val.Kind() == constant.Int:
		return reflect.TypeFor[int]()
	case c.val.Kind() == constant.Float:
		return reflect.TypeFor[float64]()
	}
	return nil
}
