package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient

// Order has its metadata.
type Order struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// OrderList is a list of orders.
type OrderList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Order `json:"items"`
}

// +genclient
// ^ want :4 `type Receipt has \+genclient but no ObjectMeta: embed metav1.ObjectMeta .*, or use \+genclient:noVerbs, or remove \+genclient`

// Receipt forgot its metadata, which Order's does not make up for.
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

// RefundOptions has no verbs, so it needs no ObjectMeta.
type RefundOptions struct {
	metav1.TypeMeta `json:",inline"`
	Reason          string `json:"reason"`
}
