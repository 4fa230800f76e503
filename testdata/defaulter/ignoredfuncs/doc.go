// +k8s:defaulter-gen=TypeMeta

// Package ignoredfuncs is a warning case: functions named like defaulters
// that defaulter-gen ignores, as kubeadm's SetDefaults_Etcd (which takes a
// *ClusterConfiguration) is. The run warns about each and writes the rest.
package ignoredfuncs
