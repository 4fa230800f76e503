package deepcopy

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// NewCommand returns deepcopy-gen with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates the DeepCopy and DeepCopyInto methods (and DeepCopyObject, when tagged) of the types of API packages."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(args *Args) *cli.Spec {
	return inplace.Spec(Name, summary, args, NameSystems, Registry, targets)
}

// plan decides, for one run, which packages and types get deep-copy code,
// and records every problem it finds on the way.
type plan struct {
	*inplace.Plan
	args *Args
	tags tagSet
}

// NameSystems returns the name systems deepcopy-gen uses: "public" orders
// the types as upstream does (package-qualified, "_"-joined), "raw" names
// them in Go syntax.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{
		"public": &namer.NameStrategy{
			Join:                func(_ string, parts []string, _ string) string { return strings.Join(parts, "_") },
			PrependPackageNames: 1,
		},
		"raw": namer.NewRawNamer("", nil),
	}
}

// targets returns one target per input package that needs deep-copy code.
// On problems it returns every one of them, with the targets it could
// build so that a caller may still look for more problems in them: a
// package with tag problems still gets its target when its
// +k8s:deepcopy-gen values are well formed, since they alone decide what
// it would generate.
func targets(base *inplace.Plan, args *Args) ([]generator.Target, error) {
	p := &plan{Plan: base, args: args, tags: declareTags()}
	var targets []generator.Target
	for _, pkg := range p.Inputs() {
		p.Check(pkg, p.checkType)
		if p.decidable(pkg) && p.wanted(pkg) {
			targets = append(targets, p.target(pkg))
		}
	}
	return targets, p.Errs.Err()
}

// decidable reports whether every +k8s:deepcopy-gen value of pkg and of its
// types is well formed, so that what pkg would generate is known even when
// it has other problems (reported by check). A malformed value could mean
// anything: guessing would report problems the user did not ask about.
func (p *plan) decidable(pkg *types.Package) bool {
	if _, err := p.tags.enabled.All(p.packageLines(pkg), tags.Package); err != nil {
		return false
	}
	for _, t := range pkg.Types {
		if _, err := p.tags.enabled.All(inplace.TypeLines(t), tags.Type); err != nil {
			return false
		}
	}
	return true
}

// checkType checks what deepcopy-gen reads of a type beyond its tags'
// syntax: the interfaces it names, its hand-written methods, and that its
// +k8s:deepcopy-gen:nonpointer-interfaces values agree.
func (p *plan) checkType(t *types.Type) {
	if _, err := p.interfaces(t); err != nil {
		p.Errs.Add(err)
	}
	if _, err := handWritten(t); err != nil {
		p.Errs.Add(diag.Errorf(p.at(t), "%v", err))
	}
	p.checkNonPointerAgrees(t)
}

// checkNonPointerAgrees reports a +k8s:deepcopy-gen:nonpointer-interfaces
// that contradicts the first one of the type (upstream reads the first).
func (p *plan) checkNonPointerAgrees(t *types.Type) {
	vals, err := p.tags.nonPointer.All(inplace.TypeLines(t), tags.Type)
	if err != nil || len(vals) < 2 {
		return // a bad value is reported by the tag check
	}
	first := strconv.FormatBool(vals[0])
	for _, v := range vals[1:] {
		if v != vals[0] {
			written := strconv.FormatBool(v)
			p.Errs.Addf(p.Index.Type(t).Find(tagNonPointer+"="+written), "+%s=%s contradicts +%s=%s above it; keep one", tagNonPointer, written, tagNonPointer, first)
		}
	}
}

// wanted decides whether pkg gets a file: with "package", when it has a
// copyable type; otherwise when a type opts in with "true". A type that opts
// in but cannot be copied is an error in either mode: upstream stops
// without a package tag, and with one writes nothing for it, silently.
func (p *plan) wanted(pkg *types.Package) bool {
	mode := p.tags.packageMode(p.packageLines(pkg))
	if mode.optedOut {
		return false
	}
	want := false
	for _, t := range inplace.SortedTypes(pkg) {
		optedIn := p.tags.typeMode(t) == modeTrue
		switch {
		case optedIn && !p.copyable(t):
			p.Errs.Addf(p.Index.Type(t).Find(tagEnabled+"=true"),
				"type %s asks for deepcopy-gen but cannot be copied: %s", t.Name.Name, whyNotCopyable(t))
		case optedIn, mode.all && p.copyable(t):
			want = true
		}
	}
	return want
}

// whyNotCopyable says why deepcopy-gen generates nothing for t (which
// copyable refused, not being tagged =false), and what to do instead.
func whyNotCopyable(t *types.Type) string {
	const remove = "remove the tag"
	switch {
	case namer.IsPrivateGoName(t.Name.Name):
		return "deepcopy-gen writes methods only for exported types; export it, or " + remove
	case t.Kind == types.Alias:
		return fmt.Sprintf("a named %s holds nothing to deep-copy (assignment copies it); %s, or write DeepCopy and DeepCopyInto by hand", t.Underlying.Name.Name, remove)
	case t.Kind == types.Pointer:
		return "Go allows no methods on a named pointer type; " + remove + " and copy through the type it points to"
	case t.Kind == types.Interface:
		return "an interface type cannot have methods; " + remove + ", and give the interface a DeepCopy<Name>() method that its implementations define"
	case t.Kind == types.Array:
		return "arrays are not supported; use a slice, or " + remove + " and write DeepCopy and DeepCopyInto by hand"
	}
	return fmt.Sprintf("%s types cannot be deep-copied; %s", strings.ToLower(string(t.Kind)), remove)
}

func (p *plan) target(pkg *types.Package) generator.Target {
	mode := p.tags.packageMode(p.packageLines(pkg))
	return inplace.Target(pkg, p.Header, p.newGenerator(pkg, mode.all))
}

// packageLines returns the lines pkg's +k8s:deepcopy-gen is read from.
func (p *plan) packageLines(pkg *types.Package) []string {
	return inplace.PackageLines(p.Registry, p.Index, pkg, tagEnabled)
}

// at returns the position of a type's declaration.
func (p *plan) at(t *types.Type) token.Position { return p.Index.Type(t).Pos }
