package openapi

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"reflect"
)

// eval evaluates expression e written in sc, as a value of type want (nil
// when the context gives no type; an interface type gives untyped
// constants their default type). A panic of reflection is an error at e.
func (ev *evaluator) eval(e ast.Expr, want reflect.Type, sc *scope) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ev.errorf(e, "cannot evaluate this expression in-process: %v", r)
		}
	}()
	switch x := e.(type) {
	case *ast.ParenExpr:
		return ev.eval(x.X, want, sc)
	case *ast.CompositeLit:
		return ev.composite(x, want, sc)
	case *ast.CallExpr:
		return ev.call(x, want, sc)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return ev.addressOf(x, want, sc)
		}
	case *ast.Ident:
		if v, ok := sc.locals[x.Name]; ok {
			return ev.assign(x, v, want)
		}
		if x.Name == "nil" {
			return ev.nilValue(x, want)
		}
	}
	c, err := ev.constant(e, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	return ev.constValue(e, c, want)
}

// assign returns v as a value of type want: v itself, or v in an
// interface; an error when Go would not assign it.
func (ev *evaluator) assign(n ast.Node, v reflect.Value, want reflect.Type) (reflect.Value, error) {
	if want == nil || v.Type() == want {
		return v, nil
	}
	if !v.Type().AssignableTo(want) {
		return reflect.Value{}, ev.errorf(n, "cannot use a %s as a %s", v.Type(), want)
	}
	out := reflect.New(want).Elem()
	out.Set(v)
	return out, nil
}

// nilValue is nil as a value of type want.
func (ev *evaluator) nilValue(n ast.Node, want reflect.Type) (reflect.Value, error) {
	if want == nil {
		return reflect.Value{}, ev.errorf(n, "nil needs a type here")
	}
	switch want.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan:
		return reflect.Zero(want), nil
	}
	return reflect.Value{}, ev.errorf(n, "cannot use nil as a %s", want)
}

// constValue is constant c as a value of type want: c's own type, or its
// default type, when want is nil or an interface.
func (ev *evaluator) constValue(n ast.Node, c constVal, want reflect.Type) (reflect.Value, error) {
	t := want
	if t == nil || t.Kind() == reflect.Interface {
		if t = c.typ; t == nil {
			t = defaultType(c)
		}
	}
	if t == nil {
		return reflect.Value{}, ev.errorf(n, "this constant cannot be evaluated in-process")
	}
	v := reflect.New(t).Elem()
	if err := setConstant(v, c.val); err != nil {
		return reflect.Value{}, ev.errorf(n, "%v", err)
	}
	if want != nil && want.Kind() == reflect.Interface {
		return ev.assign(n, v, want)
	}
	return v, nil
}

// setConstant sets v, of a basic type, to constant c.
func setConstant(v reflect.Value, c constant.Value) error {
	bad := fmt.Errorf("cannot use the constant %s as a %s", c.ExactString(), v.Type())
	switch {
	case v.Kind() == reflect.String && c.Kind() == constant.String:
		v.SetString(constant.StringVal(c))
	case v.Kind() == reflect.Bool && c.Kind() == constant.Bool:
		v.SetBool(constant.BoolVal(c))
	case v.Kind() >= reflect.Int && v.Kind() <= reflect.Int64:
		i, exact := constant.Int64Val(constant.ToInt(c))
		if !exact || v.OverflowInt(i) {
			return bad
		}
		v.SetInt(i)
	case v.Kind() >= reflect.Uint && v.Kind() <= reflect.Uintptr:
		u, exact := constant.Uint64Val(constant.ToInt(c))
		if !exact || v.OverflowUint(u) {
			return bad
		}
		v.SetUint(u)
	case v.Kind() == reflect.Float32 || v.Kind() == reflect.Float64:
		f := constant.ToFloat(c)
		if f.Kind() != constant.Float && f.Kind() != constant.Int {
			return bad
		}
		x, _ := constant.Float64Val(f)
		v.SetFloat(x)
	default:
		return bad
	}
	return nil
}

// addressOf evaluates &T{...}.
func (ev *evaluator) addressOf(e *ast.UnaryExpr, want reflect.Type, sc *scope) (reflect.Value, error) {
	lit, ok := ast.Unparen(e.X).(*ast.CompositeLit)
	if !ok {
		return reflect.Value{}, ev.errorf(e, "only the address of a composite literal can be evaluated in-process")
	}
	var elem reflect.Type
	if want != nil && want.Kind() == reflect.Pointer {
		elem = want.Elem()
	}
	v, err := ev.composite(lit, elem, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	return ev.assign(e, p, want)
}

// composite evaluates a composite literal, its type written or given by
// the context (a pointer type there stands for &T{...}).
func (ev *evaluator) composite(lit *ast.CompositeLit, want reflect.Type, sc *scope) (reflect.Value, error) {
	t := want
	if lit.Type != nil {
		var err error
		if t, err = ev.typeOf(lit.Type, sc); err != nil {
			return reflect.Value{}, err
		}
	} else if t != nil && t.Kind() == reflect.Pointer {
		v, err := ev.compositeOf(lit, t.Elem(), sc)
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(v)
		return p, nil
	}
	if t == nil || t.Kind() == reflect.Interface {
		return reflect.Value{}, ev.errorf(lit, "a composite literal needs its type here")
	}
	v, err := ev.compositeOf(lit, t, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	return ev.assign(lit, v, want)
}

// compositeOf evaluates the elements of a composite literal of type t.
func (ev *evaluator) compositeOf(lit *ast.CompositeLit, t reflect.Type, sc *scope) (reflect.Value, error) {
	switch t.Kind() {
	case reflect.Struct:
		return ev.structLit(lit, t, sc)
	case reflect.Map:
		return ev.mapLit(lit, t, sc)
	case reflect.Slice, reflect.Array:
		return ev.listLit(lit, t, sc)
	}
	return reflect.Value{}, ev.errorf(lit, "a composite literal of type %s cannot be evaluated in-process", t)
}

// structLit evaluates a struct literal, its fields keyed or all in order.
func (ev *evaluator) structLit(lit *ast.CompositeLit, t reflect.Type, sc *scope) (reflect.Value, error) {
	v := reflect.New(t).Elem()
	for i, elt := range lit.Elts {
		var field reflect.StructField
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				return reflect.Value{}, ev.errorf(kv.Key, "a field name is expected")
			}
			f, ok := t.FieldByName(key.Name)
			if !ok || len(f.Index) != 1 {
				return reflect.Value{}, ev.errorf(key, "%s has no field %s", t, key.Name)
			}
			field, value = f, kv.Value
		} else if i < t.NumField() {
			field = t.Field(i)
		} else {
			return reflect.Value{}, ev.errorf(elt, "too many values in a %s literal", t)
		}
		if !field.IsExported() {
			return reflect.Value{}, ev.errorf(elt, "field %s of %s is not exported", field.Name, t)
		}
		fv, err := ev.eval(value, field.Type, sc)
		if err != nil {
			return reflect.Value{}, err
		}
		v.Field(field.Index[0]).Set(fv)
	}
	return v, nil
}

// mapLit evaluates a map literal.
func (ev *evaluator) mapLit(lit *ast.CompositeLit, t reflect.Type, sc *scope) (reflect.Value, error) {
	v := reflect.MakeMapWithSize(t, len(lit.Elts))
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return reflect.Value{}, ev.errorf(elt, "a map literal's element needs a key")
		}
		key, err := ev.eval(kv.Key, t.Key(), sc)
		if err != nil {
			return reflect.Value{}, err
		}
		value, err := ev.eval(kv.Value, t.Elem(), sc)
		if err != nil {
			return reflect.Value{}, err
		}
		v.SetMapIndex(key, value)
	}
	return v, nil
}

// listLit evaluates a slice or array literal, its elements in order.
func (ev *evaluator) listLit(lit *ast.CompositeLit, t reflect.Type, sc *scope) (reflect.Value, error) {
	var v reflect.Value
	if t.Kind() == reflect.Slice {
		v = reflect.MakeSlice(t, len(lit.Elts), len(lit.Elts))
	} else {
		v = reflect.New(t).Elem()
	}
	for i, elt := range lit.Elts {
		if _, ok := elt.(*ast.KeyValueExpr); ok {
			return reflect.Value{}, ev.errorf(elt, "indexed elements cannot be evaluated in-process")
		}
		if i >= v.Len() {
			return reflect.Value{}, ev.errorf(elt, "too many elements in a %s literal", t)
		}
		e, err := ev.eval(elt, t.Elem(), sc)
		if err != nil {
			return reflect.Value{}, err
		}
		v.Index(i).Set(e)
	}
	return v, nil
}
