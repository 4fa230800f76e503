package crd

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"
)

// apply applies the schema markers among comment lines that are in
// known to s; a bad value is an error at the line find places (find takes
// the line after its "+"). elem is the element type when s is a list's
// (see applyItems).
func (b *builder) apply(s *jsonSchema, lines []string, known []string, elem *types.Type, find func(line string) token.Position) {
	found := parseMarkers(lines, known)
	b.checkSpelling(lines, find)
	var oneOf, items []marker
	required := false
	for _, m := range inApplyOrder(found) {
		var err error
		switch {
		case ignoredForm(m):
			b.warnOnce(find(m.line), "+%s: controller-gen reads no named arguments for %s and ignores the line, so does gengokit; write +%s=<value>", m.line, m.name, m.name)
		case missingValue(m) != nil:
			err = missingValue(m)
		case badTopology(m) != nil:
			err = badTopology(m)
		case m.name == "k8s:required":
			required = true
		case m.name == "k8s:enum": // a type's, see named
		case strings.HasSuffix(m.name, "OneOf"):
			oneOf = append(oneOf, m)
		case strings.HasPrefix(m.name, itemsPrefix):
			items = append(items, m)
		default:
			n := len(s.Validations)
			if err = checkApplies(s, m); err == nil {
				err = applyMarker(s, m)
			}
			b.noteRules(s, n, m, find)
		}
		if err != nil {
			b.errs.Addf(find(m.line), "+%s: %v", m.line, err)
		}
	}
	if required {
		requireNonEmpty(s)
	}
	b.applyItems(s, items, elem, find)
	for _, name := range []string{"AtMostOneOf", "ExactlyOneOf", "AtLeastOneOf"} { // controller-gen's order
		for _, m := range oneOf {
			if strings.HasSuffix(m.name, ":"+name) {
				s.Validations = append(s.Validations, oneOfRule(name, listValue(m.value)))
				b.noteRules(s, len(s.Validations)-1, m, find)
			}
		}
	}
}

// checkSpelling reports the marker lines that name no marker but are
// close to one (see misspelt).
func (b *builder) checkSpelling(lines []string, find func(line string) token.Position) {
	for _, line := range lines {
		if want, ok := misspelt(line); ok {
			text := strings.TrimPrefix(strings.TrimSpace(line), "+")
			name, _, _ := strings.Cut(text, "=")
			b.errs.Addf(find(text), "+%s is no marker of controller-gen's (which ignores it): did you mean +%s?", name, want)
		}
	}
}

// requireNonEmpty bounds a +k8s:required field as controller-gen does,
// unless a marker bounded it already: a string to one character at least,
// a list to one item, an object (or a reference to a struct) to one
// property.
func requireNonEmpty(s *jsonSchema) {
	one := int64(1)
	switch s.Type {
	case "string":
		if s.MinLength == nil {
			s.MinLength = &one
		}
	case "array":
		if s.MinItems == nil {
			s.MinItems = &one
		}
	case "object", "":
		if s.MinProperties == nil {
			s.MinProperties = &one
		}
	}
}

// itemsPrefix is the prefix of the markers that apply to a list's items.
const itemsPrefix = "kubebuilder:validation:items:"

// applyItems applies the +kubebuilder:validation:items:<marker> markers
// to the schema of a list's items: to it, when the items are of a
// builtin type; else beside the reference to the items' named type, and
// merged with it as controller-gen flattens them (see withField).
func (b *builder) applyItems(s *jsonSchema, items []marker, elem *types.Type, find func(line string) token.Position) {
	if len(items) == 0 {
		return
	}
	target := s.Items
	if target != nil && elem != nil && isReference(elem) {
		target = referenceProps(elem)
	}
	for _, m := range items {
		var err error
		if target == nil {
			err = fmt.Errorf("the field is not a list: write the marker without items:")
		} else {
			n := len(target.Validations)
			if err = checkApplies(target, withoutItems(m)); err == nil {
				err = applyMarker(target, withoutItems(m))
			}
			b.noteRules(target, n, m, find)
		}
		if err != nil {
			b.errs.Addf(find(m.line), "+%s: %v", m.line, err)
		}
	}
	if target != nil && target != s.Items {
		s.Items = withField(s.Items, target)
	}
}

// withoutItems returns an items: marker as the marker it applies to the
// items.
func withoutItems(m marker) marker {
	m.name = "kubebuilder:validation:" + strings.TrimPrefix(m.name, itemsPrefix)
	return m
}

// noteRules tells Options.RuleAt of the CEL rules s gained from marker m
// (those from index from on).
func (b *builder) noteRules(s *jsonSchema, from int, m marker, find func(line string) token.Position) {
	if b.opts.RuleAt == nil || from >= len(s.Validations) {
		return
	}
	at := find(m.line)
	for _, r := range s.Validations[from:] {
		b.opts.RuleAt(r.Rule, at)
	}
}

// oneOfRule returns the CEL rule controller-gen writes for
// +kubebuilder:validation:AtMostOneOf, ExactlyOneOf or AtLeastOneOf.
func oneOfRule(name string, fields []string) celRule {
	list := "[" + strings.Join(fields, " ") + "]"
	var counts, any []string
	for _, f := range fields {
		counts = append(counts, "(has(self."+f+")?1:0)")
		any = append(any, "has(self."+f+")")
	}
	switch name {
	case "AtMostOneOf":
		return celRule{Rule: strings.Join(counts, "+") + " <= 1", Message: "at most one of the fields in " + list + " may be set"}
	case "ExactlyOneOf":
		return celRule{Rule: strings.Join(counts, "+") + " == 1", Message: "exactly one of the fields in " + list + " must be set"}
	}
	return celRule{Rule: strings.Join(any, "||"), Message: "at least one of the fields in " + list + " must be set"}
}

// boundName returns the short name of a bound marker
// (kubebuilder:validation:MaxItems and k8s:maxItems are MaxItems), or the
// marker's name less kubebuilder:validation: for any other.
func boundName(name string) string {
	switch name {
	case "k8s:minimum":
		return "Minimum"
	case "k8s:maximum":
		return "Maximum"
	case "k8s:maxItems":
		return "MaxItems"
	}
	return strings.TrimPrefix(name, "kubebuilder:validation:")
}

// applyMarker applies one marker to s.
func applyMarker(s *jsonSchema, m marker) error {
	var err error
	switch boundName(m.name) {
	case "Minimum":
		s.Minimum, err = floatValue(m.value)
	case "Maximum":
		s.Maximum, err = floatValue(m.value)
	case "MultipleOf":
		s.MultipleOf, err = floatValue(m.value)
	case "ExclusiveMinimum":
		s.ExclusiveMinimum, err = boolValue(m.value)
	case "ExclusiveMaximum":
		s.ExclusiveMaximum, err = boolValue(m.value)
	case "UniqueItems":
		s.UniqueItems, err = boolValue(m.value)
	case "MinLength":
		s.MinLength, err = intValue(m.value)
	case "MaxLength":
		s.MaxLength, err = intValue(m.value)
	case "MinItems":
		s.MinItems, err = intValue(m.value)
	case "MaxItems":
		s.MaxItems, err = intValue(m.value)
	case "MinProperties":
		s.MinProperties, err = intValue(m.value)
	case "MaxProperties":
		s.MaxProperties, err = intValue(m.value)
	default:
		return applyOther(s, m)
	}
	return err
}

// applyOther applies the markers that are not numeric bounds.
func applyOther(s *jsonSchema, m marker) error {
	var err error
	switch m.name {
	case "kubebuilder:validation:Pattern":
		s.Pattern, err = stringValue(m.value)
	case "kubebuilder:validation:Format":
		s.Format, err = stringValue(m.value)
	case "kubebuilder:validation:Type":
		s.Type, err = stringValue(m.value)
	case "kubebuilder:title":
		s.Title, err = stringValue(m.value)
	case "kubebuilder:validation:Enum":
		for _, item := range listValue(m.value) {
			s.Enum = append(s.Enum, anyValue(item))
		}
	case "kubebuilder:validation:Nullable", "nullable":
		s.Nullable = true
	case "kubebuilder:validation:XIntOrString":
		s.IntOrString = true
	case "kubebuilder:pruning:PreserveUnknownFields", "kubebuilder:validation:XPreserveUnknownFields":
		yes := true
		s.PreserveUnknownFields = &yes
	case "kubebuilder:default", "kubebuilder:example":
		return applyValue(s, m)
	case "default":
		if json.Valid([]byte(m.value)) { // +default=ref(...) is defaulter-gen's alone
			s.Default = json.RawMessage(m.value)
		}
	case "listType", "k8s:listType":
		s.ListType = m.value
	case "listMapKey", "k8s:listMapKey":
		if !slices.Contains(s.ListMapKeys, m.value) { // +listMapKey and +k8s:listMapKey name the same keys
			s.ListMapKeys = append(s.ListMapKeys, m.value)
		}
	case "mapType", "structType":
		s.MapType = m.value
	case "kubebuilder:validation:XValidation":
		return applyRule(s, m)
	case "kubebuilder:validation:EmbeddedResource", "kubebuilder:validation:XEmbeddedResource":
		s.EmbeddedResource = true
	case "kubebuilder:validation:Schemaless": // see fieldSchema
	case "kubebuilder:externalDocs":
		return applyDocs(s, m)
	case "k8s:immutable":
		s.Validations = append(s.Validations, celRule{Rule: "self == oldSelf", Message: "field is immutable"})
	}
	return err
}

// applyValue applies a default or an example.
func applyValue(s *jsonSchema, m marker) error {
	v := strings.TrimSpace(m.value)
	if strings.HasPrefix(v, "{") && !closedBraces(v) {
		return fmt.Errorf("%s is not a closed {list} or {key: value} map", v)
	}
	raw := compositeValue(v)
	if m.name == "kubebuilder:default" {
		s.Default = raw
	} else {
		s.Example = raw
	}
	return nil
}

// closedBraces reports whether a value's braces, outside quotes, close at
// its end and not before.
func closedBraces(v string) bool {
	at, depth, open := scanOutsideQuotes(v, func(i int, c byte, depth int) bool { return c == '}' && depth == 0 && i != len(v)-1 })
	return at < 0 && depth == 0 && !open
}

// compositeValue reads a default or an example: a list {a,b}, a map
// {key:value,...} (either nesting others), or a single value.
func compositeValue(v string) json.RawMessage {
	if !strings.HasPrefix(v, "{") || !strings.HasSuffix(v, "}") {
		return anyValue(v)
	}
	if strings.TrimSpace(v[1:len(v)-1]) == "" {
		return json.RawMessage("{}")
	}
	items := listValue(v)
	isMap := len(items) > 0
	for _, item := range items {
		_, _, ok := mapEntry(item)
		isMap = isMap && ok
	}
	if !isMap {
		var list []json.RawMessage
		for _, item := range items {
			list = append(list, compositeValue(item))
		}
		raw, _ := json.Marshal(list)
		return raw
	}
	obj := map[string]json.RawMessage{}
	for _, item := range items {
		k, val, _ := mapEntry(item)
		obj[k] = compositeValue(val)
	}
	raw, _ := json.Marshal(obj)
	return raw
}

// mapEntry splits an item of a map value, key:value, where the key is a
// bare word or a quoted string ({"observedGeneration":-1}); ok is false
// for an item that is no such pair.
func mapEntry(item string) (key, value string, ok bool) {
	item = strings.TrimSpace(item)
	if item != "" && (item[0] == '"' || item[0] == '`') {
		end := strings.IndexByte(item[1:], item[0])
		if end < 0 {
			return "", "", false
		}
		rest := strings.TrimSpace(item[end+2:])
		if !strings.HasPrefix(rest, ":") {
			return "", "", false
		}
		key, err := stringValue(item[:end+2])
		return key, strings.TrimSpace(rest[1:]), err == nil
	}
	key, value, ok = strings.Cut(item, ":")
	if !ok || strings.ContainsAny(key, "{\"`") {
		return "", "", false
	}
	return strings.TrimSpace(key), strings.TrimSpace(value), true
}

// applyRule adds a CEL rule (+kubebuilder:validation:XValidation).
func applyRule(s *jsonSchema, m marker) error {
	var r celRule
	var optionalOldSelf string
	err := errors.Join(setArgs(m, map[string]func(string) error{
		"rule": setString(&r.Rule), "message": setString(&r.Message), "messageExpression": setString(&r.MessageExpression),
		"reason": setString(&r.Reason), "fieldPath": setString(&r.FieldPath), "optionalOldSelf": setString(&optionalOldSelf),
	})...)
	if err != nil {
		return err
	}
	if optionalOldSelf != "" {
		yes := optionalOldSelf == "true"
		r.OptionalOldSelf = &yes
	}
	if r.Rule == "" {
		return fmt.Errorf("no rule: write rule=\"<CEL expression>\"")
	}
	s.Validations = append(s.Validations, r)
	return nil
}

// applyDocs applies +kubebuilder:externalDocs:url=...,description=...;
// the url must be one.
func applyDocs(s *jsonSchema, m marker) error {
	docs := &externalDocs{}
	if err := errors.Join(setArgs(m, map[string]func(string) error{"url": setString(&docs.URL), "description": setString(&docs.Description)})...); err != nil {
		return err
	}
	if _, err := url.ParseRequestURI(docs.URL); err != nil {
		return fmt.Errorf("url %q is not a URL: give an absolute one", docs.URL)
	}
	s.ExternalDocs = docs
	return nil
}

// floatValue reads a number.
func floatValue(v string) (*float64, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil {
		return nil, fmt.Errorf("%q is not a number", v)
	}
	return &f, nil
}

// intValue reads an integer.
func intValue(v string) (*int64, error) {
	i, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%q is not an integer", v)
	}
	return &i, nil
}

// boolValue reads a flag's value: none (true), true or false.
func boolValue(v string) (bool, error) {
	switch strings.TrimSpace(v) {
	case "", "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, fmt.Errorf("%q is not true or false", v)
}

// anyValue reads a value of a list or a default as JSON: an integer, a
// number, true or false, else a string (quoted or bare).
func anyValue(v string) json.RawMessage {
	v = strings.TrimSpace(v)
	if _, err := strconv.ParseInt(v, 10, 64); err == nil {
		return json.RawMessage(v)
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil && strings.ContainsAny(v, ".eE") {
		return json.RawMessage(v)
	}
	if v == "true" || v == "false" {
		return json.RawMessage(v)
	}
	s, err := stringValue(v)
	if err != nil {
		s = v
	}
	raw, _ := json.Marshal(s)
	return raw
}
