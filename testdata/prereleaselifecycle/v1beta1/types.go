package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget takes the defaults: deprecated 1.22, removed 1.25.
// +k8s:prerelease-lifecycle-gen:introduced=1.19
// +k8s:prerelease-lifecycle-gen:replacement=widgets.example.com,v1,Widget
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// WidgetList sets its deprecation; removal defaults to three minor later.
// +k8s:prerelease-lifecycle-gen:introduced=1.19
// +k8s:prerelease-lifecycle-gen:deprecated=1.21
// +k8s:prerelease-lifecycle-gen:replacement=widgets.example.com,v1,WidgetList
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget `json:"items"`
}

// Pod is replaced by a type of the core group, whose name is empty.
// +k8s:prerelease-lifecycle-gen:introduced=1.9
// +k8s:prerelease-lifecycle-gen:deprecated=1.9
// +k8s:prerelease-lifecycle-gen:removed=1.16
// +k8s:prerelease-lifecycle-gen:replacement=,v1,Pod
type Pod struct {
	metav1.TypeMeta `json:",inline"`
}

// Future crosses a major release.
// +k8s:prerelease-lifecycle-gen:introduced=1.99
// +k8s:prerelease-lifecycle-gen:removed=2.5
type Future struct {
	metav1.TypeMeta `json:",inline"`
}

// options is unexported: it gets no methods.
type options struct {
	metav1.TypeMeta `json:",inline"`
}

var _ = options{}
