package protobuf

import "k8s.io/gengo/v2/types"

// recordTags records the struct tag of each field of t's message.
func (g *fileGen) recordTags(t *types.Type, fields []field) {}
