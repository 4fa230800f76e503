// Package cmddoc holds the test that keeps each command's package
// documentation (cmd/<name>/doc.go, printed by `go doc
// github.com/gengokit/gengokit/cmd/<name>`) in step with the flags the
// command registers and the tags it reads.
//
// The convention the test reads: in the package comment, a flag is
// documented by an indented line that starts with the flag, as
//
//	-i, --input-dirs <packages>
//	--output-file <name> (default "generated.deepcopy.go")
//
// followed by lines indented further that say what it does. kube-codegen's
// entries end with the subcommands that take the flag, in brackets:
//
//	--with-watch [client, all]
//
// A tag is documented when its "+name" appears anywhere in the comment.
package cmddoc
