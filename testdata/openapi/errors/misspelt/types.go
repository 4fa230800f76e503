package v1

// Thing has a misspelt tag.
// +k8s:openapi-gne=false
// ^ want `unknown tag \+k8s:openapi-gne; did you mean \+k8s:openapi-gen\?`
type Thing struct {
	Name string `json:"name"`
}
