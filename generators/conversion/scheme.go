package conversion

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/source"
)

// schemeBuilder is the variable the generated init registers the
// conversions with; the package declares it (register.go), or register-gen
// does (zz_generated.register.go).
const schemeBuilder = "localSchemeBuilder"

// requireSchemeBuilder reports a package whose conversions file would not
// compile because nothing declares localSchemeBuilder in it: not its own
// files, not an earlier register-gen output, and not a register-gen run to
// come (kube_codegen.sh's gen_register runs on every package tagged
// +groupName that has no register.go of its own). Upstream writes the file
// anyway.
func (p *plan) requireSchemeBuilder(pkg *types.Package) {
	if _, ok := p.Index.TopLevel(pkg.Path, schemeBuilder); ok {
		return
	}
	if exists(filepath.Join(pkg.Dir, "zz_generated.register.go")) {
		return
	}
	doc := p.Index.PackageDoc(pkg.Path)
	if hasGroupName(doc) && !exists(filepath.Join(pkg.Dir, "register.go")) {
		return
	}
	p.Errs.Addf(doc.Find(tagGen),
		"package %s declares no %s, which the generated %s registers the conversions with (in its init), so the package would not compile; declare it in register.go (var SchemeBuilder = runtime.NewSchemeBuilder(addKnownTypes); %s = &SchemeBuilder), or tag the package +groupName=<group> and run register-gen, which declares it",
		pkg.Path, schemeBuilder, p.args.OutputFile, schemeBuilder)
}

// hasGroupName reports whether the package's doc comment carries
// +groupName.
func hasGroupName(doc *source.Decl) bool {
	return slices.ContainsFunc(doc.Comments, func(l source.Line) bool { return strings.HasPrefix(l.Text, "+groupName=") })
}

// exists reports whether path names an existing file.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
