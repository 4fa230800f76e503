package containers

// SetDefaults_Item defaults an item.
func SetDefaults_Item(obj *Item) {
	if obj.Value == "" {
		obj.Value = "item"
	}
}

// SetDefaults_Covered defaults what its pointer to a pointer holds.
// +k8s:defaulter-gen=covers
func SetDefaults_Covered(obj *Covered) {
	if obj.Leaf != nil && *obj.Leaf != nil && (*obj.Leaf).Value == "" {
		(*obj.Leaf).Value = "leaf"
	}
}
