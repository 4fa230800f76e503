package deepcopy

import (
	"fmt"
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
	valuePackage   = "package"
	optionRegister = "register"
)

// Registry declares deepcopy-gen's tags.
func Registry() *tags.Registry {
	return &tags.Registry{
		Generator:  Name,
		Namespaces: []string{tagEnabled},
		Definitions: []tags.Definition{{
			Name:   tagEnabled,
			Scopes: tags.Package | tags.Type,
			Syntax: "package|false (package), true|false (type)",
			Doc:    "generate for every copyable type of the package, or opt one type in or out",
			Parse:  tags.Checker(checkEnabled),
		}, {
			Name:   tagInterfaces,
			Scopes: tags.Type,
			Syntax: "<import/path>.<Interface>[,...]",
			Doc:    "also generate DeepCopy<Interface>() returning each named interface (e.g. k8s.io/apimachinery/pkg/runtime.Object)",
			Parse:  tags.Checker(checkInterfaces),
			// Upstream joins the lists of every occurrence.
			Repeatable: true,
		}, {
			Name:   tagNonPointer,
			Scopes: tags.Type,
			Syntax: "true|false",
			Doc:    "put the DeepCopy<Interface> methods on the value receiver instead of the pointer",
			Parse:  tags.Untyped(tags.Bool),
		}},
	}
}

func checkEnabled(scope tags.Scope, value string) error {
	if scope == tags.Type {
		_, err := tags.Bool(scope, value)
		return err
	}
	main, opts, _ := strings.Cut(value, ",")
	if main != valuePackage && main != "false" {
		return fmt.Errorf("unsupported value %q in doc.go (want \"package\" or \"false\"; a type opts in with +%s=true on the type)", value, tagEnabled)
	}
	for _, opt := range strings.Split(opts, ",") {
		if name, _, _ := strings.Cut(opt, "="); opt != "" && name != optionRegister {
			return fmt.Errorf("unsupported option %q (the only option is %q)", opt, optionRegister)
		}
	}
	return nil
}

func checkInterfaces(_ tags.Scope, value string) error {
	for _, name := range splitList(value) {
		n := types.ParseFullyQualifiedName(name)
		if n.Package == "" || n.Name == "" {
			return fmt.Errorf("%q is not a qualified interface name (want <import/path>.<Interface>, e.g. k8s.io/apimachinery/pkg/runtime.Object)", name)
		}
	}
	return nil
}

func splitList(value string) []string {
	var out []string
	for _, v := range strings.Split(value, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// packageMode is what a package's +k8s:deepcopy-gen says.
type packageMode struct {
	all      bool // "package": every copyable type
	optedOut bool // "false"
}

func readPackageMode(reg *tags.Registry, lines []string) packageMode {
	var m packageMode
	for _, v := range reg.Values(lines, tagEnabled) {
		main, _, _ := strings.Cut(v, ",")
		switch main {
		case valuePackage:
			m.all = true
		case "false":
			m.optedOut = true
		}
	}
	return m
}

// typeMode returns a type's own +k8s:deepcopy-gen value: "true", "false" or "".
func typeMode(reg *tags.Registry, t *types.Type) string {
	vals := reg.Values(inplace.TypeLines(t), tagEnabled)
	if len(vals) == 0 {
		return ""
	}
	return vals[0]
}

// interfaceNames returns the interfaces a type asks DeepCopy<Interface> for.
func interfaceNames(reg *tags.Registry, t *types.Type) []string {
	var out []string
	for _, v := range reg.Values(inplace.TypeLines(t), tagInterfaces) {
		out = append(out, splitList(v)...)
	}
	return out
}

// nonPointerInterfaces reports whether a type asks for value receivers.
func nonPointerInterfaces(reg *tags.Registry, t *types.Type) bool {
	vals := reg.Values(inplace.TypeLines(t), tagNonPointer)
	return len(vals) > 0 && vals[0] == "true"
}
