package v1

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"

	common "github.com/gengokit/gengokit/testdata/protobuf/all/common/v1"
)

// Widget is a top-level object: TypeMeta is dropped, ObjectMeta and Spec
// keep the numbers their struct tags give.
type Widget struct {
	metav1.TypeMeta `json:",inline"`
	// Standard object's metadata.
	// +optional
	metav1.ObjectMeta `json:"metadata,omitempty" protobuf:"bytes,1,opt,name=metadata"`

	// Spec is numbered 4 in its struct tag: Status, untagged, gets 5.
	Spec WidgetSpec `json:"spec" protobuf:"bytes,4,opt,name=spec"`

	// +optional
	Status *WidgetStatus `json:"status,omitempty"`
}

// WidgetList is a list of widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget `json:"items"`
}

// Resource names a resource.
type Resource string

// Mode is a string cast.
type Mode string

// WidgetSpec has every field shape.
type WidgetSpec struct {
	Capacity resource.Quantity              `json:"capacity"`
	Port     intstr.IntOrString             `json:"port"`
	Created  metav1.Time                    `json:"created"`
	Micro    *metav1.MicroTime              `json:"micro,omitempty"`
	Timeout  metav1.Duration                `json:"timeout"`
	Price    common.Money                   `json:"price"`
	Tags     common.Tags                    `json:"tags"`
	Labels   common.Labels                  `json:"labels"`
	Limits   map[Resource]resource.Quantity `json:"limits"`
	Modes    map[string]Mode                `json:"modes"`
	Counts   map[string]int32               `json:"counts"`
	Ratio    float64                        `json:"ratio"`
	Weight   float32                        `json:"weight"`
	Data     []byte                         `json:"data"`
	Items    []Item                         `json:"items"`
	Pointers []*Item                        `json:"pointers"`
	Flags    []bool                         `json:"flags"`
	Mode     Mode                           `json:"mode"`
	AllModes []Mode                         `json:"allModes"`
	Replicas *int32                         `json:"replicas,omitempty"`
	Extra    ExtraMap                       `json:"extra,omitempty"`
	Size2    uint                           `json:"snake_case"`
	Count    int                            `json:"count"`
	// Inner is embedded: its field is named after the type.
	Inner `json:",inline"`
	// Ignored has no field: json "-" and no protobuf tag.
	Ignored string `json:"-"`
	// Skipped has no field: protobuf "-".
	Skipped string `json:"skipped" protobuf:"-"`
	private string
}

// WidgetStatus is observed state.
type WidgetStatus struct {
	// Ready says whether the widget is ready.
	//
	// A blank comment line above is kept.
	Ready bool `json:"ready"`
}

// ExtraMap is a nullable map: a message with one field, items.
// +protobuf.nullable=true
type ExtraMap map[string]ExtraValue

// ExtraValue is a nullable list.
// +protobuf.nullable=true
type ExtraValue []string

// Item is a nested message.
type Item struct {
	Name  string `json:"name"`
	Value uint64 `json:"value"`
	Inner Inner  `json:"inner"`
}

// Inner is nested twice.
type Inner struct {
	A uint32 `json:"a"`
}

// ItemAlias has the message contents of Item.
// +protobuf.as=Item
type ItemAlias struct {
	Name string `json:"name"`
}

// Wrapped is one embedded Item.
// +protobuf.embed=Item
type Wrapped struct {
	Item Item `json:"item"`
}

// Printed prints itself.
// +protobuf.options.(gogoproto.goproto_stringer)=false
type Printed struct {
	Text string `json:"text"`
}

// Custom is marshalled by hand.
// +protobuf.options.marshal=false
type Custom struct {
	Raw []byte `json:"raw"`
}

// Hidden gets no message.
// +protobuf=false
type Hidden struct {
	X string `json:"x"`
}

// Callback is a function type: no message.
type Callback func()
