package features

import (
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// Pipeline is a kind.
type Pipeline struct {
	TypeMeta int `json:"-"`

	// +k8s:optional
	// +k8s:customValidation
	Owner string `json:"owner,omitempty"`

	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=name
	// +k8s:item(name: "build")=+k8s:immutable
	// +k8s:eachVal=+k8s:update=NoModify
	Stages []Stage `json:"stages,omitempty"`

	// +k8s:optional
	// +k8s:listType=set
	// +k8s:eachVal=+k8s:format=k8s-label-value
	Labels []string `json:"labels,omitempty"`

	// +k8s:optional
	// +k8s:eachKey=+k8s:maxLength=8
	// +k8s:eachVal=+k8s:minimum=0
	Limits map[string]int32 `json:"limits,omitempty"`

	// +k8s:subfield(mode)=+k8s:maxLength=8
	Trigger Trigger `json:"trigger"`

	Source Source `json:"source"`

	// +k8s:optional
	// +k8s:update=NoSet
	// +k8s:update=NoModify
	Priority *int32 `json:"priority,omitempty"`

	// +k8s:optional
	// +k8s:ifDisabled(Unbounded)=+k8s:maxItems=10
	Notes []string `json:"notes,omitempty"`
}

// DeepCopyObject and GetObjectKind make Pipeline a runtime.Object.
func (in *Pipeline) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// GetObjectKind returns no kind: the pipeline's TypeMeta is a placeholder.
func (in *Pipeline) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }

// Stage is one step of a pipeline.
type Stage struct {
	// +k8s:required
	Name string `json:"name"`
	// +k8s:optional
	// +k8s:maxLength=64
	Image string `json:"image,omitempty"`
}

// Trigger starts a pipeline.
type Trigger struct {
	// +k8s:required
	Kind TriggerKind `json:"kind"`
	// +k8s:optional
	// +k8s:modeDiscriminator
	Mode string `json:"mode,omitempty"`
	// +k8s:ifMode("cron")=+k8s:required
	Schedule *string `json:"schedule,omitempty"`
}

// TriggerKind is what starts a pipeline.
// +k8s:enum
type TriggerKind string

// The trigger kinds.
const (
	TriggerPush   TriggerKind = "Push"
	TriggerManual TriggerKind = "Manual"
)

// Source is where the code comes from: one of its members.
type Source struct {
	// +k8s:optional
	// +k8s:unionMember
	Git *string `json:"git,omitempty"`
	// +k8s:optional
	// +k8s:unionMember
	Archive *string `json:"archive,omitempty"`
}
