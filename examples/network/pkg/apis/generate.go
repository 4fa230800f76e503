// Package apis holds the versions of the Network API; `go generate` here
// regenerates all their code, and the clients under pkg/generated, with
// gengokit's kube-codegen (make generate runs the same command, then
// go-to-protobuf for v1's generated.proto and generated.pb.go).
package apis

//go:generate go run github.com/gengokit/gengokit/cmd/kube-codegen all -q --boilerplate ../../hack/boilerplate.go.txt --with-watch --with-applyconfig --applyconfig-name applyconfigurations --output-dir ../generated --output-pkg github.com/gengokit/gengokit/examples/network/pkg/generated --report-filename ../../hack/api_violations.list --output-model-name-file zz_generated.model_name.go --update-report --prefers-protobuf .
