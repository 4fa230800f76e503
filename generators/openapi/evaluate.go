package openapi

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
)

// packageFinder resolves the import path of a package that generated
// definitions (or the methods they call) name to the directory of its Go
// source files, e.g. from the packages a generator has loaded, or with
// `go list -f {{.Dir}} <path>`. An error says why the package cannot be
// found.
type packageFinder func(importPath string) (dir string, err error)

// schemaHint tells the user what to do when a method cannot be evaluated.
const schemaHint = "the models schema cannot be derived in-process; build and run a program that prints the OpenAPI v2 document of the generated GetOpenAPIDefinitions (as k8s.io/sample-apiserver's pkg/generated/openapi/cmd/models-schema does, or with openapi.ModelsSchema) and pass its output with --applyconfig-openapi-schema"

// evaluator evaluates the restricted Go of generated definitions, and
// the sources of the methods and constants they refer to.
type evaluator struct {
	finder packageFinder
	fset   *token.FileSet
	// pkgs are the packages whose sources were looked at, by import path.
	pkgs  map[string]*srcPackage
	types map[string]reflect.Type
	funcs map[string]reflect.Value
	// depth counts the calls and constants being evaluated, to stop a
	// recursion.
	depth int
}

// maxDepth bounds the nesting of calls and constant references.
const maxDepth = 64

// newEvaluator returns an evaluator that finds packages through finder.
func newEvaluator(finder packageFinder) *evaluator {
	return &evaluator{finder: finder, fset: token.NewFileSet(), pkgs: map[string]*srcPackage{},
		types: knownTypes(), funcs: knownFuncs()}
}

// method evaluates T{}.name() from the source of T, type typ of the
// package at path: its body must be a single return of an expression made
// of literals, composite literals of kube-openapi's types, constants and
// calls of such functions.
func (ev *evaluator) method(path, typ, name string) (reflect.Value, error) {
	p, err := ev.pkgByPath(path, nil)
	if err != nil {
		return reflect.Value{}, err
	}
	d, ok, err := ev.lookupMethod(p, typ, name)
	if err != nil {
		return reflect.Value{}, err
	}
	if !ok {
		return reflect.Value{}, fmt.Errorf("no method %s of %s is declared in the source of package %s (a method promoted from an embedded field cannot be evaluated in-process)", name, typ, path)
	}
	return ev.callDecl(p, d, nil)
}

// namedConst evaluates the constant name of the package at path, as a
// value of its type (or its default type, untyped).
func (ev *evaluator) namedConst(path, name string) (any, error) {
	p, err := ev.pkgByPath(path, nil)
	if err != nil {
		return nil, err
	}
	def, ok, err := ev.lookupConst(p, name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("no constant %s is declared in the source of package %s", name, path)
	}
	c, err := ev.declaredConstant(def.name, p, def)
	if err != nil {
		return nil, err
	}
	v, err := ev.constValue(def.name, c, nil)
	if err != nil {
		return nil, err
	}
	return v.Interface(), nil
}

// scope is where an expression is evaluated: the package and file it is
// written in (for imports), and the values of the parameters.
type scope struct {
	pkg    *srcPackage
	file   *srcFile
	locals map[string]reflect.Value
	// iota is the value of iota in a constant declaration, else -1.
	iota int
}

// errorf returns an error at n's position.
func (ev *evaluator) errorf(n ast.Node, format string, args ...any) error {
	if n == nil {
		return fmt.Errorf(format, args...)
	}
	return fmt.Errorf("%s: %s", ev.fset.Position(n.Pos()), fmt.Sprintf(format, args...))
}

// parse parses f, a file of p, and indexes its declarations.
func (ev *evaluator) parse(p *srcPackage, f *srcFile) error {
	if f.ast != nil {
		return nil
	}
	file, err := parser.ParseFile(ev.fset, f.path, f.src, parser.SkipObjectResolution)
	if err != nil {
		return fmt.Errorf("parsing %v", err)
	}
	f.ast = file
	f.imports = importNames(file)
	p.index.add(f)
	return nil
}

// enter counts a nested evaluation at n; leave must follow.
func (ev *evaluator) enter(n ast.Node) error {
	if ev.depth >= maxDepth {
		return ev.errorf(n, "calls and constants nest more than %d deep (a recursion?)", maxDepth)
	}
	ev.depth++
	return nil
}

// leave ends the nested evaluation enter counted.
func (ev *evaluator) leave() { ev.depth-- }
