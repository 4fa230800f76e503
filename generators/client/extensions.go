package client

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/genclient"
)

// extension is a +genclient:method, resolved for the templates.
type extension struct {
	method genclient.Method
	args   generator.Args // inputType, resultType, verb, subresourcePath...
}

// extensions resolves the type's +genclient:method tags; apply methods
// need --apply-configuration-package.
func (g *typedClient) extensions(c *generator.Context, t *types.Type) []extension {
	var out []extension
	for _, m := range g.tags.Methods {
		if m.Verb == "apply" && !g.gv.plan.generateApply() {
			continue
		}
		out = append(out, g.extension(c, t, m))
	}
	return out
}

func (g *typedClient) extension(c *generator.Context, t *types.Type, m genclient.Method) extension {
	args := g.typeArgs(c, t)
	input, inputPkg := overrideType(c, t, m.Input)
	result, _ := overrideType(c, t, m.Result)
	if inputPkg == "" {
		inputPkg = g.gv.in.Path
	}
	args["inputType"], args["resultType"] = input, result
	args["verb"], args["subresourcePath"] = m.Name, m.Subresource
	if m.Verb == "apply" {
		args["inputApplyConfig"] = g.gv.plan.applyConfig(inputPkg, input.Name.Name)
	}
	return extension{method: m, args: args}
}

// overrideType resolves an input= or result= value: "pkg/path.Type" names
// a type of another package, "Type" one of t's own; "" is t itself.
func overrideType(c *generator.Context, t *types.Type, spec string) (*types.Type, string) {
	if spec == "" {
		return t, ""
	}
	i := strings.LastIndex(spec, ".")
	if i < 0 {
		renamed := *t
		renamed.Name.Name = spec
		return &renamed, ""
	}
	pkg, name := spec[:i], spec[i+1:]
	return c.Universe.Type(types.Name{Package: pkg, Name: name}), pkg
}
