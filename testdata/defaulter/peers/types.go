package peers

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/gengokit/gengokit/testdata/defaulter/peers/peer"
)

// Volume is an object whose source is defaulted in the peer package.
type Volume struct {
	metav1.TypeMeta `json:",inline"`
	Source          peer.Source
}
