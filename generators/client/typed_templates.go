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
