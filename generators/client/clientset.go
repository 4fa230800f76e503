package client

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// clientsetGroup is one group version as the clientset names it.
type clientsetGroup struct {
	GoName string // e.g. "AppsV1"
	Field  string // e.g. "appsV1"
	// The typed package's identifiers, e.g. appsv1.AppsV1Interface.
	Interface, Client, NewForConfigAndClient, New *types.Type
	// FakeClient is the fake typed package's, e.g. fakeappsv1.FakeAppsV1.
	FakeClient *types.Type
}

// clientsetGroups lists the group versions in clientset order: groups by
// name, versions as --input gave them.
func (p *plan) clientsetGroups(c *generator.Context) []clientsetGroup {
	var out []clientsetGroup
	for _, gv := range p.versions {
		version := namer.IC(string(gv.version))
		goName := gv.goName + version
		out = append(out, clientsetGroup{
			GoName:                goName,
			Field:                 namer.IL(gv.goName) + version,
			Interface:             wholefile.Ref(gv.typedPkg, goName+"Interface"),
			Client:                wholefile.Ref(gv.typedPkg, goName+"Client"),
			NewForConfigAndClient: wholefile.Ref(gv.typedPkg, "NewForConfigAndClient"),
			New:                   wholefile.Ref(gv.typedPkg, "New"),
			FakeClient:            wholefile.Ref(gv.typedPkg+"/fake", "Fake"+goName),
		})
	}
	return out
}

// aliasTyped pins the names upstream imports the typed packages by, e.g.
// appsv1, and with fake their fakes', e.g. fakeappsv1.
func (p *plan) aliasTyped(g *wholefile.Generator, fake bool) {
	for _, gv := range p.versions {
		alias := strings.ToLower(gv.goName + gv.version.NonEmpty())
		g.Alias(gv.typedPkg, alias)
		if fake {
			g.Alias(gv.typedPkg+"/fake", "fake"+alias)
		}
	}
}

// newClientset returns the generator of clientset.go.
func (p *plan) newClientset() *wholefile.Generator {
	g := wholefile.New("clientset.go", p.clientsetPkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := generator.Args{
			"groups":             p.clientsetGroups(c),
			"discovery":          wholefile.Ref(discoveryPkg, "DiscoveryInterfaces"),
			"discoveryClient":    wholefile.Ref(discoveryPkg, "DiscoveryClient"),
			"newDiscoveryFor":    wholefile.Ref(discoveryPkg, "NewDiscoveryClientForConfigAndClient"),
			"newDiscovery":       wholefile.Ref(discoveryPkg, "NewDiscoveryClient"),
			"restConfig":         wholefile.Ref(restPkg, "Config"),
			"restInterface":      wholefile.Ref(restPkg, "Interface"),
			"restHTTPClientFor":  wholefile.Ref(restPkg, "HTTPClientFor"),
			"restUserAgent":      wholefile.Ref(restPkg, "DefaultKubernetesUserAgent"),
			"httpClient":         wholefile.Ref("net/http", "Client"),
			"fmtErrorf":          wholefile.Ref("fmt", "Errorf"),
			"newTokenBucketRate": wholefile.Ref("k8s.io/client-go/util/flowcontrol", "NewTokenBucketRateLimiter"),
		}
		sw.Do(clientsetInterface, args)
		sw.Do(clientsetNew, args)
		return nil
	})
	p.aliasTyped(g, false)
	return g
}

const clientsetInterface = `
type Interface interface {
	Discovery() $.discovery|raw$
	$- range .groups $
	$.GoName$() $.Interface|raw$
	$- end $
}

// Clientset contains the clients for groups.
type Clientset struct {
	*$.discoveryClient|raw$
	$- range .groups $
	$.Field$ *$.Client|raw$
	$- end $
}
$ range .groups $
// $.GoName$ retrieves the $.GoName$Client
func (c *Clientset) $.GoName$() $.Interface|raw$ {
	return c.$.Field$
}
$ end $
// Discovery retrieves the DiscoveryClient
func (c *Clientset) Discovery() $.discovery|raw$ {
	if c == nil {
		return nil
	}
	return c.DiscoveryClient
}
`

const clientsetNew = `
// NewForConfig creates a new Clientset for the given config.
// If config's RateLimiter is not set and QPS and Burst are acceptable,
// NewForConfig will generate a rate-limiter in configShallowCopy.
// NewForConfig is equivalent to NewForConfigAndClient(c, httpClient),
// where httpClient was generated with rest.HTTPClientFor(c).
func NewForConfig(c *$.restConfig|raw$) (*Clientset, error) {
	configShallowCopy := *c

	if configShallowCopy.UserAgent == "" {
		configShallowCopy.UserAgent = $.restUserAgent|raw$()
	}

	// share the transport between all clients
	httpClient, err := $.restHTTPClientFor|raw$(&configShallowCopy)
	if err != nil {
		return nil, err
	}

	return NewForConfigAndClient(&configShallowCopy, httpClient)
}

// NewForConfigAndClient creates a new Clientset for the given config and http client.
// Note the http client provided takes precedence over the configured transport values.
// If config's RateLimiter is not set and QPS and Burst are acceptable,
// NewForConfigAndClient will generate a rate-limiter in configShallowCopy.
func NewForConfigAndClient(c *$.restConfig|raw$, httpClient *$.httpClient|raw$) (*Clientset, error) {
	configShallowCopy := *c
	if configShallowCopy.RateLimiter == nil && configShallowCopy.QPS > 0 {
		if configShallowCopy.Burst <= 0 {
			return nil, $.fmtErrorf|raw$("burst is required to be greater than 0 when RateLimiter is not set and QPS is set to greater than 0")
		}
		configShallowCopy.RateLimiter = $.newTokenBucketRate|raw$(configShallowCopy.QPS, configShallowCopy.Burst)
	}

	var cs Clientset
	var err error
	$- range .groups $
	cs.$.Field$, err = $.NewForConfigAndClient|raw$(&configShallowCopy, httpClient)
	if err != nil {
		return nil, err
	}
	$- end $

	cs.DiscoveryClient, err = $.newDiscoveryFor|raw$(&configShallowCopy, httpClient)
	if err != nil {
		return nil, err
	}
	return &cs, nil
}

// NewForConfigOrDie creates a new Clientset for the given config and
// panics if there is an error in the config.
func NewForConfigOrDie(c *$.restConfig|raw$) *Clientset {
	cs, err := NewForConfig(c)
	if err != nil {
		panic(err)
	}
	return cs
}

// New creates a new Clientset for the given RESTClient.
func New(c $.restInterface|raw$) *Clientset {
	var cs Clientset
	$- range .groups $
	cs.$.Field$ = $.New|raw$(c)
	$- end $

	cs.DiscoveryClient = $.newDiscovery|raw$(c)
	return &cs
}
`
