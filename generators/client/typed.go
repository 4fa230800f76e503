package client

import (
	"path"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/genclient"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// Packages the generated clients name.
const (
	metaPkg      = "k8s.io/apimachinery/pkg/apis/meta/v1"
	gentypePkg   = "k8s.io/client-go/gentype"
	restPkg      = "k8s.io/client-go/rest"
	apiTypesPkg  = "k8s.io/apimachinery/pkg/types"
	watchPkg     = "k8s.io/apimachinery/pkg/watch"
	runtimePkg   = "k8s.io/apimachinery/pkg/runtime"
	discoveryPkg = "k8s.io/client-go/discovery"
)

// typedClient is what a type's client files are written from: the typed
// client (<type>.go) and its fake (fake_<type>.go).
type typedClient struct {
	gv   *groupVersionInfo
	t    *types.Type
	tags genclient.Tags
}

func newTypedClient(gv *groupVersionInfo, t *types.Type) *typedClient {
	return &typedClient{gv: gv, t: t, tags: gv.in.Tags[t]}
}

// newTyped returns the generator of <type>.go: the typed client of t.
func (p *plan) newTyped(gv *groupVersionInfo, t *types.Type) *wholefile.PerType {
	file := strings.ToLower(namer.NewPrivateNamer(0).Name(t)) + ".go"
	return wholefile.NewPerType(file, gv.typedPkg, wholefile.Only(t), newTypedClient(gv, t).write)
}

// typeArgs are the names every typed client template uses.
func (g *typedClient) typeArgs(c *generator.Context, t *types.Type) generator.Args {
	args := generator.Args{
		"type": t, "inputType": t, "resultType": t,
		"namespaced":           !g.tags.NonNamespaced,
		"GroupGoName":          g.gv.goName,
		"Version":              namer.IC(string(g.gv.version)),
		"prefersProtobuf":      g.gv.plan.args.PrefersProtobuf,
		"subresourcePath":      "",
		"watchInterface":       wholefile.Ref(watchPkg, "Interface"),
		"PatchType":            wholefile.Ref(apiTypesPkg, "PatchType"),
		"schemeParameterCodec": wholefile.Ref(path.Join(g.gv.plan.clientsetPkg, "scheme"), "ParameterCodec"),
		"fmtErrorf":            wholefile.Ref("fmt", "Errorf"),
		"context":              wholefile.Ref("context", "Context"),
		"timeDuration":         wholefile.Ref("time", "Duration"),
		"timeSecond":           wholefile.Ref("time", "Second"),
		"applyNewRequest":      wholefile.Ref("k8s.io/client-go/util/apply", "NewRequest"),
	}
	for _, o := range []string{"CreateOptions", "DeleteOptions", "GetOptions", "ListOptions", "PatchOptions", "ApplyOptions", "UpdateOptions"} {
		args[o] = wholefile.Ref(metaPkg, o)
	}
	if g.gv.plan.generateApply() {
		args["inputApplyConfig"] = g.gv.plan.applyConfig(g.gv.in.Path, t.Name.Name)
	}
	return args
}

// write writes the getter, the interface, the client struct, its
// constructor and the extension methods.
func (g *typedClient) write(c *generator.Context, sw *generator.SnippetWriter, t *types.Type) error {
	args := g.typeArgs(c, t)
	exts := g.extensions(c, t)
	sw.Do(typedGetter, args)
	if !g.tags.NoVerbs {
		g.writeInterfaceMethods(sw, args, exts)
	}
	sw.Do(typedInterfaceEnd, args)
	withList := !g.tags.NoVerbs && g.tags.HasVerb("list")
	withApply := !g.tags.NoVerbs && g.tags.HasVerb("apply") && g.gv.plan.generateApply()
	g.writeStruct(sw, args, withList, withApply)
	if g.tags.NoVerbs {
		return nil
	}
	for _, e := range exts {
		for k, v := range e.args {
			args[k] = v
		}
		sw.Do(methodBody(e.method), args)
	}
	return nil
}

// writeInterfaceMethods writes the verbs' methods, then the extensions';
// a blank line sets the extensions apart.
func (g *typedClient) writeInterfaceMethods(sw *generator.SnippetWriter, args generator.Args, exts []extension) {
	skip := g.tags.SkipVerbs
	if !hasStatus(g.t, g.tags) {
		skip = append(append([]string(nil), skip...), "updateStatus", "applyStatus")
	}
	sw.Do("\n", nil)
	sep := ""
	for _, v := range genclient.Verbs() {
		if slices.Contains(skip, v) || (!g.gv.plan.generateApply() && strings.HasPrefix(v, "apply")) {
			continue
		}
		sw.Do(sep, nil)
		args["verb"] = namer.IC(v)
		sw.Do(signature(v, false), args)
		sep = "\n"
	}
	delete(args, "verb")
	if len(exts) == 0 {
		return
	}
	sw.Do("\n", nil)
	for _, e := range exts {
		sw.Do(signature(e.method.Verb, e.method.Subresource != ""), e.args)
		sw.Do("\n", nil)
	}
}

// writeStruct writes the client struct, embedding the gentype client that
// fits the verbs, and its constructor.
func (g *typedClient) writeStruct(sw *generator.SnippetWriter, args generator.Args, withList, withApply bool) {
	gentypeArgs(args, "", g.t, withList, withApply)
	sw.Do(typedStruct, args)
	sw.Do(typedConstructor, args)
}

// gentypeArgs sets what the struct and constructor templates of a typed
// client (prefix "") or a fake one (prefix "Fake") name: the gentype
// generic they embed, whose kind fits the verbs (gentypeClient,
// newGentypeClient), t's list type (listType), withList and withApply,
// and gentype's helpers.
func gentypeArgs(args generator.Args, prefix string, t *types.Type, withList, withApply bool) {
	kind := prefix + "Client"
	switch {
	case withList && withApply:
		kind += "WithListAndApply"
	case withList:
		kind += "WithList"
	case withApply:
		kind += "WithApply"
	}
	args["gentypeClient"] = wholefile.Ref(gentypePkg, kind)
	args["newGentypeClient"] = wholefile.Ref(gentypePkg, "New"+kind)
	args["listType"] = wholefile.Ref(t.Name.Package, t.Name.Name+"List")
	args["withList"], args["withApply"] = withList, withApply
	for _, fn := range []string{"PrefersProtobuf", "ToPointerSlice", "FromPointerSlice"} {
		args["gentype"+fn] = wholefile.Ref(gentypePkg, fn)
	}
}

// hasStatus reports whether a type gets UpdateStatus and ApplyStatus: it
// has a Status member and no +genclient:noStatus.
func hasStatus(t *types.Type, tg genclient.Tags) bool {
	for _, m := range t.Members {
		if m.Name == "Status" {
			return !tg.NoStatus
		}
	}
	return false
}
