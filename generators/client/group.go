package client

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// groupGenerator writes <group>_client.go: the client of a group version.
type groupGenerator struct {
	generator.GoGenerator
	gv      *groupVersionInfo
	imports namer.ImportTracker
}

// Filter takes no types: the file is written in Init.
func (g *groupGenerator) Filter(*generator.Context, *types.Type) bool { return false }

// Namers names types relative to the output package, tracking imports.
func (g *groupGenerator) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.gv.typedPkg, g.imports)}
}

// Imports returns the packages the file names.
func (g *groupGenerator) Imports(*generator.Context) []string { return g.imports.ImportLines() }

// Init writes the group client.
func (g *groupGenerator) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	apiPath := `"` + g.gv.plan.args.ClientsetAPIPath + `"`
	if g.gv.groupName == "" {
		apiPath = `"/api"`
	}
	scheme := g.gv.plan.clientsetPkg + "/scheme"
	args := generator.Args{
		"groupName":          g.gv.groupName,
		"GroupGoName":        g.gv.goName,
		"Version":            namer.IC(string(g.gv.version)),
		"types":              g.gv.types,
		"apiPath":            apiPath,
		"httpClient":         ref(c, "net/http", "Client"),
		"restConfig":         ref(c, restPkg, "Config"),
		"restInterface":      ref(c, restPkg, "Interface"),
		"restHTTPClientFor":  ref(c, restPkg, "HTTPClientFor"),
		"restClientFor":      ref(c, restPkg, "RESTClientForConfigAndClient"),
		"restCodecFactory":   ref(c, restPkg, "CodecFactoryForGeneratedClient"),
		"restUserAgent":      ref(c, restPkg, "DefaultKubernetesUserAgent"),
		"SchemeGroupVersion": ref(c, g.gv.in.Path, "SchemeGroupVersion"),
		"prioritized":        ref(c, scheme, "Scheme.PrioritizedVersionsForGroup"),
		"Codecs":             ref(c, scheme, "Codecs"),
		"Scheme":             ref(c, scheme, "Scheme"),
		"schemaGroupVersion": ref(c, "k8s.io/apimachinery/pkg/runtime/schema", "GroupVersion"),
		"apiVersionInternal": ref(c, "k8s.io/apimachinery/pkg/runtime", "APIVersionInternal"),
	}
	sw.Do(groupInterface, args)
	for _, t := range g.gv.types {
		sw.Do(groupGetter, generator.Args{"type": t, "GroupGoName": g.gv.goName, "Version": args["Version"], "namespaced": !g.gv.in.Tags[t].NonNamespaced})
	}
	sw.Do(groupConstructors, args)
	if g.gv.version == "" {
		sw.Do(internalConfigDefaults, args)
	} else {
		sw.Do(configDefaults, args)
	}
	sw.Do(groupRESTClient, args)
	return sw.Error()
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
	if config.GroupVersion == nil || config.GroupVersion.Group != $.prioritized|raw$("$.groupName$")[0].Group {
		gv := $.prioritized|raw$("$.groupName$")[0]
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

// expansionGenerator writes generated_expansion.go: an empty expansion
// interface per type, unless <type>_expansion.go exists in the package.
type expansionGenerator struct {
	generator.GoGenerator
	dir   string
	types []*types.Type
}

// Filter takes no types: the file is written in Init.
func (g *expansionGenerator) Filter(*generator.Context, *types.Type) bool { return false }

// Init writes the expansion interfaces.
func (g *expansionGenerator) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	for _, t := range g.types {
		manual := filepath.Join(g.dir, strings.ToLower(t.Name.Name+"_expansion.go"))
		if _, err := os.Stat(manual); err == nil {
			continue
		} else if !os.IsNotExist(err) {
			return err
		}
		sw.Do("\ntype $.|public$Expansion interface {}\n", t)
	}
	return sw.Error()
}
