package gofmt

import (
	"go/ast"
	"go/token"
	"reflect"
)

var (
	posType      = reflect.TypeFor[token.Pos]()
	objectType   = reflect.TypeFor[*ast.Object]()
	callExprType = reflect.TypeFor[ast.CallExpr]()
)

// sameSyntax reports whether a and b are the same syntax tree. Like gofmt,
// it ignores positions and resolved objects (so identifiers compare by name
// only) but does tell f(x) from f(x...). A nil expression matches nothing.
func sameSyntax(a, b ast.Expr) bool {
	if a == nil || b == nil {
		return false
	}
	return sameValue(reflect.ValueOf(a), reflect.ValueOf(b))
}

// sameValue compares two values of the AST recursively.
func sameValue(a, b reflect.Value) bool {
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Type() != b.Type() {
		return false
	}
	switch a.Type() {
	case posType, objectType:
		return true
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return sameValue(a.Elem(), b.Elem())
	case reflect.Struct:
		return sameStruct(a, b)
	case reflect.Slice:
		return sameSlice(a, b)
	}
	return sameScalar(a, b)
}

// sameStruct compares two structs of the same type field by field.
func sameStruct(a, b reflect.Value) bool {
	if a.Type() == callExprType && !sameEllipsis(a, b) {
		return false
	}
	for i := range a.NumField() {
		if !sameValue(a.Field(i), b.Field(i)) {
			return false
		}
	}
	return true
}

// sameEllipsis reports whether both ast.CallExpr values a and b have, or
// both lack, a trailing "...".
func sameEllipsis(a, b reflect.Value) bool {
	hasA := token.Pos(a.FieldByName("Ellipsis").Int()).IsValid()
	hasB := token.Pos(b.FieldByName("Ellipsis").Int()).IsValid()
	return hasA == hasB
}

// sameSlice compares two slices of the same type element by element; a
// nil slice equals an empty one.
func sameSlice(a, b reflect.Value) bool {
	if a.Len() != b.Len() {
		return false
	}
	for i := range a.Len() {
		if !sameValue(a.Index(i), b.Index(i)) {
			return false
		}
	}
	return true
}

// sameScalar compares two values of the same basic kind, such as the Name
// of an identifier or the Op of a unary expression.
func sameScalar(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.String:
		return a.String() == b.String()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	}
	// go/ast holds no other kinds; treat anything unexpected as different,
	// which only ever keeps code unsimplified.
	return false
}
