package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// ^ want :4 `type Receipt has \+genclient with the list verb, which returns a ReceiptList, but package .*/nolist/shop/v1 declares no ReceiptList`

// Receipt has no list type.
type Receipt struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

// +genclient
// +genclient:onlyVerbs=get,create

// Token is never listed, so it gets no informer and needs no list type.
type Token struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
