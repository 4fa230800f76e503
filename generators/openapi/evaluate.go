package openapi

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"

	"k8s.io/kube-openapi/pkg/common"
)

// MethodFinder resolves the import path of a package that generated
// definitions (or the methods they call) name to the directory of its Go
// source files, e.g. from the packages a generator has loaded, or with
// `go list -f {{.Dir}} <path>`. An error says why the package cannot be
// found.
type MethodFinder func(importPath string) (dir string, err error)

// schemaHint tells the user what to do when the definitions cannot be
// evaluated from source.
const schemaHint = "the models schema cannot be derived from the generated source in-process; build and run a program that prints the OpenAPI v2 document of the generated GetOpenAPIDefinitions (as k8s.io/sample-apiserver's pkg/generated/openapi/cmd/models-schema does, or with openapi.ModelsSchema) and pass its output with --applyconfig-openapi-schema"

// ModelsSchemaFromSource returns the bytes ModelsSchema (and so
// k8s.io/sample-apiserver's models-schema program) returns for the
// GetOpenAPIDefinitions of a generated zz_generated.openapi.go, without
// compiling it: src (named filename in errors) is parsed, and
// GetOpenAPIDefinitions and every function it calls are evaluated against
// kube-openapi's types. The methods the definitions call on API types
// (OpenAPIModelName, OpenAPISchemaType, OpenAPISchemaFormat,
// OpenAPIV3OneOfTypes, OpenAPIDefinition, OpenAPIV3Definition) are
// evaluated from their source, found in the directories methods gives
// for their packages; a body must be a single return of an expression
// made of literals, composite literals of kube-openapi's types, constants
// and such calls. What cannot be evaluated is an error at its
// file:line:col.
func ModelsSchemaFromSource(filename string, src []byte, methods MethodFinder) ([]byte, error) {
	return ModelsSchemaWithOverlay(filename, src, methods, nil)
}

// ModelsSchemaWithOverlay is ModelsSchemaFromSource where the Go files of
// overlay (absolute path to content) stand in for the files at those
// paths, or are added: the files a run generated in memory (the model-name
// files openapi-gen writes beside the types) count before they are written.
func ModelsSchemaWithOverlay(filename string, src []byte, methods MethodFinder, overlay map[string][]byte) ([]byte, error) {
	ev := newEvaluator(methods)
	ev.overlay = overlay
	pkg, err := ev.generatedPackage(filename, src)
	if err != nil {
		return nil, err
	}
	var evalErr error
	data, err := ModelsSchema(func(ref common.ReferenceCallback) map[string]common.OpenAPIDefinition {
		var defs map[string]common.OpenAPIDefinition
		defs, evalErr = ev.definitions(pkg, ref)
		return defs
	})
	if evalErr != nil {
		return nil, fmt.Errorf("%w\n%s", evalErr, schemaHint)
	}
	return data, err
}

// evaluator evaluates the restricted Go of generated definitions, and
// the sources of the methods and constants they refer to.
type evaluator struct {
	finder MethodFinder
	// overlay holds files (absolute path to content) read instead of the
	// disk's.
	overlay map[string][]byte
	fset    *token.FileSet
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
func newEvaluator(finder MethodFinder) *evaluator {
	return &evaluator{finder: finder, fset: token.NewFileSet(), pkgs: map[string]*srcPackage{},
		types: knownTypes(), funcs: knownFuncs()}
}

// generatedPackage parses the generated file into a package of its own.
func (ev *evaluator) generatedPackage(filename string, src []byte) (*srcPackage, error) {
	f := &srcFile{path: filename, src: src}
	p := &srcPackage{path: "", index: newDeclIndex(), files: []*srcFile{f}}
	if err := ev.parse(p, f); err != nil {
		return nil, err
	}
	p.name = f.ast.Name.Name
	return p, nil
}

// definitions evaluates GetOpenAPIDefinitions(ref) of the generated
// package.
func (ev *evaluator) definitions(p *srcPackage, ref common.ReferenceCallback) (map[string]common.OpenAPIDefinition, error) {
	d, ok := p.index.funcs["GetOpenAPIDefinitions"]
	if !ok {
		return nil, fmt.Errorf("%s: no GetOpenAPIDefinitions function: is this openapi-gen's output?", ev.fset.Position(p.files[0].ast.Name.Pos()))
	}
	v, err := ev.callDecl(p, d, []reflect.Value{reflect.ValueOf(ref)})
	if err != nil {
		return nil, err
	}
	defs, ok := v.Interface().(map[string]common.OpenAPIDefinition)
	if !ok {
		return nil, ev.errorf(d.decl.Type, "GetOpenAPIDefinitions returns %s, not map[string]common.OpenAPIDefinition", v.Type())
	}
	return defs, nil
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
