package register

import (
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// declaredNames returns the package-level names the generated file
// declares.
func declaredNames() []string {
	return []string{
		"GroupName", "GroupVersion", "SchemeGroupVersion", "Resource",
		"SchemeBuilder", "localSchemeBuilder", "AddToScheme", "Install", "addKnownTypes",
	}
}

// runtimeObject is the interface deepcopy-gen's interfaces tag names to
// give a type its DeepCopyObject method.
const runtimeObject = "k8s.io/apimachinery/pkg/runtime.Object"

// checkNames reports each name the generated file would declare that
// another file of pkg declares already: upstream writes the file anyway,
// and the package no longer compiles.
func (p *plan) checkNames(pkg *types.Package) {
	names := declaredNames()
	for _, name := range names {
		d, ok := p.Index.TopLevel(pkg.Path, name)
		if !ok || filepath.Base(d.Pos.Filename) == p.args.OutputFile {
			continue
		}
		p.Errs.Addf(d.Pos, "%s is declared here, and register-gen declares it too in %s (with %s); remove this declaration, or keep your own registration in a file named register.go, which makes register-gen skip the package",
			name, p.args.OutputFile, strings.Join(names, ", "))
	}
}

// warnNotObject warns about a kind that will not compile in
// addKnownTypes because it is no runtime.Object: it has no DeepCopyObject
// method, and no deepcopy-gen tag asks for one (deepcopy-gen writes none
// for an unexported type, tag or not).
func (p *plan) warnNotObject(t *types.Type) {
	if _, ok := t.Methods["DeepCopyObject"]; ok {
		return
	}
	lines := inplace.TypeLines(t)
	tagged := slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, runtimeObject) })
	if tagged && !namer.IsPrivateGoName(t.Name.Name) {
		return
	}
	klog.Warningf("%s: %s embeds TypeMeta, so register-gen registers it, but it has no DeepCopyObject method and no +k8s:deepcopy-gen:interfaces=%s tag: the registration will not compile until it is a runtime.Object",
		diag.Where(p.Index.Type(t).Pos), t.Name.Name, runtimeObject)
}

// warnMixedTypeMeta warns when some TypeMeta fields of pkg have a json tag
// and others have none: upstream tells an internal package by whichever
// it meets first in Go's random map order, so its output changes from run
// to run; ours goes by the first type in name order.
func (p *plan) warnMixedTypeMeta(pkg *types.Package) {
	var tagged, untagged string
	for _, t := range inplace.SortedTypes(pkg) {
		for _, m := range t.Members {
			switch {
			case m.Name != "TypeMeta":
			case strings.Contains(m.Tags, "json") && tagged == "":
				tagged = t.Name.Name
			case !strings.Contains(m.Tags, "json") && untagged == "":
				untagged = t.Name.Name
			}
		}
	}
	if tagged != "" && untagged != "" {
		klog.Warningf("%s: the TypeMeta of %s has a json tag and that of %s has none: upstream register-gen then takes the package for internal or not at random; register-gen goes by the first type in name order (give every TypeMeta the same tags)",
			diag.Where(p.Index.PackageDoc(pkg.Path).Pos), tagged, untagged)
	}
}
