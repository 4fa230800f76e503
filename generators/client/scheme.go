package client

import (
	"path"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// newScheme returns the generator of scheme/register.go. A clientset
// with an internal version registers install packages (CreateRegistry);
// others register each version's AddToScheme.
// private names the globals scheme and codecs and leaves out
// ParameterCodec, as the fake clientset's register.go has them;
// customRegister adds the registrations of a hand-written
// register_custom.go.
func (p *plan) newScheme(pkg string, private, customRegister bool) *wholefile.Generator {
	internal := p.hasInternal() && !private // the fake scheme always registers versions
	g := wholefile.New("register.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := schemeArgs(c)
		args["public"], args["customRegister"] = !private, customRegister
		args["registrations"] = p.schemeRegistrations(c, internal)
		if private {
			args["Scheme"], args["Codecs"] = "scheme", "codecs"
		}
		sw.Do(schemeGlobals, args)
		if internal {
			sw.Do(schemeRegistry, args)
		} else {
			sw.Do(schemeBuilder, args)
		}
		return nil
	})
	for _, r := range p.schemeImports(internal) {
		g.Alias(r.path, r.alias)
	}
	return g
}

// schemeArgs returns the names register.go uses.
func schemeArgs(c *generator.Context) generator.Args {
	return generator.Args{
		"Scheme":             "Scheme",
		"Codecs":             "Codecs",
		"newScheme":          wholefile.Ref(runtimePkg, "NewScheme"),
		"newCodecFactory":    wholefile.Ref("k8s.io/apimachinery/pkg/runtime/serializer", "NewCodecFactory"),
		"newParameterCodec":  wholefile.Ref(runtimePkg, "NewParameterCodec"),
		"runtimeScheme":      wholefile.Ref(runtimePkg, "Scheme"),
		"schemeBuilder":      wholefile.Ref(runtimePkg, "SchemeBuilder"),
		"must":               wholefile.Ref("k8s.io/apimachinery/pkg/util/runtime", "Must"),
		"schemaGroupVersion": wholefile.Ref("k8s.io/apimachinery/pkg/runtime/schema", "GroupVersion"),
		"addToGroupVersion":  wholefile.Ref(metaPkg, "AddToGroupVersion"),
	}
}

// schemeImport is a package the scheme registers, with the alias
// upstream imports it by.
type schemeImport struct {
	path  string // e.g. "k8s.io/api/apps/v1", or ".../apps/install"
	alias string // e.g. "appsv1", or "apps"
}

// schemeImports are the API packages (or, with an internal version, their
// install packages, once per group) in registration order.
func (p *plan) schemeImports(internal bool) []schemeImport {
	var out []schemeImport
	seen := map[string]bool{}
	for _, gv := range p.versions {
		alias := strings.ToLower(gv.goName)
		if !internal {
			out = append(out, schemeImport{path: gv.in.Path, alias: alias + strings.ToLower(gv.version.NonEmpty())})
			continue
		}
		if seen[alias] {
			continue
		}
		seen[alias] = true
		install := gv.in.Path
		if gv.version != "" {
			install = path.Dir(install)
		}
		out = append(out, schemeImport{path: path.Join(install, "install"), alias: alias})
	}
	return out
}

// schemeRegistrations names what the scheme registers: each install
// package's Install, or each version's AddToScheme.
func (p *plan) schemeRegistrations(c *generator.Context, internal bool) []*types.Type {
	name := "AddToScheme"
	if internal {
		name = "Install"
	}
	var out []*types.Type
	for _, imp := range p.schemeImports(internal) {
		out = append(out, wholefile.Ref(imp.path, name))
	}
	return out
}

const schemeGlobals = `
var $.Scheme$ = $.newScheme|raw$()
var $.Codecs$ = $.newCodecFactory|raw$($.Scheme$)
$if .public$var ParameterCodec = $.newParameterCodec|raw$($.Scheme$)$end -$`

const schemeRegistry = `

func init() {
	$.addToGroupVersion|raw$($.Scheme$, $.schemaGroupVersion|raw${Version: "v1"})
	Install($.Scheme$)
}

// Install registers the API group and adds types to a scheme
func Install(scheme *$.runtimeScheme|raw$) {
	$- range .registrations $
	$.|raw$(scheme)
	$- end $
	$if .customRegister$
	ExtraInstall(scheme)
	$end -$
}
`

const schemeBuilder = `
var localSchemeBuilder = $.schemeBuilder|raw${
	$- range .registrations $
	$.|raw$,
	$- end $
	$if .customRegister$
	ExtraAddToScheme,
	$end -$
}

// AddToScheme adds all types of this clientset into the given scheme. This allows composition
// of clientsets, like in:
//
//   import (
//     "k8s.io/client-go/kubernetes"
//     clientsetscheme "k8s.io/client-go/kubernetes/scheme"
//     aggregatorclientsetscheme "k8s.io/kube-aggregator/pkg/client/clientset_generated/clientset/scheme"
//   )
//
//   kclientset, _ := kubernetes.NewForConfig(c)
//   _ = aggregatorclientsetscheme.AddToScheme(clientsetscheme.Scheme)
//
// After this, RawExtensions in Kubernetes types will serialize kube-aggregator types
// correctly.
var AddToScheme = localSchemeBuilder.AddToScheme

func init() {
	$.addToGroupVersion|raw$($.Scheme$, $.schemaGroupVersion|raw${Version: "v1"})
	$.must|raw$(AddToScheme($.Scheme$))
}
`
