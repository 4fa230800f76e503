package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// ^ want :4 `type Receipt has \+genclient but no ObjectMeta: embed metav1.ObjectMeta`

// Receipt forgot its metadata.
type Receipt struct {
	metav1.TypeMeta `json:",inline"`
	Total           int64 `json:"total"`
}

// ReceiptList is a list of receipts.
type ReceiptList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Receipt `json:"items"`
}

// +genclient
// +genclient:noVerbs

// Ping has no verbs, so it needs neither ObjectMeta nor a list.
type Ping struct {
	metav1.TypeMeta `json:",inline"`
}
