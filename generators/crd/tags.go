package crd

import "github.com/gengokit/gengokit/generators/kit/tags"

// Registry returns the markers the generator reads, for --help. It owns no
// namespace: controller-gen's other markers (+kubebuilder:rbac, :object,
// :webhook...) are other generators' and are left alone.
func Registry() *tags.Registry {
	r := &tags.Registry{Generator: Name}
	add := func(names []string, scopes tags.Scope, doc string) {
		for _, n := range names {
			r.Definitions = append(r.Definitions, tags.Definition{Name: n, Scopes: scopes, Doc: doc, Repeatable: true})
		}
	}
	add(packageMarkers, tags.Package, "a package marker of controller-gen's crd generator")
	add(typeMarkers, tags.Type, "a kind's marker of controller-gen's crd generator")
	add([]string{"kubebuilder:skipversion"}, tags.Type, "leaves this version of the kind out of its CRD")
	add(fieldMarkers, tags.Type|tags.Member, "a schema marker of controller-gen's crd generator")
	return r
}
