package deepcopy

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// gen is the gengo generator that writes one package's deep-copy file.
type gen struct {
	inplace.File
	plan *plan
	all  bool // the package said "package"
}

func (p *plan) newGenerator(pkg *types.Package, all bool) *gen {
	return &gen{File: inplace.NewFile(pkg, p.args.OutputFile), plan: p, all: all}
}

// Filter keeps the package's types that are enabled and copyable.
func (g *gen) Filter(_ *generator.Context, t *types.Type) bool {
	own := g.plan.tags.typeMode(t)
	enabled := (g.all && own != modeFalse) || (!g.all && own == modeTrue)
	return enabled && g.plan.copyable(t)
}

// GenerateType writes DeepCopyInto, DeepCopy and the DeepCopy<Interface>
// methods that t does not already have.
func (g *gen) GenerateType(_ *generator.Context, t *types.Type, w io.Writer) error {
	// The interfaces that do not resolve were reported by the tag check;
	// the package is still generated for the problems of other kinds.
	intfs, _ := g.plan.interfaces(t)
	for _, intf := range intfs {
		g.Tracker.AddType(intf)
	}
	errs := &diag.List{}
	e := &emitter{g: g, w: inplace.NewWriter(errs), owner: t}
	own := methodsOf(t)
	if own.deepCopyInto == nil {
		e.deepCopyInto(t, own)
	}
	if own.deepCopy == nil {
		e.deepCopy(t)
	}
	for _, intf := range intfs {
		e.deepCopyInterface(t, intf, g.plan.tags.nonPointerInterfaces(t))
	}
	if err := errs.Err(); err != nil {
		return err
	}
	_, err := io.WriteString(w, e.w.String())
	return err
}

// interfaces resolves a struct's +k8s:deepcopy-gen:interfaces (loading
// the packages they live in), and returns them deduplicated and sorted.
func (p *plan) interfaces(t *types.Type) ([]*types.Type, error) {
	if t.Kind != types.Struct {
		return nil, nil
	}
	errs := &diag.List{}
	byName := map[string]*types.Type{}
	for _, name := range p.tags.interfaceNames(t) {
		intf, err := p.resolveInterface(name)
		if err != nil {
			errs.Addf(p.Index.Type(t).Find(tagInterfaces+"="), "%v", err)
			continue
		}
		byName[intf.String()] = intf
	}
	out := make([]*types.Type, 0, len(byName))
	for _, intf := range byName {
		out = append(out, intf)
	}
	slices.SortFunc(out, func(a, b *types.Type) int { return strings.Compare(a.String(), b.String()) })
	return out, errs.Err()
}

func (p *plan) resolveInterface(name string) (*types.Type, error) {
	intf, err := inplace.Resolve(p.Loaded, name)
	var missing *inplace.NoTypeError
	switch {
	case errors.As(err, &missing):
		return nil, fmt.Errorf("+%s: unknown interface %s: %v%s", tagInterfaces, name, err, shortPathHint(name))
	case err != nil:
		return nil, fmt.Errorf("+%s: %v%s", tagInterfaces, err, shortPathHint(name))
	}
	if intf.Kind != types.Interface {
		return nil, fmt.Errorf("+%s: %s is not an interface but a %s; name an interface type such as k8s.io/apimachinery/pkg/runtime.Object", tagInterfaces, name, strings.ToLower(string(intf.Kind)))
	}
	return intf, nil
}

// shortPathHint explains, for an interface named with a package's short
// name or import alias (runtime.Object, metav1.Object), that the tag takes
// the full import path.
func shortPathHint(name string) string {
	path := types.ParseFullyQualifiedName(name).Package
	if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
		return ""
	}
	return fmt.Sprintf(" (%q is read as an import path, not as a package name or import alias; write the interface's full import path, e.g. k8s.io/apimachinery/pkg/runtime.Object)", path)
}
