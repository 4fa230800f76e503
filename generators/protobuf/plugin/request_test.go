package plugin

import (
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/pluginpb"
)

// withDependency adds to req a file protoc only reads, name, with the
// given go_package and one message D, imported by x/a.proto.
func withDependency(req *pluginpb.CodeGeneratorRequest, name, goPackage string) *pluginpb.CodeGeneratorRequest {
	pkg := strings.ReplaceAll(strings.TrimSuffix(name, ".proto"), "/", ".")
	dep := &descriptorpb.FileDescriptorProto{
		Name:        proto.String(name),
		Package:     proto.String(pkg),
		Syntax:      proto.String("proto2"),
		Options:     &descriptorpb.FileOptions{GoPackage: proto.String(goPackage)},
		MessageType: []*descriptorpb.DescriptorProto{{Name: proto.String("D")}},
	}
	req.ProtoFile[0].Dependency = append(req.ProtoFile[0].Dependency, name)
	req.ProtoFile = append([]*descriptorpb.FileDescriptorProto{dep}, req.ProtoFile...)
	return req
}

// TestRunAcceptsUnusedFileWithoutImportPath: Kubernetes' proto path holds
// a descriptor.proto with go_package = "descriptor", which gogo.proto
// imports; protoc-gen-gogo accepts the request and so must the plugin,
// writing the same code as without that file.
func TestRunAcceptsUnusedFileWithoutImportPath(t *testing.T) {
	want := run(t, request(kubernetesFileFlags))
	for _, goPackage := range []string{"descriptor", ""} {
		req := withDependency(request(kubernetesFileFlags), "google/protobuf/descriptor.proto", goPackage)
		resp := run(t, req)
		if resp.Error != nil {
			t.Fatalf("go_package %q: error: %s", goPackage, *resp.Error)
		}
		if !proto.Equal(resp, want) {
			t.Errorf("go_package %q: the response differs from the one without the file:\n%v", goPackage, resp)
		}
	}
}

// TestRunRefusesUsedFileWithoutImportPath: a message field whose type
// comes from such a file has no Go package to import; the error names
// both files and says what to do.
func TestRunRefusesUsedFileWithoutImportPath(t *testing.T) {
	req := withDependency(request(kubernetesFileFlags), "dep/d.proto", "dep")
	msg := req.ProtoFile[1].MessageType[0]
	msg.Field = append(msg.Field, &descriptorpb.FieldDescriptorProto{
		Name: proto.String("d"), Number: proto.Int32(2), JsonName: proto.String("d"),
		Label:    descriptorpb.FieldDescriptorProto_LABEL_OPTIONAL.Enum(),
		Type:     descriptorpb.FieldDescriptorProto_TYPE_MESSAGE.Enum(),
		TypeName: proto.String(".dep.d.D"),
	})
	resp := run(t, req)
	want := "x/a.proto: uses types of dep/d.proto, whose go_package is not a Go import path (it needs a '.' or a '/'): " +
		"give that file a go_package with its full import path"
	if resp.GetError() != want {
		t.Errorf("error %q, want %q", resp.GetError(), want)
	}
}
