package client

// The typed client of one type (<type>.go), written from the files
// client-go v0.37.2 ships. Names: see typeArgs.

const typedGetter = `
// $.type|publicPlural$Getter has a method to return a $.type|public$Interface.
// A group's client should implement this interface.
type $.type|publicPlural$Getter interface {
	$.type|publicPlural$($if .namespaced$namespace string$end$) $.type|public$Interface
}

// $.type|public$Interface has methods to work with $.type|public$ resources.
type $.type|public$Interface interface {`

const typedInterfaceEnd = `
	$.type|public$Expansion
}
`

// verbSignatures returns the interface's methods, by verb; an extension
// method takes a verb's signature under its own name.
func verbSignatures() map[string]string {
	return map[string]string{
		"create":           `Create(ctx $.context|raw$, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (*$.resultType|raw$, error)`,
		"update":           `Update(ctx $.context|raw$, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (*$.resultType|raw$, error)`,
		"updateStatus":     "// Add a +genclient:noStatus comment above the type to avoid generating UpdateStatus().\n" + `UpdateStatus(ctx $.context|raw$, $.inputType|private$ *$.type|raw$, opts $.UpdateOptions|raw$) (*$.type|raw$, error)`,
		"delete":           `Delete(ctx $.context|raw$, name string, opts $.DeleteOptions|raw$) error`,
		"deleteCollection": `DeleteCollection(ctx $.context|raw$, opts $.DeleteOptions|raw$, listOpts $.ListOptions|raw$) error`,
		"get":              `Get(ctx $.context|raw$, name string, opts $.GetOptions|raw$) (*$.resultType|raw$, error)`,
		"list":             `List(ctx $.context|raw$, opts $.ListOptions|raw$) (*$.resultType|raw$List, error)`,
		"watch":            `Watch(ctx $.context|raw$, opts $.ListOptions|raw$) ($.watchInterface|raw$, error)`,
		"patch":            `Patch(ctx $.context|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.resultType|raw$, err error)`,
		"apply":            `Apply(ctx $.context|raw$, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error)`,
		"applyStatus":      "// Add a +genclient:noStatus comment above the type to avoid generating ApplyStatus().\n" + `ApplyStatus(ctx $.context|raw$, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error)`,
	}
}

// subresourceSignatures returns the signatures of subresource extension
// methods, by verb.
func subresourceSignatures() map[string]string {
	return map[string]string{
		"create": `Create(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (*$.resultType|raw$, error)`,
		"list":   `List(ctx $.context|raw$, $.type|private$Name string, opts $.ListOptions|raw$) (*$.resultType|raw$List, error)`,
		"update": `Update(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (*$.resultType|raw$, error)`,
		"get":    `Get(ctx $.context|raw$, $.type|private$Name string, options $.GetOptions|raw$) (*$.resultType|raw$, error)`,
		"apply":  `Apply(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (*$.resultType|raw$, error)`,
	}
}

// typedStruct embeds the gentype client that fits the verbs; embed is one
// of gentype's Client, ClientWithList, ClientWithApply,
// ClientWithListAndApply, with its type arguments.
const typedStruct = `
// $.type|privatePlural$ implements $.type|public$Interface
type $.type|privatePlural$ struct {
	*$.embed$
}
`

const typedConstructor = `
// new$.type|publicPlural$ returns a $.type|publicPlural$
func new$.type|publicPlural$(c *$.GroupGoName$$.Version$Client$if .namespaced$, namespace string$end$) *$.type|privatePlural$ {
	return &$.type|privatePlural${
		$.newClient$(
			"$.type|resource$",
			c.RESTClient(),
			$.schemeParameterCodec|raw$,
			$if .namespaced$namespace$else$""$end$,
			func() *$.resultType|raw$ { return &$.resultType|raw${} },
			$- if .withList $
			func() *$.resultType|raw$List { return &$.resultType|raw$List{} },
			$- end $
			$if .prefersProtobuf$gentype.PrefersProtobuf[*$.resultType|raw$](),$end$
		),
	}
}
`

// The request chain's common links: protobuf, namespace, resource.
const (
	linkProtobuf  = "\t\t$if .prefersProtobuf$UseProtobufAsDefault().$end$\n"
	linkNamespace = "\t\t$if .namespaced$Namespace(c.GetNamespace()).$end$\n"
	linkResource  = "\t\tResource(\"$.type|resource$\").\n"
	linkSubName   = "\t\tName($.type|private$Name).\n\t\tSubResource(\"$.subresourcePath$\").\n"
	linkInto      = "\t\tDo(ctx).\n\t\tInto(result)\n\treturn\n}\n"
	timeoutBlock  = "\tvar timeout $.timeDuration|raw$\n\tif opts.TimeoutSeconds != nil{\n\t\ttimeout = $.timeDuration|raw$(*opts.TimeoutSeconds) * $.timeSecond|raw$\n\t}\n"
	applyPrelude  = "\tif $.inputType|private$ == nil {\n\t\treturn nil, $.fmtErrorf|raw$(\"$.inputType|private$ provided to $.verb$ must not be nil\")\n\t}\n\tpatchOpts := opts.ToPatchOptions()\n"
	applyRequest  = "\trequest, err := $.applyNewRequest|raw$(c.GetClient(), $.inputType|private$)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n"
)

// The extension methods (+genclient:method), by verb and by whether they
// act on a subresource.
const (
	extGet = "\n// $.verb$ takes name of the $.type|private$, and returns the corresponding $.resultType|private$ object, and an error if there is any.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, name string, options $.GetOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		"\tresult = &$.resultType|raw${}\n\terr = c.GetClient().Get().\n" + linkProtobuf + linkNamespace + linkResource +
		"\t\tName(name).\n\t\tVersionedParams(&options, $.schemeParameterCodec|raw$).\n" + linkInto
	extGetSub = "\n// $.verb$ takes name of the $.type|private$, and returns the corresponding $.resultType|raw$ object, and an error if there is any.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.type|private$Name string, options $.GetOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		"\tresult = &$.resultType|raw${}\n\terr = c.GetClient().Get().\n" + linkProtobuf + linkNamespace + linkResource + linkSubName +
		"\t\tVersionedParams(&options, $.schemeParameterCodec|raw$).\n" + linkInto
	extList = "\n// $.verb$ takes label and field selectors, and returns the list of $.resultType|publicPlural$ that match those selectors.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, opts $.ListOptions|raw$) (result *$.resultType|raw$List, err error) {\n" +
		timeoutBlock + "\tresult = &$.resultType|raw$List{}\n\terr = c.GetClient().Get().\n" + linkProtobuf + linkNamespace + linkResource +
		"\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tTimeout(timeout).\n" + linkInto
	extListSub = "\n// $.verb$ takes $.type|raw$ name, label and field selectors, and returns the list of $.resultType|publicPlural$ that match those selectors.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.type|private$Name string, opts $.ListOptions|raw$) (result *$.resultType|raw$List, err error) {\n" +
		timeoutBlock + "\tresult = &$.resultType|raw$List{}\n\terr = c.GetClient().Get().\n" + linkProtobuf + linkNamespace + linkResource + linkSubName +
		"\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tTimeout(timeout).\n" + linkInto
	extWatch = "\n// $.verb$ returns a $.watchInterface|raw$ that watches the requested $.type|privatePlural$.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, opts $.ListOptions|raw$) ($.watchInterface|raw$, error) {\n" +
		timeoutBlock + "\topts.Watch = true\n\treturn c.GetClient().Get().\n" + linkProtobuf + linkNamespace +
		"\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tTimeout(timeout).\n\t\tWatch(ctx)\n}\n"
	extCreate = "\n// $.verb$ takes the representation of a $.inputType|private$ and creates it.  Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		"\tresult = &$.resultType|raw${}\n\terr = c.GetClient().Post().\n" + linkProtobuf + linkNamespace + linkResource +
		"\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tBody($.inputType|private$).\n" + linkInto
	extCreateSub = "\n// $.verb$ takes the representation of a $.inputType|private$ and creates it.  Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		"\tresult = &$.resultType|raw${}\n\terr = c.GetClient().Post().\n" + linkProtobuf + linkNamespace + linkResource + linkSubName +
		"\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tBody($.inputType|private$).\n" + linkInto
	extUpdate = "\n// $.verb$ takes the representation of a $.inputType|private$ and updates it. Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		"\tresult = &$.resultType|raw${}\n\terr = c.GetClient().Put().\n" + linkProtobuf + linkNamespace + linkResource +
		"\t\tName($.inputType|private$.Name).\n\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tBody($.inputType|private$).\n" + linkInto
	extUpdateSub = "\n// $.verb$ takes the top resource name and the representation of a $.inputType|private$ and updates it. Returns the server's representation of the $.resultType|private$, and an error, if there is any.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		"\tresult = &$.resultType|raw${}\n\terr = c.GetClient().Put().\n" + linkProtobuf + linkNamespace + linkResource + linkSubName +
		"\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tBody($.inputType|private$).\n" + linkInto
	extDelete = "\n// $.verb$ takes name of the $.type|private$ and deletes it. Returns an error if one occurs.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, name string, opts $.DeleteOptions|raw$) error {\n" +
		"\treturn c.GetClient().Delete().\n" + linkProtobuf + linkNamespace + linkResource +
		"\t\tName(name).\n\t\tBody(&opts).\n\t\tDo(ctx).\n\t\tError()\n}\n"
	extPatch = "\n// $.verb$ applies the patch and returns the patched $.resultType|private$.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.resultType|raw$, err error) {\n" +
		"\tresult = &$.resultType|raw${}\n\terr = c.GetClient().Patch(pt).\n" + linkProtobuf + linkNamespace + linkResource +
		"\t\tName(name).\n\t\tSubResource(subresources...).\n\t\tVersionedParams(&opts, $.schemeParameterCodec|raw$).\n\t\tBody(data).\n" + linkInto
	extApply = "\n// $.verb$ takes the given apply declarative configuration, applies it and returns the applied $.resultType|private$.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		applyPrelude + "\tname := $.inputType|private$.Name\n\tif name == nil {\n\t\treturn nil, $.fmtErrorf|raw$(\"$.inputType|private$.Name must be provided to $.verb$\")\n\t}\n" +
		applyRequest + "\tresult = &$.resultType|raw${}\n\terr = request.\n" + linkProtobuf + linkNamespace + linkResource +
		"\t\tName(*name).\n\t\tVersionedParams(&patchOpts, $.schemeParameterCodec|raw$).\n" + linkInto
	extApplySub = "\n// $.verb$ takes top resource name and the apply declarative configuration for $.subresourcePath$,\n// applies it and returns the applied $.resultType|private$, and an error, if there is any.\n" +
		"func (c *$.type|privatePlural$) $.verb$(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error) {\n" +
		applyPrelude + applyRequest + "\n\tresult = &$.resultType|raw${}\n\terr = request.\n" + linkProtobuf + linkNamespace + linkResource + linkSubName +
		"\t\tVersionedParams(&patchOpts, $.schemeParameterCodec|raw$).\n" + linkInto
)

// extensionBodies returns the method templates by verb, plain and
// subresource.
func extensionBodies() map[string][2]string {
	return map[string][2]string{
		"get":    {extGet, extGetSub},
		"list":   {extList, extListSub},
		"watch":  {extWatch, extWatch},
		"create": {extCreate, extCreateSub},
		"update": {extUpdate, extUpdateSub},
		"delete": {extDelete, extDelete},
		"patch":  {extPatch, extPatch},
		"apply":  {extApply, extApplySub},
	}
}
