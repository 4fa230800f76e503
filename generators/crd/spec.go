package crd

import (
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

// crdValidation holds a version's schema.
type crdValidation struct {
	Schema *Schema `json:"openAPIV3Schema"`
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
	found, _ := parseMarkers(typeLines(k.t), typeMarkers)
	for _, m := range found {
		switch m.name {
		case "kubebuilder:storageversion":
			v.Storage = true
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
	for arg, value := range m.args {
		text, err := stringValue(value)
		if err != nil {
			b.errs.Addf(b.index.Type(k.t).Pos, "+%s: %v", m.line, err)
			continue
		}
		switch arg {
		case "scope":
			spec.Scope = text
		case "path":
			spec.Names.Plural = text
		case "singular":
			spec.Names.Singular = text
		case "shortName":
			spec.Names.ShortNames = listValue(text)
		case "categories":
			spec.Names.Categories = listValue(text)
		default:
			b.errs.Addf(b.index.Type(k.t).Pos, "+%s: unknown argument %q (scope, path, singular, shortName and categories are known)", m.line, arg)
		}
	}
	if spec.Scope != "Namespaced" && spec.Scope != "Cluster" {
		b.errs.Addf(b.index.Type(k.t).Pos, "+%s: scope is %q; write scope=Namespaced or scope=Cluster", m.line, spec.Scope)
	}
}

// scale reads +kubebuilder:subresource:scale's paths.
func (b *builder) scale(m marker, k kind) *crdScale {
	sc := &crdScale{}
	for arg, value := range m.args {
		text, err := stringValue(value)
		if err != nil {
			b.errs.Addf(b.index.Type(k.t).Pos, "+%s: %v", m.line, err)
			continue
		}
		switch arg {
		case "specpath":
			sc.SpecReplicasPath = text
		case "statuspath":
			sc.StatusReplicasPath = text
		case "selectorpath":
			sc.LabelSelectorPath = &text
		default:
			b.errs.Addf(b.index.Type(k.t).Pos, "+%s: unknown argument %q (specpath, statuspath and selectorpath are known)", m.line, arg)
		}
	}
	return sc
}

// applyMetadata adds +kubebuilder:metadata's annotations and labels
// ("key=value" each) to the CRD's metadata.
func (b *builder) applyMetadata(meta *crdMeta, m marker, k kind) {
	for arg, value := range m.args {
		target := &meta.Annotations
		switch arg {
		case "annotations":
		case "labels":
			target = &meta.Labels
		default:
			b.errs.Addf(b.index.Type(k.t).Pos, "+%s: unknown argument %q (annotations and labels are known)", m.line, arg)
			continue
		}
		for _, item := range listValue(value) {
			text, err := stringValue(item)
			key, val, ok := strings.Cut(text, "=")
			if err != nil || !ok {
				b.errs.Addf(b.index.Type(k.t).Pos, "+%s: %s is not in key=value form", m.line, item)
				continue
			}
			if *target == nil {
				*target = map[string]string{}
			}
			(*target)[key] = val
		}
	}
}

// applyColumn adds a +kubebuilder:printcolumn column to the version.
func (b *builder) applyColumn(v *crdVersion, m marker, k kind) {
	var c crdColumn
	for arg, value := range m.args {
		text, err := stringValue(value)
		if err != nil {
			b.errs.Addf(b.index.Type(k.t).Pos, "+%s: %v", m.line, err)
			continue
		}
		switch arg {
		case "name":
			c.Name = text
		case "type":
			c.Type = text
		case "JSONPath":
			c.JSONPath = text
		case "description":
			c.Description = text
		case "format":
			c.Format = text
		case "priority":
			p, err := intValue(text)
			if err != nil {
				b.errs.Addf(b.index.Type(k.t).Pos, "+%s: priority: %v", m.line, err)
				continue
			}
			c.Priority = *p
		default:
			b.errs.Addf(b.index.Type(k.t).Pos, "+%s: unknown argument %q (name, type, JSONPath, description, format and priority are known)", m.line, arg)
		}
	}
	v.Columns = append(v.Columns, c)
}

// pluralize returns the plural of a kind, lowercase, as controller-gen
// makes it: with the same English inflection library.
func pluralize(kind string) string {
	return strings.ToLower(flect.Pluralize(kind))
}
