package typeoptin

// SetDefaults_Port defaults a port's number.
func SetDefaults_Port(obj *Port) {
	if obj.Number == 0 {
		obj.Number = 80
	}
}
