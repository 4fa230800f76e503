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

// checkObject reports a kind that addKnownTypes would register although
// nothing makes it a runtime.Object, so the generated file would not
// compile: see isObject.
func (p *plan) checkObject(t *types.Type) {
	if isObject(t, 0) {
		return
	}
	fix := "add +k8s:deepcopy-gen:interfaces=" + runtimeObject + " to its comment (and run deepcopy-gen), or write a DeepCopyObject() runtime.Object method for it"
	if namer.IsPrivateGoName(t.Name.Name) {
		fix = "deepcopy-gen writes no methods for an unexported type: export it, or write a DeepCopyObject() runtime.Object method for it"
	}
	p.Errs.Addf(p.Index.Type(t).Pos, "%s embeds TypeMeta, so register-gen registers it with the scheme, but it is no runtime.Object (it has no DeepCopyObject method) and the registration would not compile: %s",
		t.Name.Name, fix)
}

// maxEmbedding bounds how deep isObject looks through embedded fields.
const maxEmbedding = 8

// isObject reports whether t is, or will be once deepcopy-gen has run, a
// runtime.Object: it has a DeepCopyObject method, is exported and asks
// deepcopy-gen for one with the interfaces tag (deepcopy-gen's file may
// not exist yet), or embeds a type that is one (its method is promoted).
func isObject(t *types.Type, depth int) bool {
	if t.Kind == types.Pointer && t.Elem != nil {
		t = t.Elem
	}
	if _, ok := t.Methods["DeepCopyObject"]; ok {
		return true
	}
	tagged := slices.ContainsFunc(inplace.TypeLines(t), func(l string) bool { return strings.Contains(l, runtimeObject) })
	if tagged && !namer.IsPrivateGoName(t.Name.Name) {
		return true
	}
	if depth >= maxEmbedding {
		return false
	}
	return slices.ContainsFunc(t.Members, func(m types.Member) bool {
		return m.Embedded && m.Type != nil && isObject(m.Type, depth+1)
	})
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
