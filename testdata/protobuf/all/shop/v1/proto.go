//go:build proto

package v1

// ProtoOnly is declared only under the proto build tag, which
// go-to-protobuf loads with.
type ProtoOnly struct {
	Note string `json:"note"`
}
