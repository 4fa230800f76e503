package genclient

import (
	"fmt"
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
		return fmt.Errorf("%s: %q is not key=value", m.Name, param)
	}
	key, val := strings.TrimSpace(kv[0]), strings.TrimSpace(kv[1])
	if val == "" {
		return fmt.Errorf("%s: empty value for %q", m.Name, key)
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
	if slices.Contains([]string{"updateStatus", "applyStatus", "deleteCollection", "watch", "delete"}, m.Verb) {
		// Upstream writes a method without a body for applyStatus.
		return fmt.Errorf("%s: verb %q cannot be an extension method", m.Name, m.Verb)
	}
	if !slices.Contains(Verbs(), m.Verb) {
		return fmt.Errorf("%s: unknown verb %q (known verbs: %s)", m.Name, m.Verb, strings.Join(Verbs(), ", "))
	}
	if m.Result != "" && !slices.Contains([]string{"create", "update", "get", "list", "patch", "apply"}, m.Verb) {
		return fmt.Errorf("%s: result= is not supported for %q verbs", m.Name, m.Verb)
	}
	if m.Input != "" && !slices.Contains([]string{"create", "update", "apply"}, m.Verb) {
		return fmt.Errorf("%s: input= is not supported for %q verbs", m.Name, m.Verb)
	}
	if m.Verb == "list" && m.Subresource != "" {
		// Upstream writes a fake client for it that does not compile.
		return fmt.Errorf("%s: a list of a subresource is not supported (its fake client cannot be generated); drop subresource=", m.Name)
	}
	return nil
}
