// +k8s:defaulter-gen=TypeMeta

// Package containers holds the container shapes whose defaulting code
// upstream writes and compiles: arrays of arrays, slices of arrays,
// pointers to arrays, maps of slices and of maps (whose values are left
// alone), a pointer to a pointer to a primitive with a default, and a
// pointer to a pointer below a covering SetDefaults_ function.
package containers
