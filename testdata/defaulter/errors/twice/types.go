package twice

// T has a defaulter here and in the peer.
type T struct {
	TypeMeta int
	Name     string
}

// SetDefaults_T defaults a T.
func SetDefaults_T(obj *T) {}
