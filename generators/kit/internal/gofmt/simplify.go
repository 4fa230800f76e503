package gofmt

import (
	"go/ast"
	"go/token"
)

// simplifyFile applies the rewrites of "gofmt -s" to file in place:
//
//   - empty declaration groups such as "var ()" are deleted;
//   - in array, slice and map literals, element and key literals whose type
//     equals the outer literal's element or key type lose that type, and
//     &T{...} loses "&T" when the element type is *T;
//   - s[a:len(s)] becomes s[a:] when s is an identifier;
//   - blank range variables are dropped: "for k, _ = range" becomes
//     "for k = range", and "for _ = range" or "for _, _ = range" becomes
//     "for range".
func simplifyFile(file *ast.File) {
	dropEmptyGroups(file)
	ast.Walk(simplifier{}, file)
}

// dropEmptyGroups deletes declarations like "const ()" that have no specs,
// no doc comment and no comment between their first and last token.
func dropEmptyGroups(file *ast.File) {
	kept := file.Decls[:0]
	for _, decl := range file.Decls {
		if gen, ok := decl.(*ast.GenDecl); ok && isEmptyGroup(file, gen) {
			continue
		}
		kept = append(kept, decl)
	}
	file.Decls = kept
}

// isEmptyGroup reports whether gen can be deleted without losing anything.
func isEmptyGroup(file *ast.File, gen *ast.GenDecl) bool {
	if gen.Doc != nil || gen.Specs != nil {
		return false
	}
	for _, group := range file.Comments {
		if group.Pos() >= gen.Pos() && group.End() <= gen.End() {
			return false
		}
	}
	return true
}

// simplifier is an ast.Visitor that rewrites the nodes it visits.
type simplifier struct{}

// Visit implements ast.Visitor.
func (v simplifier) Visit(node ast.Node) ast.Visitor {
	switch n := node.(type) {
	case *ast.CompositeLit:
		if v.compositeLit(n) {
			// The elements have been walked already; the literal's
			// own type is deliberately not descended into.
			return nil
		}
	case *ast.SliceExpr:
		dropLenBound(n)
	case *ast.RangeStmt:
		dropBlankRangeVars(n)
	}
	return v
}

// compositeLit simplifies the elements of an array, slice or map literal
// and reports whether lit was such a literal. Only the values of array and
// slice elements are visited, never their index keys.
func (v simplifier) compositeLit(lit *ast.CompositeLit) bool {
	keyType, elemType := containedTypes(lit.Type)
	if elemType == nil {
		return false
	}
	for i := range lit.Elts {
		slot := &lit.Elts[i]
		if kv, ok := (*slot).(*ast.KeyValueExpr); ok {
			if keyType != nil {
				v.element(keyType, &kv.Key)
			}
			slot = &kv.Value
		}
		v.element(elemType, slot)
	}
	return true
}

// containedTypes returns the key and element types of an array, slice or
// map type expression; both are nil for any other expression.
func containedTypes(typ ast.Expr) (key, elem ast.Expr) {
	switch t := typ.(type) {
	case *ast.ArrayType:
		return nil, t.Elt
	case *ast.MapType:
		return t.Key, t.Value
	}
	return nil, nil
}

// element simplifies the expression stored in *slot, which appears where a
// value of type typ is expected. Nested literals are simplified first, so
// that their own types are still present when their elements are examined.
func (v simplifier) element(typ ast.Expr, slot *ast.Expr) {
	if *slot == nil {
		return
	}
	ast.Walk(v, *slot)
	switch x := (*slot).(type) {
	case *ast.CompositeLit:
		if x.Type != nil && sameSyntax(typ, x.Type) {
			x.Type = nil
		}
	case *ast.UnaryExpr:
		if lit := addressedLit(typ, x); lit != nil {
			lit.Type = nil
			*slot = lit
		}
	}
}

// addressedLit returns the literal T{...} when x is &T{...} and typ is *T,
// and nil otherwise.
func addressedLit(typ ast.Expr, x *ast.UnaryExpr) *ast.CompositeLit {
	star, ok := typ.(*ast.StarExpr)
	if !ok || x.Op != token.AND {
		return nil
	}
	lit, ok := x.X.(*ast.CompositeLit)
	if !ok || lit.Type == nil || !sameSyntax(star.X, lit.Type) {
		return nil
	}
	return lit
}

// dropLenBound turns s[lo:len(s)] into s[lo:] when s is a plain identifier.
// Three-index slices are left alone because they need every index.
func dropLenBound(expr *ast.SliceExpr) {
	if expr.Max != nil {
		return
	}
	slice, ok := expr.X.(*ast.Ident)
	if ok && isLenOf(expr.High, slice.Name) {
		expr.High = nil
	}
}

// isLenOf reports whether x is the call len(name), without "...".
func isLenOf(x ast.Expr, name string) bool {
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return false
	}
	return isIdent(call.Fun, "len") && isIdent(call.Args[0], name)
}

// dropBlankRangeVars removes blank identifiers that a range clause does not
// need: a blank value, and a blank key once no value remains.
func dropBlankRangeVars(stmt *ast.RangeStmt) {
	if isIdent(stmt.Value, "_") {
		stmt.Value = nil
	}
	if stmt.Value == nil && isIdent(stmt.Key, "_") {
		stmt.Key = nil
	}
}

// isIdent reports whether x is the identifier name.
func isIdent(x ast.Expr, name string) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == name
}
