package covers

// SetDefaults_PodSpec defaults the containers too.
//
// +k8s:defaulter-gen=covers
func SetDefaults_PodSpec(obj *PodSpec) {
	for i := range obj.Containers {
		SetDefaults_Container(&obj.Containers[i])
	}
}

// SetDefaults_Container defaults a container.
func SetDefaults_Container(obj *Container) {
	if obj.Image == "" {
		obj.Image = "busybox"
	}
}
