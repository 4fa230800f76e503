package client

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
)

// schemeVersion is one group version as the scheme registers it.
type schemeVersion struct {
	PackageAlias string // e.g. "appsv1"
	pkg          string // the API package
}

// newScheme returns the generator of scheme/register.go. A clientset
// with an internal version registers install packages (CreateRegistry);
// others register each version's AddToScheme.
// private names the globals scheme and codecs and leaves out
// ParameterCodec, as the fake clientset's register.go has them.
func (p *plan) newScheme(dir, pkg string, private bool) *oneShot {
	internal := p.hasInternal() && !private // the fake scheme always registers versions
	var versions []schemeVersion
	var installs []string
	for _, gv := range p.versions {
		alias := strings.ToLower(gv.goName)
		versions = append(versions, schemeVersion{PackageAlias: alias + strings.ToLower(gv.version.NonEmpty()), pkg: gv.in.Path})
		if len(installs) == 0 || installs[len(installs)-1] != alias {
			installs = append(installs, alias)
		}
	}
	g := newOneShot("register.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) {
		_, err := os.Stat(filepath.Join(dir, "register_custom.go"))
		args := generator.Args{
			"Scheme":             "Scheme",
			"Codecs":             "Codecs",
			"public":             !private,
			"versions":           versions,
			"installs":           installs,
			"customRegister":     err == nil,
			"newScheme":          ref(c, "k8s.io/apimachinery/pkg/runtime", "NewScheme"),
			"newCodecFactory":    ref(c, "k8s.io/apimachinery/pkg/runtime/serializer", "NewCodecFactory"),
			"newParameterCodec":  ref(c, "k8s.io/apimachinery/pkg/runtime", "NewParameterCodec"),
			"runtimeScheme":      ref(c, "k8s.io/apimachinery/pkg/runtime", "Scheme"),
			"schemeBuilder":      ref(c, "k8s.io/apimachinery/pkg/runtime", "SchemeBuilder"),
			"must":               ref(c, "k8s.io/apimachinery/pkg/util/runtime", "Must"),
			"schemaGroupVersion": ref(c, "k8s.io/apimachinery/pkg/runtime/schema", "GroupVersion"),
			"addToGroupVersion":  ref(c, metaPkg, "AddToGroupVersion"),
		}
		if private {
			args["Scheme"], args["Codecs"] = "scheme", "codecs"
		}
		sw.Do(schemeGlobals, args)
		if internal {
			sw.Do(schemeRegistry, args)
		} else {
			sw.Do(schemeBuilder, args)
		}
	})
	g.Extra = func() []string { return p.schemeImports(versions, internal) }
	return g
}

// schemeImports names the API packages (or, with an internal version,
// their install packages) by the aliases the scheme uses.
func (p *plan) schemeImports(versions []schemeVersion, internal bool) []string {
	var lines []string
	seen := map[string]bool{}
	for i, gv := range p.versions {
		if !internal {
			lines = append(lines, fmt.Sprintf("%s %q", versions[i].PackageAlias, versions[i].pkg))
			continue
		}
		alias := strings.ToLower(gv.goName)
		if seen[alias] {
			continue
		}
		seen[alias] = true
		install := gv.in.Path
		if gv.version != "" {
			install = path.Dir(install)
		}
		lines = append(lines, fmt.Sprintf("%s %q", alias, path.Join(install, "install")))
	}
	return lines
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
	$- range .installs $
	$.$.Install(scheme)
	$- end $
	$if .customRegister$
	ExtraInstall(scheme)
	$end -$
}
`

const schemeBuilder = `
var localSchemeBuilder = $.schemeBuilder|raw${
	$- range .versions $
	$.PackageAlias$.AddToScheme,
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
