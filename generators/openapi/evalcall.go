package openapi

import (
	"fmt"
	"go/ast"
	"reflect"
)

// ptrPkg is the package of the generic ptr.To the generated code calls.
const ptrPkg = ptrTo

// call evaluates a call: of a parameter (ref), of a function of the
// package or of an imported one (its source evaluated, or kube-openapi's
// called), of ptr.To, of a method of T{} (its source evaluated), or a
// conversion.
func (ev *evaluator) call(c *ast.CallExpr, want reflect.Type, sc *scope) (reflect.Value, error) {
	if c.Ellipsis.IsValid() {
		return reflect.Value{}, ev.errorf(c, "a call with ... cannot be evaluated in-process")
	}
	var v reflect.Value
	var err error
	switch fun := ast.Unparen(c.Fun).(type) {
	case *ast.IndexExpr:
		v, err = ev.genericCall(c, fun, sc)
	case *ast.Ident:
		v, err = ev.identCall(c, fun, sc)
	case *ast.SelectorExpr:
		v, err = ev.selectorCall(c, fun, sc)
	case *ast.ArrayType, *ast.MapType, *ast.InterfaceType, *ast.StarExpr:
		v, err = ev.conversion(c, sc)
	default:
		err = ev.errorf(c, "this call cannot be evaluated in-process (only calls of ref, of functions and methods declared in source, of kube-openapi's helpers and ptr.To, and conversions can)")
	}
	if err != nil {
		return reflect.Value{}, err
	}
	return ev.assign(c, v, want)
}

// identCall evaluates f(args): a parameter's function, a function of the
// package, or a conversion to a predeclared type.
func (ev *evaluator) identCall(c *ast.CallExpr, fun *ast.Ident, sc *scope) (reflect.Value, error) {
	if f, ok := sc.locals[fun.Name]; ok {
		return ev.callValue(c, f, sc)
	}
	if _, ok := builtinType(fun.Name); ok {
		return ev.conversion(c, sc)
	}
	d, ok, err := ev.lookupFunc(sc.pkg, fun.Name)
	if err != nil {
		return reflect.Value{}, err
	}
	if !ok {
		return reflect.Value{}, ev.errorf(fun, "%s is not a function of the package: it cannot be evaluated in-process", fun.Name)
	}
	args, err := ev.sourceArgs(c, sc.pkg, d, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	return ev.callDecl(sc.pkg, d, args)
}

// selectorCall evaluates pkg.F(args), pkg.T(x), or X.M(args).
func (ev *evaluator) selectorCall(c *ast.CallExpr, fun *ast.SelectorExpr, sc *scope) (reflect.Value, error) {
	if x, ok := fun.X.(*ast.Ident); ok {
		if _, local := sc.locals[x.Name]; local {
			return reflect.Value{}, ev.errorf(fun, "methods of parameters cannot be evaluated in-process")
		}
		if path, ok := ev.importPath(sc, x.Name); ok {
			return ev.packageCall(c, fun, path, sc)
		}
	}
	if lit, ok := ast.Unparen(fun.X).(*ast.CompositeLit); ok && lit.Type != nil {
		if _, err := ev.typeOf(lit.Type, sc); err != nil { // not a kube-openapi type
			return ev.methodCall(c, fun, lit, sc)
		}
	}
	recv, err := ev.eval(fun.X, nil, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	m := recv.MethodByName(fun.Sel.Name)
	if !m.IsValid() {
		return reflect.Value{}, ev.errorf(fun.Sel, "%s has no method %s", recv.Type(), fun.Sel.Name)
	}
	return ev.callValue(c, m, sc)
}

// packageCall evaluates pkg.F(args) or pkg.T(x), pkg at import path.
func (ev *evaluator) packageCall(c *ast.CallExpr, fun *ast.SelectorExpr, path string, sc *scope) (reflect.Value, error) {
	name := path + "." + fun.Sel.Name
	if f, ok := ev.funcs[name]; ok {
		return ev.callValue(c, f, sc)
	}
	if ev.types[name] != nil {
		return ev.conversion(c, sc)
	}
	if path == ptrPkg && fun.Sel.Name == "To" {
		return ev.ptrTo(c, nil, sc)
	}
	p, err := ev.pkgByPath(path, fun)
	if err != nil {
		return reflect.Value{}, err
	}
	d, ok, err := ev.lookupFunc(p, fun.Sel.Name)
	if err != nil {
		return reflect.Value{}, err
	}
	if !ok {
		return reflect.Value{}, ev.errorf(fun, "%s is not a function of package %s that can be evaluated in-process", fun.Sel.Name, path)
	}
	args, err := ev.sourceArgs(c, p, d, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	v, err := ev.callDecl(p, d, args)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("%s: evaluating %s(): %w", ev.fset.Position(c.Pos()), name, err)
	}
	return v, nil
}

// genericCall evaluates ptr.To[T](x).
func (ev *evaluator) genericCall(c *ast.CallExpr, fun *ast.IndexExpr, sc *scope) (reflect.Value, error) {
	if !ev.isPtrTo(fun.X, sc) {
		return reflect.Value{}, ev.errorf(c, "of generic functions, only %s.To can be evaluated in-process", ptrPkg)
	}
	t, err := ev.typeOf(fun.Index, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	return ev.ptrTo(c, t, sc)
}

// isPtrTo reports whether e names ptr.To.
func (ev *evaluator) isPtrTo(e ast.Expr, sc *scope) bool {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "To" {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	path, ok := ev.importPath(sc, x.Name)
	return ok && path == ptrPkg
}

// ptrTo evaluates ptr.To[t](x): a pointer to x as a t (x's own type
// without t).
func (ev *evaluator) ptrTo(c *ast.CallExpr, t reflect.Type, sc *scope) (reflect.Value, error) {
	if len(c.Args) != 1 {
		return reflect.Value{}, ev.errorf(c, "ptr.To takes one argument")
	}
	v, err := ev.eval(c.Args[0], t, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	return p, nil
}

// conversion evaluates T(x), T a predeclared or kube-openapi type.
func (ev *evaluator) conversion(c *ast.CallExpr, sc *scope) (reflect.Value, error) {
	t, err := ev.typeOf(c.Fun, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	if len(c.Args) != 1 {
		return reflect.Value{}, ev.errorf(c, "a conversion takes one value")
	}
	arg := ast.Unparen(c.Args[0])
	if id, ok := arg.(*ast.Ident); ok && id.Name == "nil" {
		return ev.nilValue(c, t)
	}
	if isBasic(t) {
		if k, err := ev.constant(arg, sc); err == nil {
			if k, err = ev.typedConstant(c, k, t); err != nil {
				return reflect.Value{}, err
			}
			return ev.constValue(c, k, t)
		}
	}
	v, err := ev.eval(arg, nil, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	if !v.Type().ConvertibleTo(t) {
		return reflect.Value{}, ev.errorf(c, "cannot convert a %s to a %s", v.Type(), t)
	}
	return v.Convert(t), nil
}

// callValue calls function f (a parameter's, kube-openapi's, or a method
// of a kube-openapi value) with c's arguments evaluated.
func (ev *evaluator) callValue(c *ast.CallExpr, f reflect.Value, sc *scope) (reflect.Value, error) {
	ft := f.Type()
	if ft.Kind() != reflect.Func {
		return reflect.Value{}, ev.errorf(c.Fun, "a %s is not a function", ft)
	}
	if ft.NumOut() != 1 {
		return reflect.Value{}, ev.errorf(c, "only functions with one result can be evaluated in-process")
	}
	n := ft.NumIn()
	if len(c.Args) < n-1 || (!ft.IsVariadic() && len(c.Args) != n) {
		return reflect.Value{}, ev.errorf(c, "%d arguments given, the function takes %d", len(c.Args), n)
	}
	args := make([]reflect.Value, len(c.Args))
	for i, a := range c.Args {
		t := ft.In(min(i, n-1))
		if ft.IsVariadic() && i >= n-1 {
			t = t.Elem()
		}
		v, err := ev.eval(a, t, sc)
		if err != nil {
			return reflect.Value{}, err
		}
		args[i] = v
	}
	return ev.safeCall(c, f, args)
}

// safeCall calls f, a panic turned into an error at c.
func (ev *evaluator) safeCall(c *ast.CallExpr, f reflect.Value, args []reflect.Value) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ev.errorf(c, "the call panics: %v", r)
		}
	}()
	return f.Call(args)[0], nil
}
