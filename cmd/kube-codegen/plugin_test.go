package main_test

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestBinaryIsItsOwnPlugin: the built kube-codegen runs the protobuf step
// with no plugin but itself (protoc starts it with
// GENGOKIT_GO_TO_PROTOBUF_PLUGIN set): all --with-protobuf writes
// generated.pb.go beside generated.proto. Skipped without protoc.
func TestBinaryIsItsOwnPlugin(t *testing.T) {
	goldentest.Loads(t)
	if _, err := exec.LookPath("protoc"); err != nil {
		t.Skip("protoc is not on PATH (install protobuf-compiler): the protobuf step is not run")
	}
	bin := goldentest.Build(t, goldentest.Root(t), "./cmd/kube-codegen")
	s := shopModule(t)
	s.Write("pkg/apis/shop/v1/proto.go", "// +k8s:protobuf-gen=package\npackage v1\n")
	args := append([]string{"all", "--with-protobuf"}, allArgs[1:]...)
	if out, code := s.Run(bin, args...); code != 0 {
		t.Fatalf("kube-codegen %s: exit %d:\n%s", strings.Join(args, " "), code, out)
	}
	files := s.Files("pkg/apis/shop/v1")
	if !bytes.Contains(files["generated.pb.go"], []byte("func (m *Widget) Unmarshal(dAtA []byte) error {")) ||
		!bytes.Contains(files["generated.proto"], []byte("message Widget {")) {
		t.Errorf("no generated.pb.go or generated.proto for Widget: %d and %d bytes", len(files["generated.pb.go"]), len(files["generated.proto"]))
	}
	if out, code := s.Run(bin, append(args, "--verify-only")...); code != 0 {
		t.Errorf("--verify-only after the run: exit %d:\n%s", code, out)
	}
}
