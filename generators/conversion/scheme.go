package conversion

import (
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// requireSchemeBuilder reports a package whose conversions file would not
// compile because nothing declares localSchemeBuilder in it (see
// inplace.DeclaresSchemeBuilder). Upstream writes the file anyway.
func (p *plan) requireSchemeBuilder(pkg *types.Package) {
	if inplace.DeclaresSchemeBuilder(p.Index, pkg) {
		return
	}
	p.Errs.Addf(p.Index.PackageDoc(pkg.Path).Find(tagGen),
		"package %s declares no %s, which the generated %s registers the conversions with (in its init), so the package would not compile; declare it in register.go (var SchemeBuilder = runtime.NewSchemeBuilder(addKnownTypes); %s = &SchemeBuilder), or tag the package +groupName=<group> and run register-gen, which declares it",
		pkg.Path, inplace.SchemeBuilder, p.args.OutputFile, inplace.SchemeBuilder)
}
