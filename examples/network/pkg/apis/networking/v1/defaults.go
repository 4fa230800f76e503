package v1

import "net/netip"

// The generated zz_generated.register.go registers the types; the
// defaulters are added here, so that AddToScheme (and Install) register
// them too.
func init() {
	localSchemeBuilder.Register(RegisterDefaults)
}

// SetDefaults_NetworkSpec gives a network without a gateway the first
// address of its range, e.g. 10.0.0.1 for 10.0.0.0/16. The generated
// SetObjectDefaults_Network calls it; RegisterDefaults puts that in a
// scheme, so scheme.Default applies it.
func SetDefaults_NetworkSpec(obj *NetworkSpec) {
	if obj.Gateway != "" {
		return
	}
	if prefix, err := netip.ParsePrefix(obj.CIDR); err == nil {
		obj.Gateway = prefix.Masked().Addr().Next().String()
	}
}
