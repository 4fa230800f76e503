package cli

import (
	"io"

	"github.com/spf13/pflag"
)

// CommandFlags returns the flags s's command line takes as --help lists
// them: its own and the common ones, without klog's and without the hidden
// ones (client-gen's -i, parsed only to say why it is refused). pflag's
// -h/--help, which every command takes, is not among them.
func CommandFlags(s *Spec) *pflag.FlagSet {
	fs := newFlagSet(s, &Options{}, io.Discard)
	out := pflag.NewFlagSet(s.Name, pflag.ContinueOnError)
	fs.VisitAll(func(f *pflag.Flag) {
		if g := f.Annotations[groupAnnotation]; f.Hidden || len(g) == 1 && g[0] == groupKlog {
			return
		}
		out.AddFlag(f)
	})
	return out
}
