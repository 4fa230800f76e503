package badversion

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// A has a letter for its minor.
// +k8s:prerelease-lifecycle-gen:introduced=1.x
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:introduced: "1\.x" is not a release: want <major>\.<minor>, tw`
type A struct {
	metav1.TypeMeta
}

// B writes a "v" and a patch.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// +k8s:prerelease-lifecycle-gen:deprecated=v1.2
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:deprecated: "v1\.2" is not a release: want <major>\.<minor>, t`
// +k8s:prerelease-lifecycle-gen:removed=1.9.1
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:removed: "1\.9\.1" is not a release: want <major>\.<minor>, two`
type B struct {
	metav1.TypeMeta
}

// C is negative.
// +k8s:prerelease-lifecycle-gen:introduced=-1.2
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:introduced: "-1\.2" is not a release: want <major>\.<minor>, t`
type C struct {
	metav1.TypeMeta
}
