package protobuf_test

import (
	"os"
	"testing"

	"github.com/gengokit/gengokit/generators/protobuf"
)

// TestMain lets the test binary be go-to-protobuf's protoc plugin, as the
// command's binary is: the in-process runs hand protoc os.Executable().
func TestMain(m *testing.M) {
	os.Exit(protobuf.RunTests(m))
}
