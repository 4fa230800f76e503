package inplace

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/header"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Flags are an in-place generator's flags: FileFlags, embedded, and the
// generator's own.
type Flags interface {
	cli.Flags
	fileFlags() *FileFlags
}

func (f *FileFlags) fileFlags() *FileFlags { return f }

// Plan is what every in-place generator's plan for one run starts from:
// the generator embeds it in its own plan.
type Plan struct {
	// Registry declares the tags the generator reads.
	Registry *tags.Registry
	// Loaded is the generator's view of the run's load: gengo's context,
	// the position index, and the way to load more packages.
	*load.Loaded
	// Errs collects every problem the run finds.
	Errs *diag.List
	// Header is the header of every generated file.
	Header []byte
}

// Inputs returns the input packages, in the order they were given.
func (p *Plan) Inputs() []*types.Package {
	out := make([]*types.Package, 0, len(p.Context.Inputs))
	for _, path := range p.Context.Inputs {
		out = append(out, p.Context.Universe.Package(path))
	}
	return out
}

// Check reports, in Errs, every tag problem of pkg, its types and their
// fields, running checkType (when not nil) on each type after its tags,
// and reports whether it found none.
func (p *Plan) Check(pkg *types.Package, checkType func(*types.Type)) bool {
	c := &Checker{Registry: p.Registry, Index: p.Index, Errs: p.Errs, CheckType: checkType}
	return c.Package(pkg)
}

// Spec describes the in-place generator named name to the runner: its
// purpose (summary, for --help), flags args, name systems ordered by
// "public", the tags of registry, and the targets that targets returns
// from the run's Plan (header built from args' FileFlags). Its
// --lint-rules are FileFlags'.
func Spec[A Flags](name, summary string, args A, systems func() namer.NameSystems, registry func() *tags.Registry,
	targets func(*Plan, A) ([]generator.Target, error)) *cli.Spec {
	return &cli.Spec{
		Name:        name,
		Summary:     summary,
		Flags:       args,
		NameSystems: systems,
		Order:       "public",
		Registry:    registry,
		Targets: func(l *load.Loaded) ([]generator.Target, error) {
			p, err := newPlan(name, args.fileFlags(), registry(), l)
			if err != nil {
				return nil, err
			}
			return targets(p, args)
		},
		LintRules: func() []string { return args.fileFlags().LintRules },
	}
}

// newPlan returns the Plan of one run over l, with the file header f
// asks for.
func newPlan(name string, f *FileFlags, reg *tags.Registry, l *load.Loaded) (*Plan, error) {
	hdr, err := header.Build(header.Options{Generator: name, BuildTag: f.BuildTag, File: f.GoHeaderFile, Year: f.Year})
	if err != nil {
		return nil, err
	}
	return &Plan{Registry: reg, Loaded: l, Errs: &diag.List{}, Header: hdr}, nil
}
