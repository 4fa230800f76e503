package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +genclient
// +genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale
// +genclient:method=UpdateScale,verb=update,subresource=scale,input=k8s.io/api/autoscaling/v1.Scale,result=k8s.io/api/autoscaling/v1.Scale
// +genclient:method=CreateRefund,verb=create,subresource=refund,input=Refund,result=Order
// +genclient:method=CreateReceipt,verb=create,subresource=receipt,input=Reciept
// ^ want :4 `\+genclient:method: CreateReceipt: input=Reciept: package .*/methodtypes/shop/v1 declares no type Reciept; declare it, or name a type of another package as <import/path>.<Type>`
// +genclient:method=GetBalance,verb=get,subresource=balance,result=k8s.io/api/autoscaling/v1.Scal
// ^ want :4 `\+genclient:method: GetBalance: result=k8s.io/api/autoscaling/v1.Scal: package k8s.io/api/autoscaling/v1 declares no type Scal; name one of its types, or declare it there`
// +genclient:method=UpdateBalance,verb=update,subresource=balance,input=Balance,result=Balance
// ^ want :4 `\+genclient:method: UpdateBalance: input= and result=Balance: package .* declares no type Balance`
// +genclient:method=GetTax,verb=get,subresource=tax,result=example.com/nothere/v1.Tax
// ^ want :4 `\+genclient:method: GetTax: result=example.com/nothere/v1.Tax: cannot load package example.com/nothere/v1 .*; name a type as <import/path>.<Type> of a package this module can import`

// Order is an order.
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

// Refund is the input of CreateRefund.
type Refund struct {
	metav1.TypeMeta `json:",inline"`
	Amount          int64 `json:"amount"`
}
