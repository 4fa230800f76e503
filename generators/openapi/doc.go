// Package openapi generates the OpenAPI definitions of Kubernetes-style
// API types (zz_generated.openapi.go: GetOpenAPIDefinitions and one
// schema function per type), the model-name files (an OpenAPIModelName
// method per type of a package with +k8s:openapi-model-package) and the
// API rule report, byte for byte as k8s.io/kube-openapi's openapi-gen does
// at the version Kubernetes v1.37.2 pins
// (v0.0.0-20260721132016-d427ff9ee9ad).
//
// The types are walked once into a model (model.go: a definition per
// type, a node per schema, kube-openapi's spec types for the validation
// markers), from which both outputs come: the Go source (gowrite.go) and
// the models schema, the OpenAPI v2 document applyconfiguration-gen's
// --openapi-schema reads (modelschema.go; Args.OnModelsSchema receives
// it, which is how kube-codegen's "all" gets it without compiling
// anything). Only what the model cannot know is evaluated, from the
// source of the types' packages (eval*.go): the types' own
// OpenAPIDefinition, OpenAPIV3Definition, OpenAPISchemaType,
// OpenAPISchemaFormat and hand-written OpenAPIModelName methods, and the
// constants +default=ref(...) names. A method body must be one return of
// literals, composite literals of kube-openapi's types, constants and
// calls of such functions; a method promoted from an embedded field, a
// body of several statements or one that reads its receiver is an error
// at its file:line:col that says to run a models-schema program instead
// (a program printing ModelsSchema of the generated GetOpenAPIDefinitions).
//
// Tags are read through kit/tags: the registry (Registry) checks
// openapi-gen's own namespaces and the list, map and struct tags; the
// convention tags other generators share (+optional, +required,
// +default, +enum, +union...) are read through typed handles and accept
// any value, as upstream; the +k8s:validation: markers are found by the
// kit's tag reader and split by a parser of their own grammar
// (markers.go).
//
// The report: "-" writes it to standard output, a path that is not a
// regular file (/dev/null, which sample-apiserver's update-codegen.sh
// passes) is written in place, a missing directory is created (upstream
// fails). A violation never fails the run, as upstream;
// --fail-on-violations makes each an error at its field.
package openapi
