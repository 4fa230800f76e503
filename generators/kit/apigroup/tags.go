package apigroup

import (
	"reflect"
	"strings"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/genclient"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The tags read here, without their "+".
const (
	// TagGroupName is the package tag naming the API group.
	TagGroupName = "groupName"
	// TagGroupGoName is the package tag naming the group in Go identifiers.
	TagGroupGoName = "groupGoName"
	// TagResourceName is the type tag naming the resource a type is served as.
	TagResourceName = "resourceName"
)

// GroupNameTag is +groupName=<group> in doc.go, e.g. networking.example.com;
// it may be empty (the legacy core group), else it must be a DNS
// subdomain: every registry that declares it checks that.
func GroupNameTag() tags.Typed[string] {
	return tags.Declare(tags.Definition{Name: TagGroupName, Scopes: tags.Package, Syntax: "<group>", FirstWins: true,
		Doc: "the API group, a DNS subdomain, e.g. networking.example.com (default: the directory above the version)"}, groupNameValue)
}

// GroupGoNameTag is +groupGoName=<GoName> in doc.go.
func GroupGoNameTag() tags.Typed[string] {
	return tags.Declare(tags.Definition{Name: TagGroupGoName, Scopes: tags.Package, Syntax: "<GoName>",
		Doc: "the group's name in Go identifiers (default: the group's first label, capitalized)"}, tags.String)
}

// ResourceNameTag is +resourceName=<resource> on a type, which client-gen
// and informer-gen read.
func ResourceNameTag() tags.Typed[string] {
	return tags.Declare(tags.Definition{Name: TagResourceName, Scopes: tags.Type, Syntax: "<resource>",
		Doc: "the resource name the client requests and generic.go matches the type by (default: the lower-case plural)"}, tags.String)
}

// activationTag is a generator's switch, e.g. +k8s:lister-gen=false.
func activationTag(name string) tags.Typed[bool] {
	return tags.Declare(tags.Definition{Name: name, Scopes: tags.Package, Syntax: "false",
		Doc: "do not generate for this package"}, tags.Bool)
}

// Definitions declares the package tags the client-side generators read,
// with the generator's own switch (e.g. "k8s:lister-gen").
func Definitions(activation string) []tags.Definition {
	return append([]tags.Definition{
		activationTag(activation).Definition(), GroupNameTag().Definition(), GroupGoNameTag().Definition(),
	}, genclient.Definitions()...)
}

// Registry returns the tag registry of the client-side generator named
// generator (e.g. "lister-gen"), switched off by the package tag
// activation (e.g. "k8s:lister-gen"): Definitions, then more.
func Registry(generator, activation string, more ...tags.Definition) *tags.Registry {
	return &tags.Registry{
		Generator:   generator,
		Namespaces:  []string{activation, "genclient"},
		Definitions: append(Definitions(activation), more...),
	}
}

// GroupName returns the +groupName of a package's doc.go comments; false
// when it has none.
func GroupName(comments []string) (string, bool) {
	return GroupNameTag().Get(comments, tags.Package)
}

// GoName returns the Go name of group for a package with the given doc.go
// comments: its +groupGoName, else the group's first label, in CamelCase
// (e.g. "Networking" for "networking.k8s.io", "Core" for "").
func GoName(group Group, comments []string) string {
	if name, ok := GroupGoNameTag().Get(comments, tags.Package); ok {
		return namer.IC(name)
	}
	return namer.IC(strings.Split(group.NonEmpty(), ".")[0])
}

// ResourceName returns t's +resourceName; false when it has none, or an
// empty one, for which client-gen and informer-gen (upstream's too) use the
// lower-case plural of the type's name.
func ResourceName(t *types.Type) (string, bool) {
	name, ok := ResourceNameTag().Get(Comments(t), tags.Type)
	return name, ok && name != ""
}

// IsInternal reports whether ts are the types of an internal (hub)
// package: the first of them with an ObjectMeta field has it without a
// json tag. Types without ObjectMeta say nothing: false.
func IsInternal(ts []*types.Type) bool {
	m, ok := objectMeta(ts)
	if !ok {
		return false
	}
	tag, tagged := reflect.StructTag(m.Tags).Lookup("json")
	return !tagged || tag == "-"
}

// switchedOff reports whether a package's comments switch the generator
// off with +<activation>=false (a bad value is the registry's to report).
func switchedOff(activation string, comments []string) bool {
	values, err := activationTag(activation).All(comments, tags.Package)
	if err != nil {
		return false
	}
	for _, on := range values {
		if !on {
			return true
		}
	}
	return false
}
