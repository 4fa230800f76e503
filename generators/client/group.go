package client

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// newGroup returns the generator of <group>_client.go: the client of a
// group version.
func newGroup(gv *groupVersionInfo) *wholefile.Generator {
	return wholefile.New(gv.pkgName+"_client.go", gv.typedPkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		writeGroup(c, sw, gv)
		return nil
	})
}

// writeGroup writes the group client's interface, getters, constructors
// and defaults.
func writeGroup(c *generator.Context, sw *generator.SnippetWriter, gv *groupVersionInfo) {
	apiPath := `"` + gv.plan.args.ClientsetAPIPath + `"`
	if gv.groupName == "" {
		apiPath = `"/api"`
	}
	scheme := gv.plan.clientsetPkg + "/scheme"
	args := generator.Args{
		"groupName":          gv.groupName,
		"GroupGoName":        gv.goName,
		"Version":            namer.IC(string(gv.version)),
		"types":              gv.types,
		"apiPath":            apiPath,
		"httpClient":         wholefile.Ref("net/http", "Client"),
		"restConfig":         wholefile.Ref(restPkg, "Config"),
		"restInterface":      wholefile.Ref(restPkg, "Interface"),
		"restHTTPClientFor":  wholefile.Ref(restPkg, "HTTPClientFor"),
		"restClientFor":      wholefile.Ref(restPkg, "RESTClientForConfigAndClient"),
		"restCodecFactory":   wholefile.Ref(restPkg, "CodecFactoryForGeneratedClient"),
		"restUserAgent":      wholefile.Ref(restPkg, "DefaultKubernetesUserAgent"),
		"SchemeGroupVersion": wholefile.Ref(gv.in.Path, "SchemeGroupVersion"),
		"scheme":             wholefile.Ref(scheme, "Scheme"),
		"Codecs":             wholefile.Ref(scheme, "Codecs"),
		"Scheme":             wholefile.Ref(scheme, "Scheme"),
		"schemaGroupVersion": wholefile.Ref("k8s.io/apimachinery/pkg/runtime/schema", "GroupVersion"),
		"apiVersionInternal": wholefile.Ref("k8s.io/apimachinery/pkg/runtime", "APIVersionInternal"),
	}
	sw.Do(groupInterface, args)
	for _, t := range gv.types {
		sw.Do(groupGetter, generator.Args{"type": t, "GroupGoName": gv.goName, "Version": args["Version"], "namespaced": !gv.in.Tags[t].NonNamespaced})
	}
	sw.Do(groupConstructors, args)
	if gv.version == "" {
		sw.Do(internalConfigDefaults, args)
	} else {
		sw.Do(configDefaults, args)
	}
	sw.Do(groupRESTClient, args)
}

const groupInterface = `
type $.GroupGoName$$.Version$Interface interface {
	RESTClient() $.restInterface|raw$
	$- range .types $
	$.|publicPlural$Getter
	$- end $
}

// $.GroupGoName$$.Version$Client is used to interact with features provided by the $.groupName$ group.
type $.GroupGoName$$.Version$Client struct {
	restClient $.restInterface|raw$
}
`

const groupGetter = `
func (c *$.GroupGoName$$.Version$Client) $.type|publicPlural$($if .namespaced$namespace string$end$) $.type|public$Interface {
	return new$.type|publicPlural$(c$if .namespaced$, namespace$end$)
}
`

const groupConstructors = `
// NewForConfig creates a new $.GroupGoName$$.Version$Client for the given config.
// NewForConfig is equivalent to NewForConfigAndClient(c, httpClient),
// where httpClient was generated with rest.HTTPClientFor(c).
func NewForConfig(c *$.restConfig|raw$) (*$.GroupGoName$$.Version$Client, error) {
	config := *c
	setConfigDefaults(&config)
	httpClient, err := $.restHTTPClientFor|raw$(&config)
	if err != nil {
		return nil, err
	}
	return NewForConfigAndClient(&config, httpClient)
}

// NewForConfigAndClient creates a new $.GroupGoName$$.Version$Client for the given config and http client.
// Note the http client provided takes precedence over the configured transport values.
func NewForConfigAndClient(c *$.restConfig|raw$, h *$.httpClient|raw$) (*$.GroupGoName$$.Version$Client, error) {
	config := *c
	setConfigDefaults(&config)
	client, err := $.restClientFor|raw$(&config, h)
	if err != nil {
		return nil, err
	}
	return &$.GroupGoName$$.Version$Client{client}, nil
}

// NewForConfigOrDie creates a new $.GroupGoName$$.Version$Client for the given config and
// panics if there is an error in the config.
func NewForConfigOrDie(c *$.restConfig|raw$) *$.GroupGoName$$.Version$Client {
	client, err := NewForConfig(c)
	if err != nil {
		panic(err)
	}
	return client
}

// New creates a new $.GroupGoName$$.Version$Client for the given RESTClient.
func New(c $.restInterface|raw$) *$.GroupGoName$$.Version$Client {
	return &$.GroupGoName$$.Version$Client{c}
}
`

const configDefaults = `
func setConfigDefaults(config *$.restConfig|raw$) {
	gv := $.SchemeGroupVersion|raw$
	config.GroupVersion = &gv
	config.APIPath = $.apiPath$
	config.NegotiatedSerializer = $.restCodecFactory|raw$($.Scheme|raw$, $.Codecs|raw$).WithoutConversion()

	if config.UserAgent == "" {
		config.UserAgent = $.restUserAgent|raw$()
	}
}
`

const internalConfigDefaults = `
func setConfigDefaults(config *$.restConfig|raw$) {
	config.APIPath = $.apiPath$
	if config.UserAgent == "" {
		config.UserAgent = $.restUserAgent|raw$()
	}
	if config.GroupVersion == nil || config.GroupVersion.Group != $.scheme|raw$.PrioritizedVersionsForGroup("$.groupName$")[0].Group {
		gv := $.scheme|raw$.PrioritizedVersionsForGroup("$.groupName$")[0]
		config.GroupVersion = &gv
	}
	config.NegotiatedSerializer = $.restCodecFactory|raw$($.Scheme|raw$, $.Codecs|raw$)

	if config.QPS == 0 {
		config.QPS = 5
	}
	if config.Burst == 0 {
		config.Burst = 10
	}
}
`

const groupRESTClient = `
// RESTClient returns a RESTClient that is used to communicate
// with API server by this client implementation.
func (c *$.GroupGoName$$.Version$Client) RESTClient() $.restInterface|raw$ {
	if c == nil {
		return nil
	}
	return c.restClient
}
`

// clientExpansion declares a type's expansion interface, which the typed
// client's interface embeds.
const clientExpansion = "\ntype $.|public$Expansion interface {}\n"
