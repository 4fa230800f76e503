package handwritten

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Own wrote its introduction; the rest is generated.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
type Own struct {
	metav1.TypeMeta `json:",inline"`
}

// APILifecycleIntroduced is hand-written.
func (in *Own) APILifecycleIntroduced() (major, minor int) { return 1, 2 }

// Replaced wrote its removal on the value receiver.
// +k8s:prerelease-lifecycle-gen:introduced=1.4
// +k8s:prerelease-lifecycle-gen:replacement=apps,v1,Deployment
type Replaced struct {
	metav1.TypeMeta `json:",inline"`
}

// APILifecycleRemoved is hand-written.
func (in Replaced) APILifecycleRemoved() (major, minor int) { return 1, 10 }
