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

// signature returns the interface method of a verb, named $.verb$: the
// verb's own name (e.g. "UpdateStatus") or an extension method's. sub
// selects the subresource form, where the verb has one.
func signature(verb string, sub bool) string {
	switch {
	case verb == "create" && sub:
		return sigCreateSub
	case verb == "create":
		return sigCreate
	case verb == "update" && sub:
		return sigUpdateSub
	case verb == "update":
		return sigUpdate
	case verb == "updateStatus":
		return sigUpdateStatus
	case verb == "delete":
		return sigDelete
	case verb == "deleteCollection":
		return sigDeleteCollection
	case verb == "get" && sub:
		return sigGetSub
	case verb == "get":
		return sigGet
	case verb == "list" && sub:
		return sigListSub
	case verb == "list":
		return sigList
	case verb == "watch":
		return sigWatch
	case verb == "patch":
		return sigPatch
	case verb == "apply" && sub:
		return sigApplySub
	case verb == "apply":
		return sigApply
	case verb == "applyStatus":
		return sigApplyStatus
	}
	return ""
}

// The interface methods, by verb; the Sub forms act on a subresource.
const (
	sigCreateSub        = `$.verb$(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (*$.resultType|raw$, error)`
	sigCreate           = `$.verb$(ctx $.context|raw$, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (*$.resultType|raw$, error)`
	sigUpdateSub        = `$.verb$(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (*$.resultType|raw$, error)`
	sigUpdate           = `$.verb$(ctx $.context|raw$, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (*$.resultType|raw$, error)`
	sigUpdateStatus     = "// Add a +genclient:noStatus comment above the type to avoid generating UpdateStatus().\n$.verb$(ctx $.context|raw$, $.inputType|private$ *$.type|raw$, opts $.UpdateOptions|raw$) (*$.type|raw$, error)"
	sigDelete           = `$.verb$(ctx $.context|raw$, name string, opts $.DeleteOptions|raw$) error`
	sigDeleteCollection = `$.verb$(ctx $.context|raw$, opts $.DeleteOptions|raw$, listOpts $.ListOptions|raw$) error`
	sigGetSub           = `$.verb$(ctx $.context|raw$, $.type|private$Name string, options $.GetOptions|raw$) (*$.resultType|raw$, error)`
	sigGet              = `$.verb$(ctx $.context|raw$, name string, opts $.GetOptions|raw$) (*$.resultType|raw$, error)`
	sigListSub          = `$.verb$(ctx $.context|raw$, $.type|private$Name string, opts $.ListOptions|raw$) (*$.resultType|raw$List, error)`
	sigList             = `$.verb$(ctx $.context|raw$, opts $.ListOptions|raw$) (*$.resultType|raw$List, error)`
	sigWatch            = `$.verb$(ctx $.context|raw$, opts $.ListOptions|raw$) ($.watchInterface|raw$, error)`
	sigPatch            = `$.verb$(ctx $.context|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.resultType|raw$, err error)`
	sigApplySub         = `$.verb$(ctx $.context|raw$, $.type|private$Name string, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (*$.resultType|raw$, error)`
	sigApply            = `$.verb$(ctx $.context|raw$, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error)`
	sigApplyStatus      = "// Add a +genclient:noStatus comment above the type to avoid generating ApplyStatus().\n$.verb$(ctx $.context|raw$, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error)"
)

// typedStruct embeds the gentype client that fits the verbs (gentype's
// Client, ClientWithList, ClientWithApply or ClientWithListAndApply), with
// its type arguments.
const typedStruct = `
// $.type|privatePlural$ implements $.type|public$Interface
type $.type|privatePlural$ struct {
	*$.gentypeClient|raw$[*$.type|raw$$if .withList$, *$.listType|raw$$end$$if .withApply$, *$.inputApplyConfig|raw$$end$]
}
`

const typedConstructor = `
// new$.type|publicPlural$ returns a $.type|publicPlural$
func new$.type|publicPlural$(c *$.GroupGoName$$.Version$Client$if .namespaced$, namespace string$end$) *$.type|privatePlural$ {
	return &$.type|privatePlural${
		$.newGentypeClient|raw$[*$.type|raw$$if .withList$, *$.listType|raw$$end$$if .withApply$, *$.inputApplyConfig|raw$$end$](
			"$.type|resource$",
			c.RESTClient(),
			$.schemeParameterCodec|raw$,
			$if .namespaced$namespace$else$""$end$,
			func() *$.resultType|raw$ { return &$.resultType|raw${} },
			$- if .withList $
			func() *$.resultType|raw$List { return &$.resultType|raw$List{} },
			$- end $
			$if .prefersProtobuf$$.gentypePrefersProtobuf|raw$[*$.resultType|raw$](),$end$
		),
	}
}
`
