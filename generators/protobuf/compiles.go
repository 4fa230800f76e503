package protobuf

import (
	"fmt"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// checkCompiles type-checks the output packages with the run's files in
// place of those on disk (generated.pb.go, the retagged Go files) and
// returns the compile errors in the generated code: upstream writes code
// that does not build for some inputs (a +protobuf.options.marshal=false
// type without hand-written methods, a +protobuf.as type whose fields
// differ, ...), and a run that exits 0 writes only code that compiles.
// Errors elsewhere in a package are the user's own, and left alone.
func checkCompiles(files []run.File, buildTags []string) error {
	overlay := map[string][]byte{}
	dirs := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f.Path, ".go") {
			abs, err := filepath.Abs(f.Path)
			if err != nil {
				return err
			}
			overlay[abs] = f.Data
			dirs[filepath.Dir(abs)] = true
		}
	}
	if len(dirs) == 0 {
		return nil
	}
	var patterns []string
	for d := range dirs {
		patterns = append(patterns, d)
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedTypes, Overlay: overlay,
		BuildFlags: []string{"-tags=" + strings.Join(buildTags, ",")}}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil // the packages loaded before: nothing more to say here
	}
	errs := &diag.List{}
	for _, p := range pkgs {
		errs.Add(packageCompileError(p))
	}
	return errs.Err()
}

// shownCompileErrors is how many compile errors of one package's
// generated code an error quotes.
const shownCompileErrors = 3

// packageCompileError returns one error for the compile errors inside p's
// generated.pb.go, at the first, with what usually causes them; nil when
// there are none.
func packageCompileError(p *packages.Package) error {
	var found []string
	unloaded := unloadedImports(p)
	for _, e := range p.Errors {
		if fromUnloadedImport(e.Msg, unloaded) {
			continue
		}
		if pos, ok := generatedPosition(e.Pos); ok {
			found = append(found, pos+": "+e.Msg)
		}
	}
	if len(found) == 0 {
		return nil
	}
	also := ""
	if len(found) > 1 {
		also = "; also " + strings.Join(found[1:min(len(found), shownCompileErrors)], "; ")
	}
	if len(found) > shownCompileErrors {
		also += fmt.Sprintf(" (and %d more)", len(found)-shownCompileErrors)
	}
	return fmt.Errorf("%s: the generated.pb.go of %s would not compile (upstream writes it so)%s. The cause is in the Go types: "+
		"a type of another package that is not read gets its messages copied here (read that package with '-' in --packages, "+
		"e.g. -k8s.io/api/core/v1; kube-codegen: --proto-pkgs k8s.io/api/core/v1); a type with +protobuf.options.marshal=false needs its own Size, MarshalToSizedBuffer and "+
		"Unmarshal; a +protobuf.as type needs the fields of the type it names; a field of a +protobuf.embed or "+
		"+protobuf.nullable type must be a pointer", found[0], p.PkgPath, also)
}

// unloadedImports returns the names of p's imports that did not load: a
// module the generated code imports that the user's does not require yet
// (gogo's, under --drop-gogo-go=false) is for go get, and the type
// checker sees its package as missing or empty, depending on how the go
// command found it.
func unloadedImports(p *packages.Package) []string {
	var names []string
	for path, imp := range p.Imports {
		if len(imp.Errors) == 0 && imp.Types != nil && imp.Types.Scope().Len() > 0 {
			continue
		}
		name := imp.Name
		if name == "" {
			name = path[strings.LastIndexByte(path, '/')+1:]
		}
		names = append(names, name)
	}
	return names
}

// fromUnloadedImport reports whether a type checker's message is about an
// import that did not load, or about a name looked up in one.
func fromUnloadedImport(msg string, unloaded []string) bool {
	if strings.HasPrefix(msg, "could not import ") {
		return true
	}
	for _, name := range unloaded {
		if strings.HasPrefix(msg, "undefined: "+name+".") {
			return true
		}
	}
	return false
}

// generatedPosition returns pos when it lies in a generated.pb.go.
func generatedPosition(pos string) (string, bool) {
	file, _, _ := strings.Cut(pos, ":")
	return pos, filepath.Base(file) == "generated.pb.go"
}

// conditionalTags returns --conditional as a build tag when it is one
// (a plain name), so that the check builds the generated code it guards.
func conditionalTags(args *Args) []string {
	c := args.Conditional
	if c == "" || strings.ContainsAny(c, "!&|() ,") {
		return nil
	}
	return []string{c}
}
