package kubecodegen_test

import (
	"os"
	"testing"

	"github.com/gengokit/gengokit/generators/protobuf"
)

// TestMain lets the test binary be go-to-protobuf's protoc plugin, as
// kube-codegen's binary is (cmd/kube-codegen): the in-process runs of the
// protobuf step hand protoc os.Executable().
func TestMain(m *testing.M) {
	os.Exit(protobuf.RunTests(m))
}
