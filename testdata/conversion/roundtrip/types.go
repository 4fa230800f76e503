// Package roundtrip is the hub of case roundtrip, which uses every shape
// conversion-gen writes; the round-trip test converts through it.
package roundtrip

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Phase is a named string.
type Phase string

// Port is a named map key.
type Port string

// Crew has the same layout in both versions: slices of it are cast.
type Crew struct {
	Name string
	Age  int32
	Pets []string
}

// Engine has the same layout in both versions: it is cast whole.
type Engine struct {
	Power int64
	Fuel  string
	Spare *Engine
}

// Stamp is converted by a copy-only function.
type Stamp struct {
	Seconds int64
}

// FleetList is a list of fleets.
type FleetList struct {
	metav1.TypeMeta
	metav1.ListMeta
	Items []Fleet
}

// Fleet is the top-level object.
type Fleet struct {
	metav1.TypeMeta
	metav1.ObjectMeta
	Spec   FleetSpec
	Status *FleetStatus
}

// FleetStatus has the same layout in both versions.
type FleetStatus struct {
	Ready      bool
	Conditions []metav1.Condition
	Stamp      Stamp
}

// Common is embedded; Rank is wider than v1's.
type Common struct {
	Owner string
	Rank  int64
}

// Ship differs from v1's: Tonnage is wider.
type Ship struct {
	Name    string
	Tonnage int64
}

// Coin is converted by hand: cents here, dollars in v1.
type Coin struct {
	Cents int64
}

// FleetSpec holds every shape.
type FleetSpec struct {
	Common
	DisplayName string
	Replicas    int64
	Phase       Phase
	Ships       []Ship
	ByName      map[string]Ship
	Ports       map[Port]string
	Leader      *Ship
	Tags        []string
	Labels      map[string]string
	Ratio       *float64
	Engine      Engine
	Crew        []Crew
	CrewByName  map[string]Crew
	Coins       []Coin
	Purse       map[string]*Coin
	Wallet      *Coin
	Born        Stamp
	Nested      [][]string
	Counts      map[string]int64
}
