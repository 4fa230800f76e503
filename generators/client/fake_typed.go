package client

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// fakeClient writes fake_<type>.go: the fake client of a type, built on
// gentype's fake clients, with its extension methods.
type fakeClient struct{ *typedClient }

// newFakeTyped returns the generator of fake_<type>.go in the fake
// package pkg.
func (p *plan) newFakeTyped(gv *groupVersionInfo, pkg string, t *types.Type) *wholefile.PerType {
	file := "fake_" + strings.ToLower(namer.NewPrivateNamer(0).Name(t)) + ".go"
	return wholefile.NewPerType(file, pkg, wholefile.Only(t), fakeClient{newTypedClient(gv, t)}.write)
}

// write writes the fake struct, its constructor and the fake extension
// methods.
func (g fakeClient) write(c *generator.Context, sw *generator.SnippetWriter, t *types.Type) error {
	args := g.fakeArgs(c, t)
	withList := !g.tags.NoVerbs && g.tags.HasVerb("list")
	withApply := !g.tags.NoVerbs && g.tags.HasVerb("apply") && g.gv.plan.generateApply()
	g.writeFakeStruct(sw, args, withList, withApply)
	if g.tags.NoVerbs {
		return nil
	}
	for _, e := range g.extensions(c, t) {
		for k, v := range e.args {
			args[k] = v
		}
		sw.Do(fakeMethod(e.method), args)
	}
	return nil
}

func (g fakeClient) fakeArgs(c *generator.Context, t *types.Type) generator.Args {
	args := g.typeArgs(c, t)
	args["contextContext"] = args["context"]
	args["realClientInterface"] = wholefile.Ref(g.gv.typedPkg, t.Name.Name+"Interface")
	args["SchemeGroupVersion"] = wholefile.Ref(t.Name.Package, "SchemeGroupVersion")
	args["ApplyPatchType"] = wholefile.Ref(apiTypesPkg, "ApplyPatchType")
	args["jsonMarshal"] = wholefile.Ref("encoding/json", "Marshal")
	for _, a := range []string{"List", "Get", "Delete", "Update", "Create", "Watch", "CreateSubresource", "UpdateSubresource", "GetSubresource", "PatchSubresource"} {
		args["New"+a] = wholefile.Ref(testingPkg, "New"+a+"ActionWithOptions")
		args["NewRoot"+a] = wholefile.Ref(testingPkg, "NewRoot"+a+"ActionWithOptions")
	}
	return args
}

// writeFakeStruct writes the struct, embedding the gentype fake client
// that fits the verbs, and its constructor.
func (g fakeClient) writeFakeStruct(sw *generator.SnippetWriter, args generator.Args, withList, withApply bool) {
	gentypeArgs(args, "Fake", g.t, withList, withApply)
	sw.Do(fakeStruct, args)
	sw.Do(fakeConstructor, args)
}

const fakeStruct = `
// fake$.type|publicPlural$ implements $.type|public$Interface
type fake$.type|publicPlural$ struct {
	*$.gentypeClient|raw$[*$.type|raw$$if .withList$, *$.listType|raw$$end$$if .withApply$, *$.inputApplyConfig|raw$$end$]
	Fake *Fake$.GroupGoName$$.Version$
}
`

const fakeConstructor = `
func newFake$.type|publicPlural$(fake *Fake$.GroupGoName$$.Version$$if .namespaced$, namespace string$end$) $.realClientInterface|raw$ {
	return &fake$.type|publicPlural${
		$.newGentypeClient|raw$[*$.type|raw$$if .withList$, *$.listType|raw$$end$$if .withApply$, *$.inputApplyConfig|raw$$end$](
			fake.Fake,
			$if .namespaced$namespace$else$""$end$,
			$.SchemeGroupVersion|raw$.WithResource("$.type|resource$"),
			$.SchemeGroupVersion|raw$.WithKind("$.type|singularKind$"),
			func() *$.type|raw$ {return &$.type|raw${}},
			$- if .withList $
			func() *$.type|raw$List {return &$.type|raw$List{}},
			func(dst, src *$.type|raw$List) {dst.ListMeta = src.ListMeta},
			func(list *$.type|raw$List) []*$.type|raw$ {return $.gentypeToPointerSlice|raw$(list.Items)},
			func(list *$.type|raw$List, items []*$.type|raw$) {list.Items = $.gentypeFromPointerSlice|raw$(items)},
			$- end $
		),
		fake,
	}
}
`
