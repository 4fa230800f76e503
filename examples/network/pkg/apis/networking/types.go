package networking

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// +kubebuilder:skipversion

// Network is an IP network that workloads attach to.
type Network struct {
	metav1.TypeMeta
	metav1.ObjectMeta

	// Spec is the desired state of the network.
	Spec NetworkSpec
	// Status is the observed state of the network.
	Status NetworkStatus
}

// NetworkSpec is the desired state of a Network.
type NetworkSpec struct {
	// CIDR is the network's address range, e.g. "10.0.0.0/16" (v1alpha1
	// called it Range).
	CIDR string
	// Gateway is the address of the network's gateway, e.g. "10.0.0.1".
	Gateway string
	// Subnets divide the network.
	Subnets []Subnet
}

// Subnet is a named part of a Network's range.
type Subnet struct {
	// Name identifies the subnet within its network.
	Name string
	// CIDR is the subnet's range, inside the network's.
	CIDR string
	// Labels select the workloads placed in this subnet.
	Labels map[string]string
}

// NetworkPhase is where a Network is in its life.
type NetworkPhase string

// NetworkStatus is the observed state of a Network.
type NetworkStatus struct {
	// Phase summarizes the network's state.
	Phase NetworkPhase
	// Conditions are the latest observations of the network's state.
	Conditions []metav1.Condition
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// NetworkList is a list of Networks.
type NetworkList struct {
	metav1.TypeMeta
	metav1.ListMeta

	// Items are the networks.
	Items []Network
}
