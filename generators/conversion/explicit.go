package conversion

import (
	"slices"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// requireExplicitSources loads, while conversion-gen plans, the packages
// that +k8s:conversion-gen:explicit-from tags name on the types of the
// packages conversions are written for, in one go, after the peers (the
// order of the types stays upstream's): generation then finds them
// loaded. A package that does not load is reported there, at its tag.
func (p *plan) requireExplicitSources(acts []*activation) {
	var paths []string
	for _, act := range acts {
		for _, t := range p.Context.Universe.Package(act.external).Types {
			values, err := p.tags.explicitFrom.All(inplace.TypeLines(t), tags.Type)
			if err != nil {
				continue
			}
			for _, v := range values {
				if n := types.ParseFullyQualifiedName(v); n.Package != "" && n.Name != "" {
					paths = append(paths, n.Package)
				}
			}
		}
	}
	slices.Sort(paths)
	_ = p.Require(slices.Compact(paths)...)
}
