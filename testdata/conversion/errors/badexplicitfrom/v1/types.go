package v1

// Options want to be read from a header.
// +k8s:conversion-gen:explicit-from=net/http.Header
// ^ want :4 "\\+k8s:conversion-gen:explicit-from: unsupported value \"net/http.Header\" on a type \\(want \"net/url.Values\"\\)"
type Options struct {
	A string `json:"a"`
}
