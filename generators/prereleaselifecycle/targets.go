package prereleaselifecycle

import (
	"path"
	"regexp"
	"slices"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// NewCommand returns prerelease-lifecycle-gen with upstream's default
// flags, for the shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates the APILifecycle{Introduced,Deprecated,Replacement,Removed} methods of types tagged +k8s:prerelease-lifecycle-gen."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(args *Args) *cli.Spec {
	return inplace.Spec(Name, summary, args, NameSystems, Registry, targets)
}

// plan decides, for one run, which packages get lifecycle methods, and
// records every problem it finds on the way.
type plan struct {
	*inplace.Plan
	args *Args
	tags tagSet
}

// NameSystems returns the name systems prerelease-lifecycle-gen uses:
// "public" orders the types as upstream does, "raw" names them in Go
// syntax.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{
		"public": namer.NewPublicNamer(1),
		"raw":    namer.NewRawNamer("", nil),
	}
}

// targets returns one target per input package that says
// +k8s:prerelease-lifecycle-gen=true. On problems it returns every one of
// them, with the targets it could build.
func targets(base *inplace.Plan, args *Args) ([]generator.Target, error) {
	p := &plan{Plan: base, args: args, tags: declareTags()}
	var targets []generator.Target
	for _, pkg := range p.Inputs() {
		if !p.enabled(pkg) {
			p.Check(pkg, nil)
			continue
		}
		p.Check(pkg, p.checkType)
		targets = append(targets, inplace.Target(pkg, p.Header, p.newGenerator(pkg)))
	}
	return targets, p.Errs.Err()
}

// enabled reports whether pkg says +k8s:prerelease-lifecycle-gen=true
// (and never "false"); a malformed value, reported by the tag check,
// enables nothing.
func (p *plan) enabled(pkg *types.Package) bool {
	lines := inplace.PackageLines(p.Registry, p.Index, pkg, tagEnabled)
	values, err := p.tags.enabled.All(lines, tags.Package)
	return err == nil && len(values) > 0 && !slices.Contains(values, false)
}

// isAPIType reports whether upstream writes lifecycle methods for t: an
// exported struct that embeds a TypeMeta.
func isAPIType(t *types.Type) bool {
	return !namer.IsPrivateGoName(t.Name.Name) && t.Kind == types.Struct && inplace.EmbedsTypeMeta(t)
}

var gaVersion = regexp.MustCompile(`^v[0-9]+$`)

// isGA reports whether pkg is a GA version (its path ends in v<N>), whose
// types get Deprecated and Removed methods only when tagged.
func isGA(pkgPath string) bool { return gaVersion.MatchString(path.Base(pkgPath)) }
