package plugin

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnsupported checks that what the plugin cannot write yet is a
// positioned error, not wrong code.
func TestUnsupported(t *testing.T) {
	requireProtoc(t)
	cases := []struct {
		name, body, want string
	}{
		{"customtype", `message A {
  optional string q = 1 [(gogoproto.customtype) = "Q"];
}`, "x/bad.proto:7:3: field x.A.q: gogoproto.customtype and gogoproto.embed are not supported yet"},
		{"field named Size", `message A {
  optional string size = 1 [(gogoproto.customname) = "Size"];
}`, "x/bad.proto:7:3: field x.A.size: its Go name Size is a method of the generated code, so protoc-gen-gogo calls the field Size_"},
		{"nullable with String", `// +protobuf.nullable=true
message A {
  repeated string items = 1 [(gogoproto.customname) = "Items"];
}`, "x/bad.proto:7:1: x.A is tagged +protobuf.nullable=true and gets a generated String method"},
		{"enum", `message A {
  enum E { X = 0; }
  optional E e = 1;
}`, "x/bad.proto:7:3: enum x.A.E is not supported"},
		{"int map key", `message A {
  map<int32, string> m = 1 [(gogoproto.nullable) = false];
}`, "x/bad.proto:7:3: field x.A.m: map keys of type int32: Kubernetes' pipeline with --drop-gogo-go (the default) writes sort.Int32s, which does not exist"},
		{"file options", `message A {
  optional string s = 1;
}`, "x/bad.proto: option (gogoproto.sizer_all) = true is missing"},
		{"repeated float", `message A {
  repeated float f = 1;
}`, "x/bad.proto:7:3: field x.A.f: repeated double and float fields are not supported yet"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := "syntax = \"proto2\";\npackage x;\nimport \"github.com/gogo/protobuf/gogoproto/gogo.proto\";\noption go_package = \"example.com/x\";\n" + fileOptions + tc.body + "\n"
			if tc.name == "file options" {
				src = strings.Replace(src, "option (gogoproto.sizer_all) = true; ", "", 1)
			}
			if err := os.MkdirAll(filepath.Join(dir, "x"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "x/bad.proto"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := runProtoc("", []string{dir, "testdata/proto"}, "x/bad.proto")
			if err == nil {
				os.RemoveAll(out)
				t.Fatal("protoc succeeded, want an error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\ndoes not contain %q", err, tc.want)
			}
		})
	}
}

// fileOptions are the gogoproto file options go-to-protobuf writes, on one
// line so that the test files keep their line numbers.
const fileOptions = "option (gogoproto.marshaler_all) = true; option (gogoproto.stable_marshaler_all) = true; " +
	"option (gogoproto.sizer_all) = true; option (gogoproto.goproto_stringer_all) = false; option (gogoproto.stringer_all) = true; " +
	"option (gogoproto.unmarshaler_all) = true;\n"
