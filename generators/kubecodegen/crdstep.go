package kubecodegen

import (
	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/crd"
	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// crdRequest asks for CRDs: a package with +groupName (its kinds are
// known once it is loaded).
func crdRequest() request { return request{prefix: "groupName"} }

// bindCRD binds the crd step's flags: crd's own, named --crd-<flag>.
func (o *options) bindCRD(fs *pflag.FlagSet) {
	o.crd = crd.NewArgs()
	o.crd.BindFlags(fs, "crd-")
}

// bindAllCRD binds --with-crd and the crd step's flag.
func (o *options) bindAllCRD(fs *pflag.FlagSet) {
	fs.BoolVar(&o.withCRD, "with-crd", false, "also write the CustomResourceDefinitions of the kinds (the crd subcommand's step)")
	o.bindCRD(fs)
}

// crdStep plans the CRDs of the +groupName packages: one YAML file per
// kind into --crd-output-dir. A previous run's CRDs of the same groups
// there (named <group>_*.yaml, with controller-gen's annotation line) are
// the run's to replace or remove; other groups' are left alone.
func (o *options) crdStep(pkgs []apiPackage, p *plan) {
	tagged := requested(pkgs, crdRequest())
	var globs []string
	for _, pkg := range tagged {
		if group, ok := apigroup.GroupName(pkg.lines); ok {
			globs = append(globs, group+"_*.yaml")
		}
	}
	if len(globs) > 0 {
		p.scopes = append(p.scopes, run.Scope{Generator: crd.Name, Dirs: []string{o.crd.OutputDir}, Globs: globs, Marker: crd.Marker})
	}
	if len(tagged) > 0 {
		p.phase1 = append(p.phase1, step{gen: crd.Command(o.crd), patterns: importPaths(tagged)})
	}
}
