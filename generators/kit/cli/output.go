package cli

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// CheckOutputPkg returns an error when --output-pkg is not the import path
// that --output-dir has in the module enclosing it (found by its go.mod):
// for generators whose code imports its own packages by --output-pkg, any
// such mismatch gives code that does not build. Without a go.mod above the
// directory (a GOPATH layout), there is nothing to check.
func CheckOutputPkg(dir, pkg string) error {
	return checkOutputPkg(dir, pkg, true)
}

// CheckOutputPkgInModule is CheckOutputPkg for generators whose code never
// imports its own package: only an --output-pkg inside the output
// directory's module, naming another directory of it, is an error; a
// package path of another module is accepted, as upstream accepts it and
// the code builds.
func CheckOutputPkgInModule(dir, pkg string) error {
	return checkOutputPkg(dir, pkg, false)
}

func checkOutputPkg(dir, pkg string, otherModules bool) error {
	m, ok := load.ModuleOf(dir)
	if !ok || m.ImportPath == pkg || vendored(m) {
		return nil
	}
	if pkg == m.Path || strings.HasPrefix(pkg, m.Path+"/") {
		want := filepath.Join(m.Root, filepath.FromSlash(strings.TrimPrefix(pkg, m.Path)))
		return fmt.Errorf("--output-dir %s and --output-pkg %s disagree: in module %s (%s) the directory %s is package %s, and package %s is the directory %s; give --output-dir %s, or --output-pkg %s",
			dir, pkg, m.Path, filepath.Join(m.Root, "go.mod"), m.Dir, m.ImportPath, pkg, want, diag.LocalPath(want), m.ImportPath)
	}
	if !otherModules {
		return nil
	}
	return fmt.Errorf("--output-dir %s and --output-pkg %s disagree: the directory %s is package %s of module %s (%s), and %s is not in that module, so the generated code's imports of it would not find the generated packages; give --output-pkg %s, or an --output-dir inside the module of %s",
		dir, pkg, m.Dir, m.ImportPath, m.Path, filepath.Join(m.Root, "go.mod"), pkg, m.ImportPath, pkg)
}

// vendored reports whether m.Dir is in a vendor directory of its module,
// where the package path is not the module's.
func vendored(m load.Module) bool {
	rel, err := filepath.Rel(m.Root, m.Dir)
	return err == nil && slices.Contains(strings.Split(filepath.ToSlash(rel), "/"), "vendor")
}
