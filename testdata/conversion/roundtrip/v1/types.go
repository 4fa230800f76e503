package v1

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

// Common is embedded; Rank is narrower than the hub's.
type Common struct {
	Owner string
	Rank  int32
}

// Ship differs from the hub's: Tonnage is narrower.
type Ship struct {
	Name    string
	Tonnage int32
}

// Coin is converted by hand: dollars here, cents in the hub.
type Coin struct {
	Dollars int32
}

// FleetSpec holds every shape; Title is the hub's DisplayName.
type FleetSpec struct {
	Common
	Title      string
	Replicas   int32
	Phase      Phase
	Ships      []Ship
	ByName     map[string]Ship
	Ports      map[Port]string
	Leader     *Ship
	Tags       []string
	Labels     map[string]string
	Ratio      *float64
	Engine     Engine
	Crew       []Crew
	CrewByName map[string]Crew
	Coins      []Coin
	Purse      map[string]*Coin
	Wallet     *Coin
	Born       Stamp
	Nested     [][]string
	Counts     map[string]int32
}
