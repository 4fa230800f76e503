package v1

import "errors"

// The marshalling of Custom, written by hand (+protobuf.options.marshal=false):
// the code generated for the messages that hold a Custom calls these, as
// k8s.io/apimachinery's Quantity and Time have theirs.

// Size is the length of Custom's encoding.
func (c *Custom) Size() int { return len(c.Raw) }

// MarshalToSizedBuffer writes Custom's encoding at the end of data.
func (c *Custom) MarshalToSizedBuffer(data []byte) (int, error) {
	if len(data) < len(c.Raw) {
		return 0, errors.New("buffer too small")
	}
	return copy(data[len(data)-len(c.Raw):], c.Raw), nil
}

// Unmarshal reads Custom from its encoding.
func (c *Custom) Unmarshal(data []byte) error {
	c.Raw = append([]byte(nil), data...)
	return nil
}
