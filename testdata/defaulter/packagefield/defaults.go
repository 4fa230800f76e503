package packagefield

// SetDefaults_WidgetSpec defaults a widget's size.
func SetDefaults_WidgetSpec(obj *WidgetSpec) {
	if obj.Size == 0 {
		obj.Size = 3
	}
}
