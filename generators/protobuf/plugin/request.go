package plugin

import (
	"bytes"
	"fmt"
	"strings"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/pluginpb"
)

// placeholderPath starts the Go import path the plugin gives a file that
// protoc only reads (an import of an import) when its go_package is not
// one protogen accepts.
const placeholderPath = "gengokit.invalid/go_package/"

// withPlaceholders returns req, or a copy whose parameter maps each file
// protoc does not ask to generate and whose go_package is missing or no
// Go import path (no '.' or '/') to a placeholder path. protoc-gen-gogo
// accepts such files, and Kubernetes' proto path holds one: the
// third_party/protobuf/google/protobuf/descriptor.proto that gogo.proto
// imports says go_package = "descriptor". protogen refuses the whole
// request for it, though no generated.pb.go refers to that file's types.
// The placeholders are returned by file name, for placeholderUse.
func withPlaceholders(req *pluginpb.CodeGeneratorRequest) (*pluginpb.CodeGeneratorRequest, map[string]string) {
	generate := map[string]bool{}
	for _, name := range req.GetFileToGenerate() {
		generate[name] = true
	}
	var params []string
	placeholders := map[string]string{}
	for _, f := range req.GetProtoFile() {
		goPkg, _, _ := strings.Cut(f.GetOptions().GetGoPackage(), ";")
		if generate[f.GetName()] || strings.ContainsAny(goPkg, "./") {
			continue
		}
		p := placeholderPath + strings.TrimSuffix(f.GetName(), ".proto")
		params = append(params, "M"+f.GetName()+"="+p)
		placeholders[f.GetName()] = p
	}
	if len(params) == 0 {
		return req, nil
	}
	out := proto.Clone(req).(*pluginpb.CodeGeneratorRequest)
	if req.GetParameter() != "" {
		params = append([]string{req.GetParameter()}, params...)
	}
	out.Parameter = proto.String(strings.Join(params, ","))
	return out, placeholders
}

// placeholderUse returns an error when the generated code src imports a
// file that withPlaceholders gave a placeholder path: its types have no
// Go package to come from.
func placeholderUse(source string, src []byte, placeholders map[string]string) error {
	for name, p := range placeholders {
		if bytes.Contains(src, []byte(`"`+p+`"`)) {
			return fmt.Errorf("%s: uses types of %s, whose go_package is not a Go import path (it needs a '.' or a '/'): "+
				"give that file a go_package with its full import path", source, name)
		}
	}
	return nil
}
