package inplace

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/source"
)

// SchemeBuilder is the variable generated init functions register with
// (conversion-gen's, validation-gen's).
const SchemeBuilder = "localSchemeBuilder"

// DeclaresSchemeBuilder reports whether pkg has, or will have,
// localSchemeBuilder: its own files declare it, an earlier register-gen
// run wrote zz_generated.register.go, or a register-gen run is to come
// (kube_codegen.sh's gen_register runs on every package tagged
// +groupName that has no register.go of its own), unless the package's
// own files already declare the SchemeBuilder or AddToScheme register-gen
// would (a kubebuilder package's groupversion_info.go).
func DeclaresSchemeBuilder(index *source.Index, pkg *types.Package) bool {
	if _, ok := index.TopLevel(pkg.Path, SchemeBuilder); ok {
		return true
	}
	if exists(filepath.Join(pkg.Dir, "zz_generated.register.go")) {
		return true
	}
	for _, name := range []string{"SchemeBuilder", "AddToScheme"} {
		if _, ok := index.TopLevel(pkg.Path, name); ok {
			return false
		}
	}
	doc := index.PackageDoc(pkg.Path)
	return HasGroupName(doc) && !exists(filepath.Join(pkg.Dir, "register.go"))
}

// HasGroupName reports whether the package's doc comment carries
// +groupName.
func HasGroupName(doc *source.Decl) bool {
	return slices.ContainsFunc(doc.Comments, func(l source.Line) bool { return strings.HasPrefix(l.Text, "+groupName=") })
}

// exists reports whether path names an existing file.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
