package client

import (
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

const testingPkg = "k8s.io/client-go/testing"

// fakeClientsetTarget returns the fake clientset: clientset_generated.go,
// backed by an object tracker, and its private scheme, which a
// register_custom.go beside it extends.
func (p *plan) fakeClientsetTarget() (generator.Target, error) {
	dir, pkg := filepath.Join(p.clientsetDir, "fake"), path.Join(p.clientsetPkg, "fake")
	custom, err := exists(filepath.Join(dir, "register_custom.go"))
	if err != nil {
		return nil, err
	}
	return p.target(dir, pkg, "fake", "// This package has the automatically generated fake clientset.\n",
		generator.GoGenerator{OutputFilename: "doc.go"}, p.newFakeClientset(pkg), p.newScheme(pkg, true, custom)), nil
}

// fakeTypedTarget returns the fake typed clients of a group version.
func (p *plan) fakeTypedTarget(gv *groupVersionInfo) generator.Target {
	dir, pkg := filepath.Join(gv.typedDir, "fake"), path.Join(gv.typedPkg, "fake")
	gens := []generator.Generator{generator.GoGenerator{OutputFilename: "doc.go"}}
	for _, t := range gv.types {
		gens = append(gens, p.newFakeTyped(gv, pkg, t))
	}
	gens = append(gens, p.newFakeGroup(gv, pkg))
	return p.target(dir, pkg, "fake", "// Package fake has the automatically generated clients.\n", gens...)
}

// newFakeClientset returns the generator of clientset_generated.go.
func (p *plan) newFakeClientset(pkg string) *wholefile.Generator {
	g := wholefile.New("clientset_generated.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := p.fakeClientsetArgs(c)
		sw.Do(fakeClientsetCommon, args)
		if p.generateApply() {
			sw.Do(fakeClientsetManaged, args)
		}
		sw.Do(fakeClientsetCheck, args)
		for _, cg := range p.clientsetGroups(c) {
			sw.Do(fakeClientsetGroup, cg)
		}
		return nil
	})
	p.aliasTyped(g, true)
	g.Alias(p.clientsetPkg, "clientset")
	for _, bare := range []string{testingPkg, discoveryPkg, runtimePkg, watchPkg} {
		g.Alias(bare, "")
	}
	g.Alias(discoveryPkg+"/fake", "fakediscovery")
	g.Alias(metaPkg, "metav1")
	return g
}

// fakeClientsetArgs returns the names clientset_generated.go uses.
func (p *plan) fakeClientsetArgs(c *generator.Context) generator.Args {
	args := generator.Args{
		"clientsetInterface":  wholefile.Ref(p.clientsetPkg, "Interface"),
		"discoveryInterfaces": wholefile.Ref(discoveryPkg, "DiscoveryInterfaces"),
		"fakeDiscovery":       wholefile.Ref(discoveryPkg+"/fake", "FakeDiscovery"),
		"runtimeObject":       wholefile.Ref(runtimePkg, "Object"),
		"watchInterface":      wholefile.Ref(watchPkg, "Interface"),
		"listOptions":         wholefile.Ref(metaPkg, "ListOptions"),
	}
	for _, n := range []string{"Fake", "FakeClient", "ObjectTracker", "NewObjectTracker", "NewFieldManagedObjectTracker", "ObjectReaction", "Action", "WatchActionImpl"} {
		args["testing"+n] = wholefile.Ref(testingPkg, n)
	}
	if p.generateApply() {
		args["newTypeConverter"] = wholefile.Ref(p.args.ApplyConfigurationPackage, "NewTypeConverter")
	}
	return args
}

// newFakeGroup returns the generator of fake_<group>_client.go.
func (p *plan) newFakeGroup(gv *groupVersionInfo, pkg string) *wholefile.Generator {
	version := namer.IC(string(gv.version))
	g := wholefile.New("fake_"+gv.pkgName+"_client.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := generator.Args{"GroupGoName": gv.goName, "Version": version,
			"Fake": wholefile.Ref(testingPkg, "Fake"), "restInterface": wholefile.Ref(restPkg, "Interface"), "RESTClient": wholefile.Ref(restPkg, "RESTClient")}
		sw.Do("\ntype Fake$.GroupGoName$$.Version$ struct {\n\t*$.Fake|raw$\n}\n", args)
		for _, t := range gv.types {
			sw.Do(fakeGroupGetter, generator.Args{"type": t, "GroupGoName": gv.goName, "Version": version,
				"interface": wholefile.Ref(gv.typedPkg, c.Namers["public"].Name(t)+"Interface"), "namespaced": !gv.in.Tags[t].NonNamespaced})
		}
		sw.Do(fakeGroupRESTClient, args)
		return nil
	})
	g.Alias(gv.typedPkg, strings.ToLower(path.Base(gv.typedPkg)))
	return g
}

const fakeGroupGetter = `
func (c *Fake$.GroupGoName$$.Version$) $.type|publicPlural$($if .namespaced$namespace string$end$) $.interface|raw$ {
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
func (c *Clientset) $.GoName$() $.Interface|raw$ {
	return &$.FakeClient|raw${Fake: &c.Fake}
}
`

const fakeClientsetCheck = `
var (
	_ $.clientsetInterface|raw$ = &Clientset{}
	_ $.testingFakeClient|raw$  = &Clientset{}
)
`

// watchReactor is the reactor both constructors install: watches come
// from the tracker, with the action's list options.
const watchReactor = `
	cs := &Clientset{tracker: o}
	cs.discovery = &$.fakeDiscovery|raw${Fake: &cs.Fake}
	cs.AddReactor("*", "*", $.testingObjectReaction|raw$(o))
	cs.AddWatchReactor("*", func(action $.testingAction|raw$) (handled bool, ret $.watchInterface|raw$, err error) {
		var opts $.listOptions|raw$
		if watchAction, ok := action.($.testingWatchActionImpl|raw$); ok {
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
func NewSimpleClientset(objects ...$.runtimeObject|raw$) *Clientset {
	o := $.testingNewObjectTracker|raw$(scheme, codecs.UniversalDecoder())` + addObjects + watchReactor + `
// Clientset implements clientset.Interface. Meant to be embedded into a
// struct to get a default implementation. This makes faking out just the method
// you want to test easier.
type Clientset struct {
	$.testingFake|raw$
	discovery *$.fakeDiscovery|raw$
	tracker   $.testingObjectTracker|raw$
}

func (c *Clientset) Discovery() $.discoveryInterfaces|raw$ {
	return c.discovery
}

func (c *Clientset) Tracker() $.testingObjectTracker|raw$ {
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
func NewClientset(objects ...$.runtimeObject|raw$) *Clientset {
	o := $.testingNewFieldManagedObjectTracker|raw$(
		scheme,
		codecs.UniversalDecoder(),
		$.newTypeConverter|raw$(scheme),
	)` + addObjects + watchReactor
