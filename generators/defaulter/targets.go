package defaulter

import (
	"go/token"
	"path"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// NewCommand returns defaulter-gen with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates the SetObjectDefaults functions that apply a package's SetDefaults functions and +default tags to whole objects, and RegisterDefaults."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(args *Args) *cli.Spec {
	return inplace.Spec(Name, summary, args, NameSystems, Registry, targets)
}

// plan decides, for one run, which packages get a defaults file and what
// each object defaulter calls, and records every problem on the way.
type plan struct {
	*inplace.Plan
	args *Args
	tags tagSet
	// manual holds the hand-written defaulters found so far, by the type
	// they default. It grows package by package, as upstream's does, so
	// that what a package promotes depends on the packages before it.
	manual funcMap
	// checked records the packages whose functions were checked.
	checked map[string]bool
}

// activation is what a package's doc.go says about defaulter-gen.
type activation struct {
	fields []string // the field names of +k8s:defaulter-gen
	input  string   // the package whose types are defaulted
}

// NameSystems returns the name systems defaulter-gen uses: "public" orders
// the types as upstream does, "raw" names them in Go syntax.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{"public": namer.NewPublicNamer(1), "raw": namer.NewRawNamer("", nil)}
}

// targets returns one target per input package that asks for defaulters.
// On problems it returns every one of them.
func targets(base *inplace.Plan, args *Args) ([]generator.Target, error) {
	p := &plan{Plan: base, args: args, tags: declareTags(), manual: funcMap{}, checked: map[string]bool{}}
	acts := map[string]*activation{}
	var extra []string
	for _, pkg := range p.Inputs() {
		p.Check(pkg, p.checkType)
		if act := p.activation(pkg); act != nil {
			acts[pkg.Path] = act
			if act.input != pkg.Path {
				extra = append(extra, act.input)
			}
		}
	}
	peers, err := p.loadMore(extra)
	if err != nil {
		return nil, p.loadFailure(p.Context.Inputs, acts, err)
	}
	p.requireRefs(append(append(slices.Clone(p.Context.Inputs), extra...), peers...))
	var targets []generator.Target
	for _, path := range p.Context.Inputs {
		if tgt := p.packageTarget(path, acts[path], peers); tgt != nil {
			targets = append(targets, tgt)
		}
	}
	return targets, p.Errs.Err()
}

// activation reads pkg's doc.go: nil when defaulter-gen does nothing for
// it (no +k8s:defaulter-gen, or "false", or a value that does not parse).
func (p *plan) activation(pkg *types.Package) *activation {
	lines := inplace.PackageLines(p.Registry, p.Index, pkg, tagEnabled)
	values, err := p.tags.enabled.All(lines, tags.Package)
	if err != nil || len(values) == 0 {
		return nil
	}
	if slices.Contains(values, valueFalse) {
		if fields := slices.DeleteFunc(slices.Clone(values), func(v enabledValue) bool { return v == valueFalse }); len(fields) > 0 {
			p.Errs.Addf(p.Index.PackageDoc(pkg.Path).Find(tagEnabled+"="+string(valueFalse)),
				"+%s=false turns defaulter-gen off but the package also names fields %v; keep one or the other", tagEnabled, fields)
		}
		return nil
	}
	fields := make([]string, len(values)) // in doc.go, every value but "false" is a field name
	for i, v := range values {
		fields[i] = string(v)
	}
	act := &activation{fields: fields, input: pkg.Path}
	inputs, err := p.tags.input.All(lines, tags.Package)
	if err != nil {
		return nil // reported by the tag check
	}
	if len(inputs) > 0 {
		act.input = inputs[0]
	}
	return act
}

// loadMore loads the packages named by +k8s:defaulter-gen-input and
// --extra-peer-dirs, returns the peers' import paths, and orders the
// universe again, as upstream does.
func (p *plan) loadMore(inputs []string) ([]string, error) {
	var peers []string
	for _, dir := range p.args.ExtraPeerDirs {
		if i := strings.Index(dir, "/vendor/"); i >= 0 {
			dir = dir[i+len("/vendor/"):]
		}
		peers = append(peers, dir)
	}
	found, err := p.Peers(peers)
	if err != nil {
		return nil, diag.Errorf(token.Position{}, "--extra-peer-dirs: cannot find %s: %s", strings.Join(peers, ", "), firstLine(load.Describe(err)))
	}
	all := append(slices.Clone(inputs), found...)
	if err := p.AddPeers(all); err != nil {
		return nil, diag.Errorf(token.Position{}, "cannot load %s: %s", strings.Join(all, ", "), firstLine(load.Describe(err)))
	}
	return found, nil
}

// loadFailure turns a failure to load the packages named by
// +k8s:defaulter-gen-input into an error at each tag whose package does
// not load on its own; err, when none does (a peer failed).
func (p *plan) loadFailure(inputs []string, acts map[string]*activation, err error) error {
	errs := &diag.List{}
	for _, path := range inputs {
		act := acts[path]
		if act == nil || act.input == path {
			continue
		}
		if loadErr := p.Require(act.input); loadErr != nil {
			errs.Addf(p.Index.PackageDoc(path).Find(tagInput+"="+act.input),
				"+%s: cannot load package %s: %s (write the import path of a package the module can load)", tagInput, act.input, firstLine(load.Describe(loadErr)))
		}
	}
	if errs.Len() == 0 {
		return err
	}
	return errs.Err()
}

// firstLine returns the first line of a loader's message, without the
// "to add it" advice that the next lines would complete.
func firstLine(msg string) string {
	msg, _, _ = strings.Cut(msg, "\n")
	return strings.TrimSuffix(msg, "; to add it:")
}

// packageTarget collects the hand-written defaulters of the input package
// at path and of the peers, then, when the package asks for defaulters,
// returns its target.
func (p *plan) packageTarget(path string, act *activation, peers []string) generator.Target {
	pkg := p.Context.Universe.Package(path)
	p.collect(pkg, true)
	for _, peer := range peers {
		p.collect(p.Context.Universe.Package(peer), false)
	}
	if act == nil {
		return nil
	}
	typesPkg := p.Context.Universe.Package(act.input)
	if len(typesPkg.Types) == 0 && typesPkg.Dir == "" {
		p.Errs.Addf(p.Index.PackageDoc(path).Find(tagInput+"="+act.input), "+%s: package %s cannot be found", tagInput, act.input)
		return nil
	}
	objects := p.promote(pkg, typesPkg, act)
	return &generator.SimpleTarget{
		PkgName:       path2Name(pkg),
		PkgPath:       pkg.Path,
		PkgDir:        pkg.Dir,
		HeaderComment: p.Header,
		FilterFunc: func(_ *generator.Context, t *types.Type) bool {
			return t.Name.Package == typesPkg.Path
		},
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			return []generator.Generator{p.newGenerator(pkg, objects)}
		},
	}
}

// path2Name returns the package clause of the generated file: the
// package's name (upstream takes its path's last element, which is the
// same for every package whose directory is named after it).
func path2Name(pkg *types.Package) string {
	if pkg.Name != "" {
		return pkg.Name
	}
	return path.Base(pkg.Path)
}
