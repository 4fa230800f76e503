package client

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/genclient"
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
	g.writeFakeStruct(c, sw, args, withList, withApply)
	if g.tags.NoVerbs {
		return nil
	}
	for _, e := range g.extensions(c, t) {
		for k, v := range e.args {
			args[k] = v
		}
		sw.Do(fakeExtension(e.method), args)
	}
	return nil
}

func (g fakeClient) fakeArgs(c *generator.Context, t *types.Type) generator.Args {
	args := g.typeArgs(c, t)
	args["contextContext"] = args["context"]
	args["realClientInterface"] = wholefile.Ref(c, g.gv.typedPkg, t.Name.Name+"Interface")
	args["SchemeGroupVersion"] = wholefile.Ref(c, t.Name.Package, "SchemeGroupVersion")
	args["ApplyPatchType"] = wholefile.Ref(c, apiTypesPkg, "ApplyPatchType")
	args["jsonMarshal"] = wholefile.Ref(c, "encoding/json", "Marshal")
	for _, a := range []string{"List", "Get", "Delete", "Update", "Create", "Watch", "CreateSubresource", "UpdateSubresource", "GetSubresource", "PatchSubresource"} {
		args["New"+a] = wholefile.Ref(c, testingPkg, "New"+a+"ActionWithOptions")
		args["NewRoot"+a] = wholefile.Ref(c, testingPkg, "NewRoot"+a+"ActionWithOptions")
	}
	return args
}

// writeFakeStruct writes the struct, embedding the gentype fake client
// that fits the verbs, and its constructor.
func (g fakeClient) writeFakeStruct(c *generator.Context, sw *generator.SnippetWriter, args generator.Args, withList, withApply bool) {
	raw := c.Namers["raw"]
	kind := "FakeClient"
	if withList {
		kind = "FakeClientWithList"
	}
	if withApply {
		kind += map[bool]string{true: "AndApply", false: "WithApply"}[withList]
	}
	embed := raw.Name(wholefile.Ref(c, gentypePkg, kind))
	typeArgs := []string{"*" + raw.Name(g.t)}
	if withList {
		typeArgs = append(typeArgs, "*"+raw.Name(g.t)+"List")
	}
	if withApply {
		typeArgs = append(typeArgs, "*"+raw.Name(args["inputApplyConfig"].(*types.Type)))
	}
	args["embed"] = embed + "[" + strings.Join(typeArgs, ", ") + "]"
	sw.Do(fakeStruct, args)
	args["newClient"] = raw.Name(wholefile.Ref(c, gentypePkg, "New"+kind)) + "[" + strings.Join(typeArgs, ", ") + "]"
	args["withList"] = withList
	sw.Do(fakeConstructor, args)
}

const fakeStruct = `
// fake$.type|publicPlural$ implements $.type|public$Interface
type fake$.type|publicPlural$ struct {
	*$.embed$
	Fake *Fake$.GroupGoName$$.Version$
}
`

const fakeConstructor = `
func newFake$.type|publicPlural$(fake *Fake$.GroupGoName$$.Version$$if .namespaced$, namespace string$end$) $.realClientInterface|raw$ {
	return &fake$.type|publicPlural${
		$.newClient$(
			fake.Fake,
			$if .namespaced$namespace$else$""$end$,
			$.SchemeGroupVersion|raw$.WithResource("$.type|resource$"),
			$.SchemeGroupVersion|raw$.WithKind("$.type|singularKind$"),
			func() *$.type|raw$ {return &$.type|raw${}},
			$- if .withList $
			func() *$.type|raw$List {return &$.type|raw$List{}},
			func(dst, src *$.type|raw$List) {dst.ListMeta = src.ListMeta},
			func(list *$.type|raw$List) []*$.type|raw$ {return gentype.ToPointerSlice(list.Items)},
			func(list *$.type|raw$List, items []*$.type|raw$) {list.Items = gentype.FromPointerSlice(items)},
			$- end $
		),
		fake,
	}
}
`

// fakeExtension returns the template of a fake extension method: the
// verb's fake method under the extension's name.
func fakeExtension(m genclient.Method) string {
	templates := fakeTemplates()
	key := m.Verb
	if _, ok := templates[key+"Sub"]; ok && m.Subresource != "" {
		key += "Sub"
	}
	return strings.ReplaceAll(templates[key], "$.verb$", m.Name)
}

// fakeInvokes is the call both scopes make, namespaced or at the root; a
// namespaced call leaves a blank line after it, as upstream's output has.
func fakeInvokes(namespaced, root string) string {
	return "\tobj, err := c.Fake.\n\t\t$if .namespaced$Invokes(" + namespaced + ")\n\t\t$else$Invokes(" + root + ")$end$\n"
}

const fakeReturn = "\tif obj == nil {\n\t\treturn emptyResult, err\n\t}\n\treturn obj.(*$.resultType|raw$), err\n}\n"

// fakeTemplates returns the fake extension methods, keyed by verb (and
// "Sub" for subresource forms); "$.verb$" stands for the extension's name.
func fakeTemplates() map[string]string {
	return map[string]string{
		"list": "\n// $.verb$ takes label and field selectors, and returns the list of $.type|publicPlural$ that match those selectors.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, opts $.ListOptions|raw$) (result *$.type|raw$List, err error) {\n" +
			"\temptyResult := &$.type|raw$List{}\n" +
			fakeInvokes("$.NewList|raw$(c.Resource(), c.Kind(), c.Namespace(), opts), emptyResult", "$.NewRootList|raw$(c.Resource(), c.Kind(), opts), emptyResult") +
			"\tif obj == nil {\n\t\treturn emptyResult, err\n\t}\n\treturn obj.(*$.type|raw$List), err\n}\n",
		"get": "\n// $.verb$ takes name of the $.type|private$, and returns the corresponding $.resultType|private$ object, and an error if there is any.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, name string, options $.GetOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes("$.NewGet|raw$(c.Resource(), c.Namespace(), name, options), emptyResult", "$.NewRootGet|raw$(c.Resource(), name, options), emptyResult") + fakeReturn,
		"getSub": "\n// $.verb$ takes name of the $.type|private$, and returns the corresponding $.resultType|private$ object, and an error if there is any.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, options $.GetOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes(`$.NewGetSubresource|raw$(c.Resource(), c.Namespace(), "$.subresourcePath$", $.type|private$Name, options), emptyResult`,
				`$.NewRootGetSubresource|raw$(c.Resource(), "$.subresourcePath$", $.type|private$Name, options), emptyResult`) + fakeReturn,
		"delete": "\n// $.verb$ takes name of the $.type|private$ and deletes it. Returns an error if one occurs.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, name string, opts $.DeleteOptions|raw$) error {\n" +
			"\t_, err := c.Fake.\n\t\t$if .namespaced$Invokes($.NewDelete|raw$(c.Resource(), c.Namespace(), name, opts), &$.type|raw${})\n" +
			"\t\t$else$Invokes($.NewRootDelete|raw$(c.Resource(), name, opts), &$.type|raw${})$end$\n\treturn err\n}\n",
		"create": "\n// $.verb$ takes the representation of a $.inputType|private$ and creates it.  Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes("$.NewCreate|raw$(c.Resource(), c.Namespace(), $.inputType|private$, opts), emptyResult", "$.NewRootCreate|raw$(c.Resource(), $.inputType|private$, opts), emptyResult") + fakeReturn,
		"createSub": "\n// $.verb$ takes the representation of a $.inputType|private$ and creates it.  Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes(`$.NewCreateSubresource|raw$(c.Resource(), $.type|private$Name, "$.subresourcePath$", c.Namespace(), $.inputType|private$, opts), emptyResult`,
				`$.NewRootCreateSubresource|raw$(c.Resource(), $.type|private$Name, "$.subresourcePath$", $.inputType|private$, opts), emptyResult`) + fakeReturn,
		"update": "\n// $.verb$ takes the representation of a $.inputType|private$ and updates it. Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes("$.NewUpdate|raw$(c.Resource(), c.Namespace(), $.inputType|private$, opts), emptyResult", "$.NewRootUpdate|raw$(c.Resource(), $.inputType|private$, opts), emptyResult") + fakeReturn,
		"updateSub": "\n// $.verb$ takes the representation of a $.inputType|private$ and updates it. Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes(`$.NewUpdateSubresource|raw$(c.Resource(), "$.subresourcePath$", c.Namespace(), $.inputType|private$, opts), &$.inputType|raw${}`,
				`$.NewRootUpdateSubresource|raw$(c.Resource(), "$.subresourcePath$", $.inputType|private$, opts), emptyResult`) + fakeReturn,
		"watch": "\n// $.verb$ returns a $.watchInterface|raw$ that watches the requested $.type|privatePlural$.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, opts $.ListOptions|raw$) ($.watchInterface|raw$, error) {\n" +
			"\treturn c.Fake.\n\t\t$if .namespaced$InvokesWatch($.NewWatch|raw$(c.Resource(), c.Namespace(), opts))\n" +
			"\t\t$else$InvokesWatch($.NewRootWatch|raw$(c.Resource(), opts))$end$\n}\n",
		"patch": "\n// $.verb$ applies the patch and returns the patched $.resultType|private$.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.resultType|raw$, err error) {\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes("$.NewPatchSubresource|raw$(c.Resource(), c.Namespace(), name, pt, data, opts, subresources... ), emptyResult",
				"$.NewRootPatchSubresource|raw$(c.Resource(), name, pt, data, opts, subresources...), emptyResult") + fakeReturn,
		"apply": "\n// $.verb$ takes the given apply declarative configuration, applies it and returns the applied $.resultType|private$.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			fakeApplyPrelude + "\tname := $.inputType|private$.Name\n\tif name == nil {\n\t\treturn nil, $.fmtErrorf|raw$(\"$.inputType|private$.Name must be provided to $.verb$\")\n\t}\n" +
			"\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes("$.NewPatchSubresource|raw$(c.Resource(), c.Namespace(), *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult",
				"$.NewRootPatchSubresource|raw$(c.Resource(), *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult") + fakeReturn,
		"applySub": "\n// $.verb$ takes top resource name and the apply declarative configuration for $.subresourcePath$,\n// applies it and returns the applied $.resultType|private$, and an error, if there is any.\n" +
			"func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
			fakeApplyPrelude + "\temptyResult := &$.resultType|raw${}\n" +
			fakeInvokes(`$.NewPatchSubresource|raw$(c.Resource(), c.Namespace(), $.type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.inputType|private$"), emptyResult`,
				`$.NewRootPatchSubresource|raw$(c.Resource(), $.type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.inputType|private$"), emptyResult`) + fakeReturn,
	}
}

const fakeApplyPrelude = "\tif $.inputType|private$ == nil {\n\t\treturn nil, $.fmtErrorf|raw$(\"$.inputType|private$ provided to $.verb$ must not be nil\")\n\t}\n" +
	"\tdata, err := $.jsonMarshal|raw$($.inputType|private$)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n"
