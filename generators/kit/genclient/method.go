package genclient

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// Method is one +genclient:method extension, e.g.
// "GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale".
type Method struct {
	// Name is the method's name, e.g. "GetScale".
	Name string
	// Verb is the verb it performs, e.g. "get".
	Verb string
	// Subresource is the subresource path, e.g. "scale"; empty for none.
	Subresource string
	// Input and Result override the request and response types, as
	// "<import/path>.<Type>"; empty for the type itself.
	Input, Result string
}

// ParseMethod reads a +genclient:method value.
func ParseMethod(spec string) (Method, error) {
	parts := strings.Split(spec, ",")
	m := Method{Name: parts[0]}
	if m.Name == "" {
		return m, fmt.Errorf("the method needs a name first: +%s=Foo,verb=create", tagMethod)
	}
	if !token.IsIdentifier(m.Name) || !token.IsExported(m.Name) {
		return m, fmt.Errorf("%q is not an exported Go name, which the value must start with (the fake client implements the method from another package): +%s=GetScale,verb=get,subresource=scale", m.Name, tagMethod)
	}
	for _, p := range parts[1:] {
		if err := m.set(p); err != nil {
			return m, err
		}
	}
	return m, m.validate()
}

func (m *Method) set(param string) error {
	kv := strings.Split(param, "=")
	if len(kv) != 2 {
		return fmt.Errorf("%s: %q is not key=value; the keys are verb, subresource, input and result, e.g. verb=get", m.Name, param)
	}
	key, val := strings.TrimSpace(kv[0]), strings.TrimSpace(kv[1])
	if val == "" {
		return fmt.Errorf("%s: empty value for %q; give it a value, or remove %s=", m.Name, key, key)
	}
	switch key {
	case "verb":
		m.Verb = val
	case "subresource":
		m.Subresource = val
	case "input":
		m.Input = val
	case "result":
		m.Result = val
	default:
		return fmt.Errorf("%s: unknown key %q (known: verb, subresource, input, result)", m.Name, key)
	}
	return nil
}

func (m Method) validate() error {
	if m.Verb == "" {
		return fmt.Errorf("%s: the verb is missing (e.g. +%s=%s,verb=create)", m.Name, tagMethod, m.Name)
	}
	if slices.Contains(Verbs(), m.Verb) && !slices.Contains(extensionVerbs(), m.Verb) {
		// Upstream writes a method without a body for applyStatus.
		return fmt.Errorf("%s: verb %q cannot be an extension method; use one of %s", m.Name, m.Verb, strings.Join(extensionVerbs(), ", "))
	}
	if !slices.Contains(Verbs(), m.Verb) {
		return fmt.Errorf("%s: unknown verb %q; use one of %s", m.Name, m.Verb, strings.Join(extensionVerbs(), ", "))
	}
	if m.Result != "" && !slices.Contains(resultVerbs(), m.Verb) {
		return fmt.Errorf("%s: result= is not supported for %q verbs, only for %s; remove it", m.Name, m.Verb, strings.Join(resultVerbs(), ", "))
	}
	if m.Input != "" && !slices.Contains(inputVerbs(), m.Verb) {
		return fmt.Errorf("%s: input= is not supported for %q verbs, only for %s; remove it", m.Name, m.Verb, strings.Join(inputVerbs(), ", "))
	}
	if m.Verb == "list" && m.Subresource != "" {
		// Upstream writes a fake client for it that does not compile.
		return fmt.Errorf("%s: a list of a subresource is not supported (its fake client cannot be generated); drop subresource=", m.Name)
	}
	return nil
}

// extensionVerbs are the verbs an extension method can have.
func extensionVerbs() []string { return []string{"create", "update", "get", "list", "patch", "apply"} }

// resultVerbs are the verbs whose extension methods take result=.
func resultVerbs() []string { return extensionVerbs() }

// inputVerbs are the verbs whose extension methods take input=.
func inputVerbs() []string { return []string{"create", "update", "apply"} }
