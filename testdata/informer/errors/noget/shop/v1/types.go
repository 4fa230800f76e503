package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient:skipVerbs=get
// +genclient
// ^ want :4 `type Receipt has list and watch but not get: its informer's Lister\(\) returns a ReceiptLister, which lister-gen writes only with get`

// Receipt can be listed and watched, not got.
type Receipt struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// ReceiptList is a list of receipts.
type ReceiptList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Receipt `json:"items"`
}
