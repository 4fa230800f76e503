package handwritten

// SetDefaults_JobSpec is the base defaulter of JobSpec.
func SetDefaults_JobSpec(obj *JobSpec) {
	if obj.Parallel == 0 {
		obj.Parallel = 1
	}
}

// SetDefaults_JobSpec_Retries is an additional defaulter of JobSpec.
func SetDefaults_JobSpec_Retries(obj *JobSpec) {
	if obj.Retries == 0 {
		obj.Retries = 6
	}
}

// SetObjectDefaults_Custom is written by hand.
func SetObjectDefaults_Custom(obj *Custom) {
	SetDefaults_JobSpec(&obj.Spec)
}
