package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// +kubebuilder:storageversion

// Network is an IP network that workloads attach to.
type Network struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty" protobuf:"bytes,1,opt,name=metadata"`

	// Spec is the desired state of the network.
	Spec NetworkSpec `json:"spec" protobuf:"bytes,2,opt,name=spec"`
	// Status is the observed state of the network.
	// +optional
	Status NetworkStatus `json:"status,omitempty" protobuf:"bytes,3,opt,name=status"`
}

// NetworkSpec is the desired state of a Network.
//
// +kubebuilder:validation:XValidation:rule="!has(self.gateway) || self.gateway != self.cidr",message="the gateway is an address in the network, not its range"
type NetworkSpec struct {
	// CIDR is the network's address range, e.g. "10.0.0.0/16".
	// +k8s:required
	// +k8s:maxLength=43
	// +kubebuilder:validation:MaxLength=43
	CIDR string `json:"cidr" protobuf:"bytes,1,opt,name=cidr"`
	// Gateway is the address of the network's gateway, e.g. "10.0.0.1".
	// +optional
	// +k8s:optional
	// +k8s:maxLength=39
	// +kubebuilder:validation:MaxLength=39
	Gateway string `json:"gateway,omitempty" protobuf:"bytes,2,opt,name=gateway"`
	// Subnets divide the network.
	// +optional
	// +listType=map
	// +listMapKey=name
	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=name
	// +k8s:maxItems=16
	Subnets []Subnet `json:"subnets,omitempty" protobuf:"bytes,3,rep,name=subnets"`
}

// Subnet is a named part of a Network's range.
type Subnet struct {
	// Name identifies the subnet within its network.
	// +k8s:required
	// +k8s:format=k8s-short-name
	Name string `json:"name" protobuf:"bytes,1,opt,name=name"`
	// CIDR is the subnet's range, inside the network's.
	// +k8s:required
	// +k8s:maxLength=43
	CIDR string `json:"cidr" protobuf:"bytes,2,opt,name=cidr"`
	// Labels select the workloads placed in this subnet.
	// +optional
	Labels map[string]string `json:"labels,omitempty" protobuf:"bytes,3,rep,name=labels"`
}

// NetworkPhase is where a Network is in its life.
// +k8s:enum
type NetworkPhase string

// The phases of a Network.
const (
	// NetworkPending means the network is not ready yet.
	NetworkPending NetworkPhase = "Pending"
	// NetworkReady means workloads can attach.
	NetworkReady NetworkPhase = "Ready"
	// NetworkFailed means the network cannot be provisioned.
	NetworkFailed NetworkPhase = "Failed"
)

// NetworkStatus is the observed state of a Network.
type NetworkStatus struct {
	// Phase summarizes the network's state; a new network is Pending.
	// +optional
	// +default=ref(NetworkPending)
	// +k8s:optional
	Phase NetworkPhase `json:"phase,omitempty" protobuf:"bytes,1,opt,name=phase,casttype=NetworkPhase"`
	// Conditions are the latest observations of the network's state.
	// +optional
	// +listType=map
	// +listMapKey=type
	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=type
	Conditions []metav1.Condition `json:"conditions,omitempty" protobuf:"bytes,2,rep,name=conditions"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// NetworkList is a list of Networks.
type NetworkList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty" protobuf:"bytes,1,opt,name=metadata"`

	// Items are the networks.
	Items []Network `json:"items" protobuf:"bytes,2,rep,name=items"`
}
