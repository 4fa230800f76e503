#!/usr/bin/env bash
# Makes the inputs of TestShipped (compat_test.go): upstream go-to-protobuf
# v0.37.2 --only-idl --keep-gogoproto over copies of the modules whose
# generated.pb.go files are compared, all their packages in one list as
# Kubernetes runs it. Usage: upstream-gogo-protos.sh DIR [HEADER]; then run
#   GENGOKIT_GOGO_PROTO_ROOT=DIR/src GENGOKIT_SHIPPED=k8s.io/api=$MC/k8s.io/api@v0.37.2,...
#   GENGOKIT_HEADER=<boilerplate> go test -run TestShipped ./generators/protobuf/plugin
# Needs the modules in the module cache (or the network for go install).
set -euo pipefail
dir=$(mkdir -p "$1" && cd "$1" && pwd)
mc=$(go env GOMODCACHE)
mods="api apimachinery apiextensions-apiserver apiserver kube-aggregator metrics"
GOBIN="$dir/bin" GOFLAGS=-mod=mod go install k8s.io/code-generator/cmd/go-to-protobuf@v0.37.2
mkdir -p "$dir/work" "$dir/src/k8s.io" "$dir/src/github.com/gogo/protobuf/gogoproto"
cd "$dir/work"
{
	echo "module example.com/gogoprotos"
	echo "go 1.26.0"
	for m in $mods; do
		rm -rf "$m" && cp -r "$mc/k8s.io/$m@v0.37.2" "$m" && chmod -R u+w "$m"
		echo "require k8s.io/$m v0.37.2"
		echo "replace k8s.io/$m => ./$m"
		ln -sfn "$dir/work/$m" "$dir/src/k8s.io/$m"
	done
} > go.mod
pkgs=$(for m in $mods; do [ "$m" = apimachinery ] && continue
	(cd "$m" && find . -name generated.proto | sed "s|^\./|k8s.io/$m/|; s|/generated.proto||"); done | sort | paste -sd, -)
# one import per package keeps every module required through go mod tidy
{ echo "package gogoprotos"; for p in ${pkgs//,/ }; do echo "import _ \"$p\""; done; } > x.go
GOFLAGS=-mod=mod GOPROXY=off go mod tidy
if [ -n "${2:-}" ]; then cp "$2" "$dir/header.txt"; else : > "$dir/header.txt"; fi
"$dir/bin/go-to-protobuf" --only-idl --keep-gogoproto --output-dir="$dir/out" --packages="$pkgs" \
	--go-header-file "$dir/header.txt"
cp "$mc/github.com/gogo/protobuf@v1.3.2/gogoproto/gogo.proto" "$dir/src/github.com/gogo/protobuf/gogoproto/"
chmod u+w "$dir/src/github.com/gogo/protobuf/gogoproto/gogo.proto"
