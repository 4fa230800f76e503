package register

import (
	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// tagEnabled switches register-gen on or off for a package.
const tagEnabled = "k8s:register-gen"

// switchValue is a +k8s:register-gen value: "false" switches register-gen
// off; any other value switches it on, as upstream reads it.
type switchValue string

const (
	// switchOn is the value to write to switch register-gen on.
	switchOn switchValue = "true"
	// switchOff switches register-gen off.
	switchOff switchValue = "false"
)

// parseSwitch accepts any value of +k8s:register-gen, as upstream does;
// a value other than true or false is warned about where it is read.
func parseSwitch(_ tags.Scope, value string) (switchValue, error) { return switchValue(value), nil }

// tagSet holds register-gen's tags, each declared with its value's parser.
type tagSet struct {
	// enabled is +k8s:register-gen in doc.go: "false" switches the
	// generator off, any other value on (upstream's own tests write a
	// group name there; we warn that only true and false mean anything).
	enabled tags.Typed[switchValue]
	// groupName is +groupName in doc.go: it switches the generator on when
	// +k8s:register-gen is absent, and names the API group.
	groupName tags.Typed[string]
}

func declareTags() tagSet {
	return tagSet{
		enabled: tags.Declare(tags.Definition{
			Name:       tagEnabled,
			Scopes:     tags.Package,
			Syntax:     "true|false",
			Doc:        "generate (true) or do not generate (false) the registration file; without it, +groupName decides",
			Repeatable: true,
		}, parseSwitch),
		groupName: apigroup.GroupNameTag(),
	}
}

// Registry declares register-gen's tags.
func Registry() *tags.Registry {
	ts := declareTags()
	return &tags.Registry{
		Generator:   Name,
		Namespaces:  []string{tagEnabled},
		Definitions: []tags.Definition{ts.enabled.Definition(), ts.groupName.Definition()},
	}
}
