package goldentest

import "strings"

// KubeAPIVersions returns the 60 group/version directories of k8s.io/api
// v0.37.2 that the compat cases of shared/COMPAT.md generate for, e.g.
// "apps/v1".
func KubeAPIVersions() []string {
	return strings.Fields(`
admission/v1 admission/v1beta1 admissionregistration/v1 admissionregistration/v1alpha1
admissionregistration/v1beta1 apidiscovery/v2 apidiscovery/v2beta1 apiserverinternal/v1alpha1
apps/v1 apps/v1beta1 apps/v1beta2 authentication/v1 authentication/v1alpha1 authentication/v1beta1
authorization/v1 authorization/v1beta1 autoscaling/v1 autoscaling/v2 batch/v1 batch/v1beta1
certificates/v1 certificates/v1alpha1 certificates/v1beta1 coordination/v1 coordination/v1alpha2
coordination/v1beta1 core/v1 discovery/v1 discovery/v1beta1 events/v1 events/v1beta1
extensions/v1beta1 flowcontrol/v1 flowcontrol/v1beta1 flowcontrol/v1beta2 flowcontrol/v1beta3
imagepolicy/v1alpha1 lifecycle/v1alpha1 networking/v1 networking/v1beta1 node/v1 node/v1alpha1
node/v1beta1 policy/v1 policy/v1beta1 rbac/v1 rbac/v1alpha1 rbac/v1beta1 resource/v1
resource/v1alpha3 resource/v1beta1 resource/v1beta2 scheduling/v1 scheduling/v1alpha3
scheduling/v1beta1 storage/v1 storage/v1alpha1 storage/v1beta1 storagemigration/v1
storagemigration/v1beta1`)
}

// KubeAPIPackages returns KubeAPIVersions as import paths under k8s.io/api.
func KubeAPIPackages() []string {
	var out []string
	for _, v := range KubeAPIVersions() {
		out = append(out, "k8s.io/api/"+v)
	}
	return out
}
