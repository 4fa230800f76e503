// Command crd-check checks the CustomResourceDefinitions of API packages
// as the API server does when they are created, at generation time rather
// than when they are applied to a cluster:
//
//	crd-check [flags] <dir>...
//
// It generates the CRDs of the packages under each directory as
// kube-codegen crd does (the same markers and the same --crd-* flags),
// writes nothing, and runs apiextensions' own validation of each: every
// CEL rule (+kubebuilder:validation:XValidation, +k8s:immutable and the
// OneOf markers) must compile, and its estimated cost must be within the
// API server's budget per rule and per CRD. A finding about a rule is at
// the marker that wrote it, file:line:col, and one over budget names the
// lists, maps and strings without a bound (maxItems, maxProperties,
// maxLength) that make it costly. It exits 1 when there is a finding.
//
// It is a module of its own, github.com/gengokit/gengokit/cmd/crd-check,
// because apiextensions' validation brings in the API server's modules:
// kube-codegen and the other commands stay without them.
//
// Flags:
//
//	--crd-max-desc-len <n>
//	    cut descriptions to n bytes, as kube-codegen crd's flag
//	--crd-allow-dangerous-types
//	    accept float fields, as kube-codegen crd's flag
//	--crd-ignore-unexported-fields
//	    leave unexported fields out, as kube-codegen crd's flag
//	--crd-generate-embedded-object-meta
//	    give embedded ObjectMeta its schema, as kube-codegen crd's flag
//	-q, --quiet
//	    print nothing when every CRD passes
package main
