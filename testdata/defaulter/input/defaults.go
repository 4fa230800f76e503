package input

import v1 "github.com/gengokit/gengokit/testdata/defaulter/input/v1"

// SetDefaults_Widget defaults a widget.
func SetDefaults_Widget(obj *v1.Widget) {
	if obj.Replicas == nil {
		replicas := int32(1)
		obj.Replicas = &replicas
	}
}

// SetDefaults_Port defaults a port.
func SetDefaults_Port(obj *v1.Port) {
	if obj.Protocol == "" {
		obj.Protocol = v1.ProtocolTCP
	}
}
