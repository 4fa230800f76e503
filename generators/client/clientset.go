package client

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// clientsetGroup is one group version as the clientset names it.
type clientsetGroup struct {
	GoName      string // e.g. "AppsV1"
	Field       string // e.g. "appsV1"
	Alias       string // the typed package's import name, e.g. "appsv1"
	typedPkg    string
	lowerGoName string
}

// clientsetGroups lists the group versions in clientset order: groups by
// name, versions as --input gave them.
func (p *plan) clientsetGroups() []clientsetGroup {
	var out []clientsetGroup
	for _, gv := range p.versions {
		version := namer.IC(string(gv.version))
		out = append(out, clientsetGroup{
			GoName:      gv.goName + version,
			Field:       namer.IL(gv.goName) + version,
			Alias:       strings.ToLower(gv.goName + gv.version.NonEmpty()),
			typedPkg:    gv.typedPkg,
			lowerGoName: strings.ToLower(gv.goName),
		})
	}
	return out
}

// oneShot is a whole-file generator whose writer cannot fail.
type oneShot = wholefile.Generator

func newOneShot(file, pkg string, write func(*generator.Context, *generator.SnippetWriter)) *oneShot {
	return wholefile.New(file, pkg, wholefile.NoError(write))
}

// newClientset returns the generator of clientset.go.
func (p *plan) newClientset() *oneShot {
	groups := p.clientsetGroups()
	g := newOneShot("clientset.go", p.clientsetPkg, func(c *generator.Context, sw *generator.SnippetWriter) {
		args := generator.Args{
			"groups":             groups,
			"discovery":          ref(c, "k8s.io/client-go/discovery", "DiscoveryInterfaces"),
			"discoveryClient":    ref(c, "k8s.io/client-go/discovery", "DiscoveryClient"),
			"newDiscoveryFor":    ref(c, "k8s.io/client-go/discovery", "NewDiscoveryClientForConfigAndClient"),
			"newDiscovery":       ref(c, "k8s.io/client-go/discovery", "NewDiscoveryClient"),
			"restConfig":         ref(c, restPkg, "Config"),
			"restInterface":      ref(c, restPkg, "Interface"),
			"restHTTPClientFor":  ref(c, restPkg, "HTTPClientFor"),
			"restUserAgent":      ref(c, restPkg, "DefaultKubernetesUserAgent"),
			"httpClient":         ref(c, "net/http", "Client"),
			"fmtErrorf":          ref(c, "fmt", "Errorf"),
			"newTokenBucketRate": ref(c, "k8s.io/client-go/util/flowcontrol", "NewTokenBucketRateLimiter"),
		}
		sw.Do(clientsetInterface, args)
		sw.Do(clientsetNew, args)
	})
	g.Extra = func() []string {
		var lines []string
		for _, cg := range groups {
			lines = append(lines, fmt.Sprintf("%s %q", cg.Alias, cg.typedPkg))
		}
		return lines
	}
	return g
}

const clientsetInterface = `
type Interface interface {
	Discovery() $.discovery|raw$
	$- range .groups $
	$.GoName$() $.Alias$.$.GoName$Interface
	$- end $
}

// Clientset contains the clients for groups.
type Clientset struct {
	*$.discoveryClient|raw$
	$- range .groups $
	$.Field$ *$.Alias$.$.GoName$Client
	$- end $
}
$ range .groups $
// $.GoName$ retrieves the $.GoName$Client
func (c *Clientset) $.GoName$() $.Alias$.$.GoName$Interface {
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
	cs.$.Field$, err = $.Alias$.NewForConfigAndClient(&configShallowCopy, httpClient)
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
	cs.$.Field$ = $.Alias$.New(c)
	$- end $

	cs.DiscoveryClient = $.newDiscovery|raw$(c)
	return &cs
}
`
