package register

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// NewCommand returns register-gen with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates the registration code of API packages (SchemeGroupVersion, AddToScheme and the known types)."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(args *Args) *cli.Spec {
	return inplace.Spec(Name, summary, args, NameSystems, Registry, targets)
}

// plan decides, for one run, which packages get a registration file, and
// records every problem it finds on the way.
type plan struct {
	*inplace.Plan
	args *Args
	tags tagSet
}

// registration is what one package's file registers.
type registration struct {
	group, version string
	// kinds are the names of the package's types that embed TypeMeta,
	// sorted.
	kinds []string
}

// NameSystems returns the name systems register-gen uses: "raw" names
// the apimachinery types it refers to in Go syntax.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{"public": namer.NewPublicNamer(0), "raw": namer.NewRawNamer("", nil)}
}

// targets returns one target per input package that asks for a
// registration file and can have one. On problems it returns every one of
// them.
func targets(base *inplace.Plan, args *Args) ([]generator.Target, error) {
	p := &plan{Plan: base, args: args, tags: declareTags()}
	var targets []generator.Target
	for _, pkg := range p.Inputs() {
		if !p.Check(pkg, nil) {
			continue
		}
		if r := p.registration(pkg); r != nil {
			targets = append(targets, inplace.Target(pkg, p.Header, p.newGenerator(pkg, r)))
		}
	}
	return targets, p.Errs.Err()
}

// registration returns what pkg's file registers, or nil when pkg gets no
// file: it does not ask for one, or it is one of the packages upstream
// skips (see skipReason).
func (p *plan) registration(pkg *types.Package) *registration {
	on, explicit := p.enabled(pkg)
	if !on {
		return nil
	}
	p.warnMixedTypeMeta(pkg)
	if reason := p.skipReason(pkg); reason != "" {
		if explicit {
			klog.Warningf("%s: package %s has +%s, but %s; register-gen writes nothing for it",
				diag.Where(p.Index.PackageDoc(pkg.Path).Pos), pkg.Path, tagEnabled, reason)
		}
		return nil
	}
	desc, err := apigroup.Describe(pkg, false)
	if err != nil {
		p.Errs.Addf(p.Index.PackageDoc(pkg.Path).Pos, "%v", err)
		return nil
	}
	r := &registration{group: string(desc.Group()), version: string(desc.Version)}
	for _, t := range inplace.SortedTypes(pkg) {
		if inplace.EmbedsTypeMeta(t) {
			r.kinds = append(r.kinds, t.Name.Name)
			p.checkObject(t)
		}
	}
	p.checkNames(pkg)
	return r
}

// enabled reports whether pkg asks for a registration file, and whether
// it does so with +k8s:register-gen itself (rather than +groupName).
// "false" switches the generator off; any other value on, as upstream
// reads it; a value other than true gets a warning. false mixed with
// other values is an error.
func (p *plan) enabled(pkg *types.Package) (on, explicit bool) {
	values, _ := p.tags.enabled.All(inplace.PackageLines(p.Registry, p.Index, pkg, tagEnabled), tags.Package)
	where := p.Index.PackageTag(pkg.Path)
	switch {
	case len(values) == 0:
		_, grouped := p.tags.groupName.Get(pkg.Comments, tags.Package)
		return grouped, false
	case slices.Contains(values, switchOff) && slices.ContainsFunc(values, func(v switchValue) bool { return v != switchOff }):
		p.Errs.Addf(where(tagEnabled+"=false"), "+%s is both false and %s; keep one (false switches register-gen off, true on)", tagEnabled, otherThanFalse(values))
		return false, true
	case values[0] == switchOff:
		return false, true
	}
	for _, v := range values {
		if v != switchOn {
			klog.Warningf("%s: +%s=%s: register-gen reads only true and false, and takes any other value for true; write +%s=true",
				diag.Where(where(tagEnabled+"="+string(v))), tagEnabled, v, tagEnabled)
		}
	}
	return true, true
}

func otherThanFalse(values []switchValue) switchValue {
	for _, v := range values {
		if v != switchOff {
			return v
		}
	}
	return ""
}

// skipReason says why upstream writes no file for pkg although it asks
// for one: its types have no TypeMeta, it is an internal package (its
// TypeMeta has no json tag), or it keeps a hand-written register.go. It
// returns "" when pkg gets a file.
func (p *plan) skipReason(pkg *types.Package) string {
	meta, found := firstTypeMeta(pkg)
	switch {
	case !found:
		return "none of its types has a TypeMeta field"
	case !strings.Contains(meta.Tags, "json"):
		return "it is an internal package (its TypeMeta field has no json tag)"
	}
	_, err := os.Stat(filepath.Join(pkg.Dir, "register.go"))
	switch {
	case err == nil:
		return "it has a hand-written register.go"
	case !errors.Is(err, fs.ErrNotExist):
		return "its register.go cannot be read (" + err.Error() + ")"
	}
	return ""
}

// firstTypeMeta returns the first field named TypeMeta of pkg's types, in
// name order: upstream tells an internal package by it.
func firstTypeMeta(pkg *types.Package) (types.Member, bool) {
	for _, t := range inplace.SortedTypes(pkg) {
		for _, m := range t.Members {
			if m.Name == "TypeMeta" {
				return m, true
			}
		}
	}
	return types.Member{}, false
}
