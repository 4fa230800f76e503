// Package kubecodegen is kube-codegen: kube_codegen.sh (k8s.io/code-generator
// v0.37.2) as one Go command. Its subcommands helpers, client, openapi and
// register take the flags of kube_codegen.sh's gen_helpers, gen_client,
// gen_openapi and gen_register, find the packages to generate for by their
// tags (read from the parsed comments, not grepped), run gengokit's
// generators with the arguments kube_codegen.sh gives upstream's (their
// typed Args, filled in Go; the API rule report and the models schema are
// passed as values, not files), and
// remove the files a previous run generated that this run no longer
// produces. "all" runs helpers, register, openapi and client in one process
// over one load of the packages, deriving in memory the OpenAPI models
// schema that kube_codegen.sh users build with a separate program.
package kubecodegen
