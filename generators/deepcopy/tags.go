package deepcopy

import (
	"fmt"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The tags deepcopy-gen reads.
const (
	tagEnabled     = "k8s:deepcopy-gen"
	tagInterfaces  = "k8s:deepcopy-gen:interfaces"
	tagNonPointer  = "k8s:deepcopy-gen:nonpointer-interfaces"
	optionRegister = "register"
)

// mode is a +k8s:deepcopy-gen value.
type mode string

const (
	// modeNone: the type says nothing of its own.
	modeNone mode = ""
	// modePackage, in doc.go: every copyable type of the package.
	modePackage mode = "package"
	// modeTrue opts a type in.
	modeTrue mode = "true"
	// modeFalse opts the package or a type out.
	modeFalse mode = "false"
)

// tagSet holds deepcopy-gen's tags, each declared with its value's parser.
type tagSet struct {
	// enabled is +k8s:deepcopy-gen: on a package "package" or "false"
	// (options dropped), on a type "true" or "false".
	enabled tags.Typed[mode]
	// interfaces is +k8s:deepcopy-gen:interfaces, the qualified names of
	// the interfaces to write DeepCopy<Interface> for.
	interfaces tags.Typed[[]string]
	// nonPointer is +k8s:deepcopy-gen:nonpointer-interfaces.
	nonPointer tags.Typed[bool]
}

func declareTags() tagSet {
	return tagSet{
		enabled: tags.Declare(tags.Definition{
			Name:   tagEnabled,
			Scopes: tags.Package | tags.Type,
			Syntax: "package|false (package), true|false (type)",
			Doc:    "generate for every copyable type of the package, or opt one type in or out",
		}, parseEnabled),
		interfaces: tags.Declare(tags.Definition{
			Name:   tagInterfaces,
			Scopes: tags.Type,
			Syntax: "<import/path>.<Interface>[,...]",
			Doc:    "also generate DeepCopy<Interface>() returning each named interface (e.g. k8s.io/apimachinery/pkg/runtime.Object)",
			// Upstream joins the lists of every occurrence.
			Repeatable: true,
		}, parseInterfaces),
		nonPointer: tags.Declare(tags.Definition{
			Name:   tagNonPointer,
			Scopes: tags.Type,
			Syntax: "true|false",
			Doc:    "put the DeepCopy<Interface> methods on the value receiver instead of the pointer",
		}, tags.Bool),
	}
}

// Registry declares deepcopy-gen's tags.
func Registry() *tags.Registry {
	ts := declareTags()
	return &tags.Registry{
		Generator:   Name,
		Namespaces:  []string{tagEnabled},
		Definitions: []tags.Definition{ts.enabled.Definition(), ts.interfaces.Definition(), ts.nonPointer.Definition()},
	}
}

// parseEnabled reads +k8s:deepcopy-gen: "true" or "false" on a type; on a
// package "package" or "false", whose options (only "register") it drops.
func parseEnabled(scope tags.Scope, value string) (mode, error) {
	if scope == tags.Type {
		if mode(value) == modePackage {
			return "", fmt.Errorf("%q belongs in doc.go, for the whole package; on a type write \"true\" or \"false\"", value)
		}
		return tags.Enum(modeTrue, modeFalse)(scope, value)
	}
	text, opts, _ := strings.Cut(value, ",")
	main := mode(text)
	switch {
	case main == modeTrue:
		return "", fmt.Errorf("%q opts one type in and belongs on that type; in doc.go write \"package\" (every copyable type) or \"false\"", value)
	case main != modePackage && main != modeFalse:
		return "", fmt.Errorf("unsupported value %q in doc.go (want \"package\" or \"false\"; a type opts in with +%s=true on the type)", value, tagEnabled)
	}
	for _, opt := range strings.Split(opts, ",") {
		if name, _, _ := strings.Cut(opt, "="); opt != "" && name != optionRegister {
			return "", fmt.Errorf("unsupported option %q (the only option is %q)", opt, optionRegister)
		}
	}
	return main, nil
}

// parseInterfaces reads a comma-separated list of qualified interface
// names, spaces and empty elements dropped.
func parseInterfaces(_ tags.Scope, value string) ([]string, error) {
	var names []string
	for _, name := range strings.Split(value, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		n := types.ParseFullyQualifiedName(name)
		if n.Package == "" || n.Name == "" {
			return nil, fmt.Errorf("%q is not a qualified interface name (want <import/path>.<Interface>, e.g. k8s.io/apimachinery/pkg/runtime.Object)", name)
		}
		names = append(names, name)
	}
	return names, nil
}

// packageMode is what a package's +k8s:deepcopy-gen says.
type packageMode struct {
	all      bool // "package": every copyable type
	optedOut bool // "false"
}

// packageMode reads the package's +k8s:deepcopy-gen from lines.
func (ts tagSet) packageMode(lines []string) packageMode {
	values, _ := ts.enabled.All(lines, tags.Package) // checked before
	return packageMode{all: slices.Contains(values, modePackage), optedOut: slices.Contains(values, modeFalse)}
}

// typeMode returns a type's own +k8s:deepcopy-gen value: modeTrue,
// modeFalse or modeNone.
func (ts tagSet) typeMode(t *types.Type) mode {
	v, _ := ts.enabled.Get(inplace.TypeLines(t), tags.Type)
	return v
}

// interfaceNames returns the interfaces a type asks DeepCopy<Interface> for.
func (ts tagSet) interfaceNames(t *types.Type) []string {
	lists, _ := ts.interfaces.All(inplace.TypeLines(t), tags.Type) // checked before
	return slices.Concat(lists...)
}

// nonPointerInterfaces reports whether a type asks for value receivers.
func (ts tagSet) nonPointerInterfaces(t *types.Type) bool {
	v, _ := ts.nonPointer.Get(inplace.TypeLines(t), tags.Type)
	return v
}
