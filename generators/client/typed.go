package client

import (
	"io"
	"path"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/genclient"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// Packages the generated clients name.
const (
	metaPkg     = "k8s.io/apimachinery/pkg/apis/meta/v1"
	gentypePkg  = "k8s.io/client-go/gentype"
	restPkg     = "k8s.io/client-go/rest"
	apiTypesPkg = "k8s.io/apimachinery/pkg/types"
	watchPkg    = "k8s.io/apimachinery/pkg/watch"
)

// typedGenerator writes <type>.go: the typed client of one type.
type typedGenerator struct {
	generator.GoGenerator
	gv      *groupVersionInfo
	t       *types.Type
	tags    genclient.Tags
	imports namer.ImportTracker
}

func (p *plan) newTypedGenerator(gv *groupVersionInfo, t *types.Type, filename string) *typedGenerator {
	return &typedGenerator{
		GoGenerator: generator.GoGenerator{OutputFilename: filename},
		gv:          gv,
		t:           t,
		tags:        gv.in.Tags[t],
		imports:     generator.NewImportTrackerForPackage(gv.typedPkg),
	}
}

// Filter keeps the one type this file is for.
func (g *typedGenerator) Filter(_ *generator.Context, t *types.Type) bool { return t == g.t }

// Namers names types relative to the output package, tracking imports.
func (g *typedGenerator) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.gv.typedPkg, g.imports)}
}

// Imports returns the packages the file names.
func (g *typedGenerator) Imports(*generator.Context) []string { return g.imports.ImportLines() }

// ref names pkg.name for a template.
func ref(c *generator.Context, pkg, name string) *types.Type { return wholefile.Ref(c, pkg, name) }

// typeArgs are the names every typed client template uses.
func (g *typedGenerator) typeArgs(c *generator.Context, t *types.Type) generator.Args {
	args := generator.Args{
		"type": t, "inputType": t, "resultType": t,
		"namespaced":           !g.tags.NonNamespaced,
		"GroupGoName":          g.gv.goName,
		"Version":              namer.IC(string(g.gv.version)),
		"prefersProtobuf":      g.gv.plan.args.PrefersProtobuf,
		"subresourcePath":      "",
		"watchInterface":       ref(c, watchPkg, "Interface"),
		"PatchType":            ref(c, apiTypesPkg, "PatchType"),
		"schemeParameterCodec": ref(c, path.Join(g.gv.plan.clientsetPkg, "scheme"), "ParameterCodec"),
		"fmtErrorf":            ref(c, "fmt", "Errorf"),
		"context":              ref(c, "context", "Context"),
		"timeDuration":         ref(c, "time", "Duration"),
		"timeSecond":           ref(c, "time", "Second"),
		"applyNewRequest":      ref(c, "k8s.io/client-go/util/apply", "NewRequest"),
	}
	for _, o := range []string{"CreateOptions", "DeleteOptions", "GetOptions", "ListOptions", "PatchOptions", "ApplyOptions", "UpdateOptions"} {
		args[o] = ref(c, metaPkg, o)
	}
	if g.gv.plan.generateApply() {
		args["inputApplyConfig"] = g.gv.plan.applyConfig(g.gv.in.Path, t.Name.Name)
	}
	return args
}

// GenerateType writes the getter, the interface, the client struct, its
// constructor and the extension methods.
func (g *typedGenerator) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	args := g.typeArgs(c, t)
	exts := g.extensions(c, t)
	sw.Do(typedGetter, args)
	if !g.tags.NoVerbs {
		g.writeInterfaceMethods(sw, args, exts)
	}
	sw.Do(typedInterfaceEnd, args)
	withList := !g.tags.NoVerbs && g.tags.HasVerb("list")
	withApply := !g.tags.NoVerbs && g.tags.HasVerb("apply") && g.gv.plan.generateApply()
	g.writeStruct(c, sw, args, withList, withApply)
	if g.tags.NoVerbs {
		return sw.Error()
	}
	for _, e := range exts {
		for k, v := range e.args {
			args[k] = v
		}
		bodies := extensionBodies()[e.method.Verb]
		if e.method.Subresource != "" {
			sw.Do(bodies[1], args)
		} else {
			sw.Do(bodies[0], args)
		}
	}
	return sw.Error()
}

// writeInterfaceMethods writes the verbs' methods, then the extensions'.
func (g *typedGenerator) writeInterfaceMethods(sw *generator.SnippetWriter, args generator.Args, exts []extension) {
	skip := g.tags.SkipVerbs
	if !hasStatus(g.t, g.tags) {
		skip = append(append([]string(nil), skip...), "updateStatus", "applyStatus")
	}
	sigs := verbSignatures()
	var methods []string
	for _, v := range genclient.Verbs() {
		if sig, ok := sigs[v]; ok && !contains(skip, v) && (g.gv.plan.generateApply() || !strings.HasPrefix(v, "apply")) {
			methods = append(methods, sig)
		}
	}
	suffix := ""
	if len(exts) > 0 {
		suffix = "\n"
	}
	sw.Do("\n"+strings.Join(methods, "\n")+suffix, args)
	for _, e := range exts {
		sw.Do(e.signature+suffix, e.args)
	}
}

// writeStruct writes the client struct, embedding the gentype client that
// fits the verbs, and its constructor.
func (g *typedGenerator) writeStruct(c *generator.Context, sw *generator.SnippetWriter, args generator.Args, withList, withApply bool) {
	raw := c.Namers["raw"]
	kind := "Client"
	typeArgs := []string{"*" + raw.Name(g.t)}
	if withList {
		kind = "ClientWithList"
		typeArgs = append(typeArgs, "*"+raw.Name(g.t)+"List")
	}
	if withApply {
		kind += map[bool]string{true: "AndApply", false: "WithApply"}[withList]
		typeArgs = append(typeArgs, "*"+raw.Name(args["inputApplyConfig"].(*types.Type)))
	}
	args["embed"] = raw.Name(ref(c, gentypePkg, kind)) + "[" + strings.Join(typeArgs, ", ") + "]"
	sw.Do(typedStruct, args)
	args["newClient"] = raw.Name(ref(c, gentypePkg, "New"+kind)) + "[" + strings.Join(typeArgs, ", ") + "]"
	args["withList"] = withList
	sw.Do(typedConstructor, args)
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

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
