package v1

// Level is an int32 with a name.
type Level int32

// Name is a string with a name.
type Name string

// Keyed holds maps with keys that are not strings.
type Keyed struct {
	ByInt32  map[int32]string `json:"byInt32" protobuf:"bytes,1,rep,name=byInt32"`
	ByInt64  map[int64]Name   `json:"byInt64" protobuf:"bytes,2,rep,name=byInt64,castvalue=Name"`
	ByLevel  map[Level]int64  `json:"byLevel" protobuf:"bytes,3,rep,name=byLevel,castkey=Level"`
	ByBool   map[bool]string  `json:"byBool" protobuf:"bytes,4,rep,name=byBool"`
	ByUint32 map[uint32]bool  `json:"byUint32" protobuf:"bytes,5,rep,name=byUint32"`
	ByUint64 map[uint64]bool  `json:"byUint64" protobuf:"bytes,6,rep,name=byUint64"`
	Blobs    map[int32][]byte `json:"blobs" protobuf:"bytes,7,rep,name=blobs"`
	Items    map[int64]Item   `json:"items" protobuf:"bytes,8,rep,name=items"`
	Counts   Counts           `json:"counts" protobuf:"bytes,9,rep,name=counts,casttype=Counts,castkey=Level"`
}

// Item is a message value.
type Item struct {
	Name string `json:"name" protobuf:"bytes,1,opt,name=name"`
}

// Counts is a named map.
type Counts map[Level]int32
