package openapi

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
)

// callDecl evaluates a call of function (or method) d of package p with
// args: its body must be a single return of an expression. The receiver
// of a method is not bound: a body that uses it cannot be evaluated.
func (ev *evaluator) callDecl(p *srcPackage, d declRef, args []reflect.Value) (reflect.Value, error) {
	fn := d.decl
	sc := &scope{pkg: p, file: d.file, locals: map[string]reflect.Value{}, iota: -1}
	names := paramNames(fn)
	if len(names) != len(args) {
		return reflect.Value{}, ev.errorf(fn.Name, "%s takes %d arguments, %d given", fn.Name.Name, len(names), len(args))
	}
	for i, name := range names {
		if name != "_" && name != "" {
			sc.locals[name] = args[i]
		}
	}
	if fn.Type.Results == nil || len(fn.Type.Results.List) != 1 || len(fn.Type.Results.List[0].Names) > 1 {
		return reflect.Value{}, ev.errorf(fn.Name, "%s does not return one value: it cannot be evaluated in-process", fn.Name.Name)
	}
	result, err := ev.typeOf(fn.Type.Results.List[0].Type, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	ret, err := ev.singleReturn(fn)
	if err != nil {
		return reflect.Value{}, err
	}
	if err := ev.enter(fn.Name); err != nil {
		return reflect.Value{}, err
	}
	defer ev.leave()
	return ev.eval(ret, result, sc)
}

// paramNames returns the names of fn's parameters, "" for an unnamed one.
func paramNames(fn *ast.FuncDecl) []string {
	var out []string
	for _, f := range fn.Type.Params.List {
		if len(f.Names) == 0 {
			out = append(out, "")
		}
		for _, n := range f.Names {
			out = append(out, n.Name)
		}
	}
	return out
}

// singleReturn returns the expression fn's body returns, when the body
// is that return statement alone.
func (ev *evaluator) singleReturn(fn *ast.FuncDecl) (ast.Expr, error) {
	what := fn.Name.Name
	if fn.Recv != nil {
		what = receiverName(fn) + "." + what
	}
	if fn.Type.TypeParams != nil {
		return nil, ev.errorf(fn.Name, "%s is generic: it cannot be evaluated in-process", what)
	}
	if fn.Body == nil {
		return nil, ev.errorf(fn.Name, "%s has no body: it cannot be evaluated in-process", what)
	}
	if len(fn.Body.List) == 1 {
		if ret, ok := fn.Body.List[0].(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
			return ret.Results[0], nil
		}
	}
	return nil, ev.errorf(fn.Body, "the body of %s is not a single return statement of one expression: it cannot be evaluated in-process (write it as one return of a literal or a composite literal)", what)
}

// sourceArgs evaluates, in sc, the arguments of c, a call of d of p: as
// values of the types of d's parameters.
func (ev *evaluator) sourceArgs(c *ast.CallExpr, p *srcPackage, d declRef, sc *scope) ([]reflect.Value, error) {
	callee := &scope{pkg: p, file: d.file, iota: -1}
	var params []reflect.Type
	for _, f := range d.decl.Type.Params.List {
		if _, ok := f.Type.(*ast.Ellipsis); ok {
			return nil, ev.errorf(f.Type, "variadic functions cannot be evaluated in-process")
		}
		t, err := ev.typeOf(f.Type, callee)
		if err != nil {
			return nil, err
		}
		for range max(1, len(f.Names)) {
			params = append(params, t)
		}
	}
	if len(c.Args) != len(params) {
		return nil, ev.errorf(c, "%d arguments given, %s takes %d", len(c.Args), d.decl.Name.Name, len(params))
	}
	args := make([]reflect.Value, len(params))
	for i, a := range c.Args {
		v, err := ev.eval(a, params[i], sc)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	return args, nil
}

// methodCall evaluates T{}.M(args), T a type of sc's package or of an
// imported one: M's source is evaluated.
func (ev *evaluator) methodCall(c *ast.CallExpr, fun *ast.SelectorExpr, lit *ast.CompositeLit, sc *scope) (reflect.Value, error) {
	if len(lit.Elts) > 0 {
		return reflect.Value{}, ev.errorf(lit, "only methods of an empty %s{} can be evaluated in-process", types.ExprString(lit.Type))
	}
	p, typeName, err := ev.namedType(lit.Type, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	d, ok, err := ev.lookupMethod(p, typeName, fun.Sel.Name)
	if err != nil {
		return reflect.Value{}, err
	}
	if !ok {
		return reflect.Value{}, ev.errorf(c, "no method %s of %s is declared in the source of package %s (a method promoted from an embedded field cannot be evaluated in-process)", fun.Sel.Name, typeName, p.path)
	}
	args, err := ev.sourceArgs(c, p, d, sc)
	if err != nil {
		return reflect.Value{}, err
	}
	v, err := ev.callDecl(p, d, args)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("%s: evaluating %s{}.%s(): %w", ev.fset.Position(c.Pos()), types.ExprString(lit.Type), fun.Sel.Name, err)
	}
	return v, nil
}

// namedType resolves T or pkg.T, a type whose methods are evaluated from
// source, to its package and name.
func (ev *evaluator) namedType(e ast.Expr, sc *scope) (*srcPackage, string, error) {
	switch x := e.(type) {
	case *ast.Ident:
		return sc.pkg, x.Name, nil
	case *ast.SelectorExpr:
		path, ok, err := ev.qualifier(x, sc)
		if err != nil {
			return nil, "", err
		}
		if !ok {
			break
		}
		p, err := ev.pkgByPath(path, x)
		return p, x.Sel.Name, err
	}
	return nil, "", ev.errorf(e, "the methods of this type cannot be evaluated in-process")
}

// qualifier returns the import path of the package a selector pkg.Name
// names in sc; ok is false when its qualifier is not a plain identifier,
// and an identifier that names no imported package is an error.
func (ev *evaluator) qualifier(x *ast.SelectorExpr, sc *scope) (path string, ok bool, err error) {
	pkg, isIdent := x.X.(*ast.Ident)
	if !isIdent {
		return "", false, nil
	}
	path, ok = ev.importPath(sc, pkg.Name)
	if !ok {
		return "", false, ev.errorf(x, "%s is not an imported package", pkg.Name)
	}
	return path, true, nil
}
