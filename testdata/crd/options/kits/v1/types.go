package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Kit is a bundle of parts.
//
// +kubebuilder:object:root=true
// +kubebuilder:resource:scope="Namespaced",shortName={"kt","kts"}
// +kubebuilder:storageversion
// +kubebuilder:selectablefield:JSONPath=`.spec.name`
// +kubebuilder:selectablefield:JSONPath=".spec.size"
type Kit struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec KitSpec `json:"spec"`
}

// KitSpec is what a kit holds.
type KitSpec struct {
	// Name never changes once set, nor can it be removed.
	// +k8s:immutable
	// +optional
	Name string `json:"name,omitempty"`
	// Size never changes either; it is required.
	// +k8s:immutable
	Size int32 `json:"size"`
	// Note is optional though it is not omitted when empty.
	// +k8s:optional
	Note string `json:"note"`
	// Ratio is a float, which crd:allowDangerousTypes lets through.
	Ratio float64 `json:"ratio,omitempty"`
	// Weights are floats too; the UniqueItems below, written with ":",
	// is a line controller-gen ignores.
	// +kubebuilder:validation:UniqueItems:true
	Weights []float32 `json:"weights,omitempty"`
	// Template is a part's template, with metadata of its own.
	Template PartTemplate `json:"template,omitempty"`
	// Object is any Kubernetes object.
	// +kubebuilder:validation:EmbeddedResource
	// +kubebuilder:pruning:PreserveUnknownFields
	Object runtime.RawExtension `json:"object,omitempty"`
	// Raw is whatever its markers say.
	// +kubebuilder:validation:Schemaless
	// +kubebuilder:validation:Type=object
	// +kubebuilder:pruning:PreserveUnknownFields
	Raw Opaque `json:"raw,omitempty"`

	// +kubebuilder:validation:MinLength=0

	// Schedule takes the marker of the block above its doc comment.
	Schedule string `json:"schedule,omitempty"`
	// Code has a marker in its end-of-line comment, which controller-gen
	// does not read.
	Code string `json:"code,omitempty"` // +kubebuilder:validation:MaxLength=8
	/* Mode is described in a block comment, whose lines
	   controller-gen trims. */
	Mode KitMode `json:"mode,omitempty"`
	// Limits default to a map with a quoted key.
	// +kubebuilder:default={"max":3}
	// +kubebuilder:validation:MaxProperties=4
	Limits map[string]int32 `json:"limits,omitempty"`
	// Docs links to more.
	// +kubebuilder:externalDocs:url="https://example.com/kits",description="All about kits"
	Docs string `json:"docs,omitempty"`
	// Bags are maps with at most two keys each, kept as they are.
	// +kubebuilder:validation:items:MaxProperties=2
	// +kubebuilder:validation:items:MinProperties=1
	// +kubebuilder:validation:items:XPreserveUnknownFields
	Bags []map[string]string `json:"bags,omitempty"`
	// Ports are numbers or names.
	// +kubebuilder:validation:items:XIntOrString
	// +kubebuilder:validation:items:Type=""
	Ports []Port `json:"ports,omitempty"`
	// Embedded is an object with kind and apiVersion.
	// +kubebuilder:validation:XEmbeddedResource
	// +kubebuilder:validation:XPreserveUnknownFields
	Embedded runtime.RawExtension `json:"embedded,omitempty"`

	notes  string
	counts map[string]int
}

/*
KitMode is a mode; the line below, in a block comment, is no marker.
+kubebuilder:validation:Enum=Fast
*/
type KitMode string

// Port is a port's number or name.
//
// +kubebuilder:externalDocs:url="https://example.com/ports"
type Port string

// Opaque has fields controller-gen does not read for a schemaless field.
type Opaque struct {
	Hidden string `json:"hidden"`
}

// PartTemplate describes the parts to make.
type PartTemplate struct {
	// Standard object's metadata; generateEmbeddedObjectMeta gives it its
	// schema.
	// +optional
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// Count is how many.
	Count int32 `json:"count"`
	// Spec is the part's own, an embedded resource.
	// +kubebuilder:validation:EmbeddedResource
	// +optional
	Spec *Part `json:"spec,omitempty"`
}

// Part is a Kubernetes-style object.
type Part struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// Colour of the part.
	Colour string `json:"colour,omitempty"`
}

// KitList is a list of kits.
//
// +kubebuilder:object:root=true
type KitList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Kit `json:"items"`
}
