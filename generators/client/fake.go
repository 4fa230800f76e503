package client

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

const testingPkg = "k8s.io/client-go/testing"

// fakeClientsetTarget returns the fake clientset: clientset_generated.go,
// backed by an object tracker, and its private scheme.
func (p *plan) fakeClientsetTarget() generator.Target {
	dir, pkg := filepath.Join(p.clientsetDir, "fake"), path.Join(p.clientsetPkg, "fake")
	return p.target(dir, pkg, "fake", "// This package has the automatically generated fake clientset.\n",
		generator.GoGenerator{OutputFilename: "doc.go"}, p.newFakeClientset(pkg), p.newScheme(dir, pkg, true))
}

// fakeTypedTarget returns the fake typed clients of a group version.
func (p *plan) fakeTypedTarget(gv *groupVersionInfo) generator.Target {
	dir, pkg := filepath.Join(gv.typedDir, "fake"), path.Join(gv.typedPkg, "fake")
	gens := []generator.Generator{generator.GoGenerator{OutputFilename: "doc.go"}}
	for _, t := range gv.types {
		gens = append(gens, p.newFakeTyped(gv, pkg, t))
	}
	gens = append(gens, p.newFakeGroup(gv, pkg))
	return p.withTypes(p.target(dir, pkg, "fake", "// Package fake has the automatically generated clients.\n", gens...), gv)
}

func (p *plan) newFakeClientset(pkg string) *oneShot {
	groups := p.clientsetGroups()
	g := newOneShot("clientset_generated.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) {
		sw.Do(fakeClientsetCommon, nil)
		if p.generateApply() {
			sw.Do(fakeClientsetManaged, generator.Args{"newTypeConverter": types.Ref(p.args.ApplyConfigurationPackage, "NewTypeConverter")})
		}
		sw.Do(fakeClientsetCheck, nil)
		for _, cg := range groups {
			sw.Do(fakeClientsetGroup, cg)
		}
	})
	g.Extra = func() []string {
		var lines []string
		for _, cg := range groups {
			lines = append(lines, fmt.Sprintf("%s %q", cg.Alias, cg.typedPkg), fmt.Sprintf("fake%s %q", cg.Alias, cg.typedPkg+"/fake"))
		}
		return append(lines, fmt.Sprintf("clientset %q", p.clientsetPkg),
			`"k8s.io/client-go/testing"`, `"k8s.io/client-go/discovery"`, `fakediscovery "k8s.io/client-go/discovery/fake"`,
			`"k8s.io/apimachinery/pkg/runtime"`, `"k8s.io/apimachinery/pkg/watch"`, `metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"`)
	}
	return g
}

// newFakeGroup returns the generator of fake_<group>_client.go.
func (p *plan) newFakeGroup(gv *groupVersionInfo, pkg string) *oneShot {
	real := strings.ToLower(path.Base(gv.typedPkg))
	version := namer.IC(string(gv.version))
	g := newOneShot("fake_"+gv.pkgName+"_client.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) {
		args := generator.Args{"GroupGoName": gv.goName, "Version": version,
			"Fake": ref(c, testingPkg, "Fake"), "restInterface": ref(c, restPkg, "Interface"), "RESTClient": ref(c, restPkg, "RESTClient")}
		sw.Do("\ntype Fake$.GroupGoName$$.Version$ struct {\n\t*$.Fake|raw$\n}\n", args)
		for _, t := range gv.types {
			sw.Do(fakeGroupGetter, generator.Args{"type": t, "GroupGoName": gv.goName, "Version": version,
				"real": real, "namespaced": !gv.in.Tags[t].NonNamespaced})
		}
		sw.Do(fakeGroupRESTClient, args)
	})
	g.Extra = func() []string {
		if len(gv.types) == 0 {
			return nil
		}
		return []string{fmt.Sprintf("%s %q", real, gv.typedPkg)}
	}
	return g
}

const fakeGroupGetter = `
func (c *Fake$.GroupGoName$$.Version$) $.type|publicPlural$($if .namespaced$namespace string$end$) $.real$.$.type|public$Interface {
	return newFake$.type|publicPlural$(c$if .namespaced$, namespace$end$)
}
`

const fakeGroupRESTClient = `
// RESTClient returns a RESTClient that is used to communicate
// with API server by this client implementation.
func (c *Fake$.GroupGoName$$.Version$) RESTClient() $.restInterface|raw$ {
	var ret *$.RESTClient|raw$
	return ret
}
`

const fakeClientsetGroup = `
// $.GoName$ retrieves the $.GoName$Client
func (c *Clientset) $.GoName$() $.Alias$.$.GoName$Interface {
	return &fake$.Alias$.Fake$.GoName${Fake: &c.Fake}
}
`

const fakeClientsetCheck = `
var (
	_ clientset.Interface = &Clientset{}
	_ testing.FakeClient  = &Clientset{}
)
`

// watchReactor is the reactor both constructors install: watches come
// from the tracker, with the action's list options.
const watchReactor = `
	cs := &Clientset{tracker: o}
	cs.discovery = &fakediscovery.FakeDiscovery{Fake: &cs.Fake}
	cs.AddReactor("*", "*", testing.ObjectReaction(o))
	cs.AddWatchReactor("*", func(action testing.Action) (handled bool, ret watch.Interface, err error) {
		var opts metav1.ListOptions
		if watchAction, ok := action.(testing.WatchActionImpl); ok {
			opts = watchAction.ListOptions
		}
		gvr := action.GetResource()
		ns := action.GetNamespace()
		watch, err := o.Watch(gvr, ns, opts)
		if err != nil {
			return false, nil, err
		}
		return true, watch, nil
	})

	return cs
}
`

const addObjects = `
	for _, obj := range objects {
		if err := o.Add(obj); err != nil {
			panic(err)
		}
	}
`

const fakeClientsetCommon = `
// NewSimpleClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any field management, validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
func NewSimpleClientset(objects ...runtime.Object) *Clientset {
	o := testing.NewObjectTracker(scheme, codecs.UniversalDecoder())` + addObjects + watchReactor + `
// Clientset implements clientset.Interface. Meant to be embedded into a
// struct to get a default implementation. This makes faking out just the method
// you want to test easier.
type Clientset struct {
	testing.Fake
	discovery *fakediscovery.FakeDiscovery
	tracker   testing.ObjectTracker
}

func (c *Clientset) Discovery() discovery.DiscoveryInterfaces {
	return c.discovery
}

func (c *Clientset) Tracker() testing.ObjectTracker {
	return c.tracker
}

// IsWatchListSemanticsUnSupported informs the reflector that this client
// doesn't support WatchList semantics.
//
// This is a synthetic method whose sole purpose is to satisfy the optional
// interface check performed by the reflector.
// Returning true signals that WatchList can NOT be used.
// No additional logic is implemented here.
func (c *Clientset) IsWatchListSemanticsUnSupported() bool {
	return true
}
`

const fakeClientsetManaged = `
// NewClientset returns a clientset that will respond with the provided objects.
// It's backed by a very simple object tracker that processes creates, updates and deletions as-is,
// without applying any validations and/or defaults. It shouldn't be considered a replacement
// for a real clientset and is mostly useful in simple unit tests.
//
// Compared to NewSimpleClientset, the Clientset returned here supports field tracking and thus
// server-side apply. Beware though that support in that for CRDs is missing
// (https://github.com/kubernetes/kubernetes/issues/126850).
func NewClientset(objects ...runtime.Object) *Clientset {
	o := testing.NewFieldManagedObjectTracker(
		scheme,
		codecs.UniversalDecoder(),
		$.newTypeConverter|raw$(scheme),
	)` + addObjects + watchReactor
