package validation

import (
	"fmt"
	"regexp"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// ifOption is the handler of +k8s:ifEnabled(<option>) (enabled) or
// +k8s:ifDisabled(<option>): its tag's validations run only when the
// option is (or is not) enabled.
func (p *plan) ifOption(enabled bool) tagHandler {
	return func(ctx tagContext, tag codetags.Tag) (validations, error) {
		opt, _ := tag.PositionalArg()
		v, err := p.nested(ctx, tag)
		if err != nil {
			return validations{}, err
		}
		wrapFor := func(t *types.Type) func(call) call {
			return func(c call) call {
				return call{fn: validateFn("IfOption"), args: []any{opt.Value, enabled, wrapper{call: c, objType: t}},
					shortCircuit: c.shortCircuit, nonError: c.nonError}
			}
		}
		v = v.wrap(wrapFor(ctx.t))
		if ctx.parent != nil {
			v = v.wrapParent(wrapFor(ctx.parent))
		}
		return v, nil
	}
}

// kubeVersion is a Kubernetes release, <major>.<minor>.
var kubeVersion = regexp.MustCompile(`^\d+\.\d+$`)

// level is the handler of +k8s:alpha or +k8s:beta: its tag's validations
// report their errors at that stability level.
func (p *plan) level(l stability) tagHandler {
	return func(ctx tagContext, tag codetags.Tag) (validations, error) {
		if len(tag.Args) > 1 {
			return validations{}, fmt.Errorf("takes at most one argument, since: the Kubernetes version")
		}
		if len(tag.Args) == 1 && !kubeVersion.MatchString(tag.Args[0].Value) {
			return validations{}, fmt.Errorf("since: %q is not a Kubernetes version: write <major>.<minor>, e.g. 1.34", tag.Args[0].Value)
		}
		ctx.level = l
		v, err := p.nested(ctx, tag)
		if err != nil {
			return validations{}, err
		}
		mark := func(c call) call {
			if c.selfLevel {
				return c
			}
			c.level = l
			return c
		}
		return v.wrap(mark).wrapParent(mark), nil
	}
}
