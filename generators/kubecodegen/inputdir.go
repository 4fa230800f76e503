package kubecodegen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/gomod"
)

// notADirectory explains why the input directory dir is not one here, with
// the directory to give when one can be worked out: the local directory of
// an import path of the current module, or the path taken from the module
// root when the run is in a subdirectory.
func notADirectory(dir string) error {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("the input directory %s is a file; give the directory under which the API packages are, e.g. %s", dir, diag.LocalPath(filepath.Dir(dir)))
	}
	mod, _ := gomod.Find(".")
	if looksImported(dir) {
		if local, ok := localDirOf(mod, dir); ok {
			return fmt.Errorf("the input directory %s is an import path; kube-codegen takes the local directory (as kube_codegen.sh does): give %s", dir, local)
		}
		return fmt.Errorf("the input directory %s is not a directory here: it looks like an import path, and kube-codegen takes the local directory under which the API packages are (as kube_codegen.sh does), e.g. %s", dir, example(dir))
	}
	if mod != nil && !filepath.IsAbs(dir) {
		if local := diag.LocalPath(filepath.Join(mod.Dir, dir)); isDir(local) {
			return fmt.Errorf("the input directory %s is not a directory here (it is one under the module root %s): give %s", dir, mod.Dir, local)
		}
	}
	wd, _ := os.Getwd()
	return fmt.Errorf("the input directory %s does not exist in %s; give the local directory under which the API packages are, relative to it, e.g. %s", dir, wd, example(dir))
}

// looksImported reports whether dir reads as an import path rather than a
// directory: not absolute, not starting with "." and with a dot in its
// first element, like example.com/shop/pkg/apis.
func looksImported(dir string) bool {
	if filepath.IsAbs(dir) || strings.HasPrefix(dir, ".") {
		return false
	}
	first, _, _ := strings.Cut(filepath.ToSlash(dir), "/")
	return strings.Contains(first, ".")
}

// localDirOf returns the local directory of the import path in mod, when
// it is one of mod's packages and exists.
func localDirOf(mod *gomod.Module, importPath string) (string, bool) {
	if mod == nil || mod.Path == "" {
		return "", false
	}
	rest, ok := strings.CutPrefix(importPath, mod.Path)
	if !ok || (rest != "" && !strings.HasPrefix(rest, "/")) {
		return "", false
	}
	local := diag.LocalPath(filepath.Join(mod.Dir, filepath.FromSlash(rest)))
	return local, isDir(local)
}

// example returns an input directory to show as an example, other than
// the one given.
func example(given string) string {
	for _, e := range []string{"./pkg/apis", "./apis", "./api"} {
		if filepath.Clean(e) != filepath.Clean(given) && isDir(e) {
			return e
		}
	}
	if filepath.Clean(given) == filepath.Clean("./pkg/apis") {
		return "./api"
	}
	return "./pkg/apis"
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
