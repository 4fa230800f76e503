// Package embedded is the hub of case embedded.
package embedded

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Common is embedded in Thing and differs from v1's.
type Common struct {
	ID    int64
	Owner string
}

// Thing embeds TypeMeta, ObjectMeta and Common.
type Thing struct {
	metav1.TypeMeta
	metav1.ObjectMeta
	Common
	Spec string
}

// ThingList is a list of things.
type ThingList struct {
	metav1.TypeMeta
	metav1.ListMeta
	Items []Thing
}
