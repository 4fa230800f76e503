package openapi

import (
	"go/ast"
	"go/constant"
	"reflect"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// knownTypes are the named types generated definitions (and the methods
// they call) may build values of, by package path and name.
func knownTypes() map[string]reflect.Type {
	return map[string]reflect.Type{
		commonPkg + ".OpenAPIDefinition":   reflect.TypeFor[common.OpenAPIDefinition](),
		commonPkg + ".ReferenceCallback":   reflect.TypeFor[common.ReferenceCallback](),
		specPkg + ".Schema":                reflect.TypeFor[spec.Schema](),
		specPkg + ".SchemaProps":           reflect.TypeFor[spec.SchemaProps](),
		specPkg + ".SwaggerSchemaProps":    reflect.TypeFor[spec.SwaggerSchemaProps](),
		specPkg + ".SchemaOrArray":         reflect.TypeFor[spec.SchemaOrArray](),
		specPkg + ".SchemaOrBool":          reflect.TypeFor[spec.SchemaOrBool](),
		specPkg + ".SchemaOrStringArray":   reflect.TypeFor[spec.SchemaOrStringArray](),
		specPkg + ".StringOrArray":         reflect.TypeFor[spec.StringOrArray](),
		specPkg + ".VendorExtensible":      reflect.TypeFor[spec.VendorExtensible](),
		specPkg + ".Extensions":            reflect.TypeFor[spec.Extensions](),
		specPkg + ".Ref":                   reflect.TypeFor[spec.Ref](),
		specPkg + ".Dependencies":          reflect.TypeFor[spec.Dependencies](),
		specPkg + ".Definitions":           reflect.TypeFor[spec.Definitions](),
		specPkg + ".ExternalDocumentation": reflect.TypeFor[spec.ExternalDocumentation](),
		specPkg + ".SchemaURL":             reflect.TypeFor[spec.SchemaURL](),
		specPkg + ".CommonValidations":     reflect.TypeFor[spec.CommonValidations](),
		specPkg + ".SimpleSchema":          reflect.TypeFor[spec.SimpleSchema](),
		specPkg + ".Items":                 reflect.TypeFor[spec.Items](),
	}
}

// knownFuncs are the functions generated definitions (and the methods
// they call) may call, by package path and name: kube-openapi's, which
// are called for real.
func knownFuncs() map[string]reflect.Value {
	funcs := map[string]any{
		commonPkg + ".EmbedOpenAPIDefinitionIntoV2Extension": common.EmbedOpenAPIDefinitionIntoV2Extension,
		commonPkg + ".GenerateOpenAPIV3OneOfSchema":          common.GenerateOpenAPIV3OneOfSchema,
		specPkg + ".MustCreateRef":                           spec.MustCreateRef,
		specPkg + ".RefSchema":                               spec.RefSchema,
		specPkg + ".RefProperty":                             spec.RefProperty,
		specPkg + ".StringProperty":                          spec.StringProperty,
		specPkg + ".BoolProperty":                            spec.BoolProperty,
		specPkg + ".BooleanProperty":                         spec.BooleanProperty,
		specPkg + ".Int32Property":                           spec.Int32Property,
		specPkg + ".Int64Property":                           spec.Int64Property,
		specPkg + ".Float64Property":                         spec.Float64Property,
		specPkg + ".StrFmtProperty":                          spec.StrFmtProperty,
		specPkg + ".DateTimeProperty":                        spec.DateTimeProperty,
		specPkg + ".ArrayProperty":                           spec.ArrayProperty,
		specPkg + ".MapProperty":                             spec.MapProperty,
		specPkg + ".ComposedSchema":                          spec.ComposedSchema,
	}
	out := make(map[string]reflect.Value, len(funcs))
	for name, f := range funcs {
		out[name] = reflect.ValueOf(f)
	}
	return out
}

// builtinType returns the predeclared type named name.
func builtinType(name string) (reflect.Type, bool) {
	var t reflect.Type
	switch name {
	case "bool":
		t = reflect.TypeFor[bool]()
	case "string":
		t = reflect.TypeFor[string]()
	case "int":
		t = reflect.TypeFor[int]()
	case "int8":
		t = reflect.TypeFor[int8]()
	case "int16":
		t = reflect.TypeFor[int16]()
	case "int32", "rune":
		t = reflect.TypeFor[int32]()
	case "int64":
		t = reflect.TypeFor[int64]()
	case "uint":
		t = reflect.TypeFor[uint]()
	case "uint8", "byte":
		t = reflect.TypeFor[uint8]()
	case "uint16":
		t = reflect.TypeFor[uint16]()
	case "uint32":
		t = reflect.TypeFor[uint32]()
	case "uint64":
		t = reflect.TypeFor[uint64]()
	case "float32":
		t = reflect.TypeFor[float32]()
	case "float64":
		t = reflect.TypeFor[float64]()
	case "any":
		t = anyType()
	}
	return t, t != nil
}

// anyType is interface{}.
func anyType() reflect.Type { return reflect.TypeFor[any]() }

// typeOf resolves a type expression written in sc: a predeclared type, a
// known kube-openapi type, or slices, arrays, maps and pointers of them.
func (ev *evaluator) typeOf(e ast.Expr, sc *scope) (reflect.Type, error) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return ev.typeOf(e.X, sc)
	case *ast.Ident:
		if t, ok := builtinType(e.Name); ok {
			return t, nil
		}
		return nil, ev.errorf(e, "type %s of package %s cannot be built in-process (only predeclared and kube-openapi types can)", e.Name, sc.pkg.path)
	case *ast.SelectorExpr:
		return ev.qualifiedType(e, sc)
	case *ast.StarExpr:
		t, err := ev.typeOf(e.X, sc)
		if err != nil {
			return nil, err
		}
		return reflect.PointerTo(t), nil
	case *ast.ArrayType:
		return ev.arrayType(e, sc)
	case *ast.MapType:
		k, err := ev.typeOf(e.Key, sc)
		if err != nil {
			return nil, err
		}
		v, err := ev.typeOf(e.Value, sc)
		if err != nil {
			return nil, err
		}
		return reflect.MapOf(k, v), nil
	case *ast.InterfaceType:
		if e.Methods == nil || len(e.Methods.List) == 0 {
			return anyType(), nil
		}
	}
	return nil, ev.errorf(e, "this type cannot be built in-process")
}

// qualifiedType resolves pkg.Name: a known kube-openapi type.
func (ev *evaluator) qualifiedType(e *ast.SelectorExpr, sc *scope) (reflect.Type, error) {
	x, ok := e.X.(*ast.Ident)
	if !ok {
		return nil, ev.errorf(e, "this type cannot be built in-process")
	}
	path, ok := ev.importPath(sc, x.Name)
	if !ok {
		return nil, ev.errorf(e, "%s is not an imported package", x.Name)
	}
	if t := ev.types[path+"."+e.Sel.Name]; t != nil {
		return t, nil
	}
	return nil, ev.errorf(e, "type %s.%s cannot be built in-process (only predeclared and kube-openapi types can)", path, e.Sel.Name)
}

// arrayType resolves []T and [N]T.
func (ev *evaluator) arrayType(e *ast.ArrayType, sc *scope) (reflect.Type, error) {
	elem, err := ev.typeOf(e.Elt, sc)
	if err != nil {
		return nil, err
	}
	if e.Len == nil {
		return reflect.SliceOf(elem), nil
	}
	c, err := ev.constant(e.Len, sc)
	if err != nil {
		return nil, err
	}
	n, ok := constant.Int64Val(constant.ToInt(c.val))
	if !ok || n < 0 {
		return nil, ev.errorf(e.Len, "array length is not a non-negative integer")
	}
	return reflect.ArrayOf(int(n), elem), nil
}
