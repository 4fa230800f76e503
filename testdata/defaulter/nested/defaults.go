package nested

// SetDefaults_Leaf defaults a leaf.
func SetDefaults_Leaf(obj *Leaf) {
	if obj.Value == "" {
		obj.Value = "leaf"
	}
}
