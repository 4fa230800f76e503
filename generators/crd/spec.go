package crd

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/gobuffalo/flect"
)

// crdDocument is a CustomResourceDefinition as the generator writes it.
type crdDocument struct {
	APIVersion string  `json:"apiVersion"`
	Kind       string  `json:"kind"`
	Metadata   crdMeta `json:"metadata"`
	Spec       crdSpec `json:"spec"`
}

// crdMeta is a CRD's metadata.
type crdMeta struct {
	Annotations map[string]string `json:"annotations,omitempty"`
	Labels      map[string]string `json:"labels,omitempty"`
	Name        string            `json:"name"`
}

// crdSpec is a CRD's spec.
type crdSpec struct {
	Group    string       `json:"group"`
	Names    crdNames     `json:"names"`
	Scope    string       `json:"scope"`
	Versions []crdVersion `json:"versions"`
}

// crdNames are a CRD's names.
type crdNames struct {
	Categories []string `json:"categories,omitempty"`
	Kind       string   `json:"kind"`
	ListKind   string   `json:"listKind"`
	Plural     string   `json:"plural"`
	ShortNames []string `json:"shortNames,omitempty"`
	Singular   string   `json:"singular"`
}

// crdVersion is one version of a CRD.
type crdVersion struct {
	Columns            []crdColumn      `json:"additionalPrinterColumns,omitempty"`
	Deprecated         bool             `json:"deprecated,omitempty"`
	DeprecationWarning *string          `json:"deprecationWarning,omitempty"`
	Name               string           `json:"name"`
	Schema             crdValidation    `json:"schema"`
	SelectableFields   []crdSelectable  `json:"selectableFields,omitempty"`
	Served             bool             `json:"served"`
	Storage            bool             `json:"storage"`
	Subresources       *crdSubresources `json:"subresources,omitempty"`
}

// crdColumn is a column kubectl get prints (+kubebuilder:printcolumn).
type crdColumn struct {
	Description string `json:"description,omitempty"`
	Format      string `json:"format,omitempty"`
	JSONPath    string `json:"jsonPath"`
	Name        string `json:"name"`
	Priority    int64  `json:"priority,omitempty"`
	Type        string `json:"type"`
}

// crdSelectable is a field a version can be listed by
// (+kubebuilder:selectablefield).
type crdSelectable struct {
	JSONPath string `json:"jsonPath"`
}

// crdValidation holds a version's schema.
type crdValidation struct {
	Schema *jsonSchema `json:"openAPIV3Schema"`
}

// crdSubresources are a version's subresources.
type crdSubresources struct {
	Scale  *crdScale `json:"scale,omitempty"`
	Status *struct{} `json:"status,omitempty"`
}

// crdScale is a version's scale subresource.
type crdScale struct {
	LabelSelectorPath  *string `json:"labelSelectorPath,omitempty"`
	SpecReplicasPath   string  `json:"specReplicasPath"`
	StatusReplicasPath string  `json:"statusReplicasPath"`
}

// applyKindMarkers applies the markers of a kind's type to the CRD's spec
// and to its version: +kubebuilder:resource, +kubebuilder:storageversion
// and +kubebuilder:subresource:status.
func (b *builder) applyKindMarkers(meta *crdMeta, spec *crdSpec, v *crdVersion, k kind) {
	found := parseMarkers(b.typeLines(k.t), typeMarkers)
	for _, m := range found {
		switch m.name {
		case "kubebuilder:storageversion":
			v.Storage = true
		case "kubebuilder:unservedversion":
			v.Served = false
		case "kubebuilder:selectablefield":
			var sel crdSelectable
			b.readArgs(m, k, map[string]func(string) error{"JSONPath": setString(&sel.JSONPath)})
			v.SelectableFields = append(v.SelectableFields, sel)
		case "kubebuilder:subresource:status":
			if v.Subresources == nil {
				v.Subresources = &crdSubresources{}
			}
			v.Subresources.Status = &struct{}{}
		case "kubebuilder:resource":
			b.applyResource(spec, m, k)
		case "kubebuilder:printcolumn":
			b.applyColumn(v, m, k)
			if v.Subresources == nil { // as controller-gen's printcolumn leaves it
				v.Subresources = &crdSubresources{}
			}
		case "kubebuilder:subresource:scale":
			if v.Subresources == nil {
				v.Subresources = &crdSubresources{}
			}
			v.Subresources.Scale = b.scale(m, k)
		case "kubebuilder:metadata":
			b.applyMetadata(meta, m, k)
		case "kubebuilder:deprecatedversion":
			v.Deprecated = true
			if w, ok := m.args["warning"]; ok {
				text, err := stringValue(w)
				if err != nil {
					b.errs.Addf(b.index.Type(k.t).Pos, "+%s: %v", m.line, err)
				}
				v.DeprecationWarning = &text
			}
		}
	}
}

// applyResource applies +kubebuilder:resource's arguments.
func (b *builder) applyResource(spec *crdSpec, m marker, k kind) {
	b.readArgs(m, k, map[string]func(string) error{
		"scope": setString(&spec.Scope), "path": setString(&spec.Names.Plural), "singular": setString(&spec.Names.Singular),
		"shortName": setList(&spec.Names.ShortNames), "categories": setList(&spec.Names.Categories),
	})
	if spec.Scope != "Namespaced" && spec.Scope != "Cluster" {
		b.errs.Addf(b.index.Type(k.t).Find(m.line), "+%s: scope is %q; write scope=Namespaced or scope=Cluster", m.line, spec.Scope)
	}
}

// scale reads +kubebuilder:subresource:scale's paths.
func (b *builder) scale(m marker, k kind) *crdScale {
	sc := &crdScale{}
	b.readArgs(m, k, map[string]func(string) error{
		"specpath": setString(&sc.SpecReplicasPath), "statuspath": setString(&sc.StatusReplicasPath),
		"selectorpath": func(raw string) error {
			text, err := stringValue(raw)
			sc.LabelSelectorPath = &text
			return err
		},
	})
	return sc
}

// applyMetadata adds +kubebuilder:metadata's annotations and labels
// ("key=value" each) to the CRD's metadata.
func (b *builder) applyMetadata(meta *crdMeta, m marker, k kind) {
	b.readArgs(m, k, map[string]func(string) error{"annotations": setPairs(&meta.Annotations), "labels": setPairs(&meta.Labels)})
}

// applyColumn adds a +kubebuilder:printcolumn column to the version.
func (b *builder) applyColumn(v *crdVersion, m marker, k kind) {
	var c crdColumn
	b.readArgs(m, k, map[string]func(string) error{
		"name": setString(&c.Name), "type": setString(&c.Type), "JSONPath": setString(&c.JSONPath),
		"description": setString(&c.Description), "format": setString(&c.Format),
		"priority": func(raw string) error {
			p, err := intValue(raw)
			if err == nil {
				c.Priority = *p
			}
			return err
		},
	})
	for i, value := range []string{c.Name, c.Type, c.JSONPath} {
		if value == "" {
			arg := []string{"name", "type", "JSONPath"}[i]
			b.errs.Addf(b.index.Type(k.t).Find(m.line), "+%s: no %s: a column needs name, type and JSONPath", m.line, arg)
		}
	}
	v.Columns = append(v.Columns, c)
}

// readArgs reads a kind marker's named arguments, in the order of their
// names, each with its setter; a bad value, or an argument no setter
// takes, is an error at the marker.
func (b *builder) readArgs(m marker, k kind, setters map[string]func(raw string) error) {
	for _, err := range setArgs(m, setters) {
		b.errs.Addf(b.index.Type(k.t).Find(m.line), "+%s: %v", m.line, err)
	}
}

// setArgs gives each of a marker's named arguments, in the order of their
// names, to its setter, and returns an error for each bad value and each
// argument no setter takes.
func setArgs(m marker, setters map[string]func(raw string) error) []error {
	var errs []error
	for _, arg := range slices.Sorted(maps.Keys(m.args)) {
		set, ok := setters[arg]
		if !ok {
			errs = append(errs, fmt.Errorf("unknown argument %q (%s are known)", arg, strings.Join(slices.Sorted(maps.Keys(setters)), ", ")))
			continue
		}
		if err := set(m.args[arg]); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", arg, err))
		}
	}
	return errs
}

// setString returns a setter of a string argument.
func setString(dst *string) func(string) error {
	return func(raw string) error {
		var err error
		*dst, err = stringValue(raw)
		return err
	}
}

// setList returns a setter of a list argument ({a,b} or a;b).
func setList(dst *[]string) func(string) error {
	return func(raw string) error {
		text, err := stringValue(raw)
		*dst = nil
		for _, item := range listValue(text) { // {"a","b"} or a;b
			word, itemErr := stringValue(item)
			*dst = append(*dst, word)
			err = cmp.Or(err, itemErr)
		}
		return err
	}
}

// setPairs returns a setter adding "key=value" items to a map.
func setPairs(dst *map[string]string) func(string) error {
	return func(raw string) error {
		for _, item := range listValue(raw) {
			text, err := stringValue(item)
			key, val, ok := strings.Cut(text, "=")
			if err != nil || !ok {
				return fmt.Errorf("%s is not in key=value form", item)
			}
			if *dst == nil {
				*dst = map[string]string{}
			}
			(*dst)[key] = val
		}
		return nil
	}
}

// pluralize returns the plural of a kind, lowercase, as controller-gen
// makes it: with the same English inflection library.
func pluralize(kind string) string {
	return strings.ToLower(flect.Pluralize(kind))
}
