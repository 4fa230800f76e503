package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Network is an IP network that workloads attach to.
type Network struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Spec is the desired state of the network.
	Spec NetworkSpec `json:"spec"`
	// Status is the observed state of the network.
	// +optional
	Status NetworkStatus `json:"status,omitempty"`
}

// NetworkSpec is the desired state of a Network.
type NetworkSpec struct {
	// CIDR is the network's address range, e.g. "10.0.0.0/16".
	CIDR string `json:"cidr"`
	// Gateway is the address of the network's gateway, e.g. "10.0.0.1".
	// +optional
	Gateway string `json:"gateway,omitempty"`
	// Subnets divide the network.
	// +optional
	// +listType=map
	// +listMapKey=name
	Subnets []Subnet `json:"subnets,omitempty"`
}

// Subnet is a named part of a Network's range.
type Subnet struct {
	// Name identifies the subnet within its network.
	Name string `json:"name"`
	// CIDR is the subnet's range, inside the network's.
	CIDR string `json:"cidr"`
	// Labels select the workloads placed in this subnet.
	// +optional
	Labels map[string]string `json:"labels,omitempty"`
}

// NetworkPhase is where a Network is in its life.
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
	Phase NetworkPhase `json:"phase,omitempty"`
	// Conditions are the latest observations of the network's state.
	// +optional
	// +listType=map
	// +listMapKey=type
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// NetworkList is a list of Networks.
type NetworkList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	// Items are the networks.
	Items []Network `json:"items"`
}
