package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// logFlagShown reports whether --help describes a klog flag; the others
// are only named, since few runs of a generator need them.
func logFlagShown(name string) bool { return name == "v" || name == "vmodule" }

// usage prints the generator's own flags, then klog's in a short section of
// their own, then the tags the generator reads.
func usage(s *Spec, fs *pflag.FlagSet, logFlags map[string]bool, w io.Writer) {
	own, logging := pflag.NewFlagSet("own", pflag.ContinueOnError), pflag.NewFlagSet("log", pflag.ContinueOnError)
	var others []string
	fs.VisitAll(func(f *pflag.Flag) {
		switch {
		case !logFlags[f.Name]:
			own.AddFlag(f)
		case logFlagShown(f.Name):
			logging.AddFlag(f)
		default:
			others = append(others, "--"+f.Name)
		}
	})
	fmt.Fprint(w, synopsis(s))
	fmt.Fprintf(w, "\nFlags:\n")
	fmt.Fprint(w, own.FlagUsages())
	fmt.Fprintf(w, "\nLogging flags (klog):\n%s      also: %s\n", logging.FlagUsages(), strings.Join(others, " "))
	if reg := s.Registry(); reg != nil {
		fmt.Fprintf(w, "\n%s", reg.Help())
	}
}

// synopsis says how s's command line names the packages it reads: package
// patterns, or (client-gen) --input under --input-base.
func synopsis(s *Spec) string {
	if ReadsPatterns(s) {
		return fmt.Sprintf("Usage: %s [flags] [package patterns...]\n\n"+
			"Packages are import paths or ./relative paths (./... matches a tree), given as arguments or with -i.\n", s.Name)
	}
	return fmt.Sprintf("Usage: %s [flags] --input-base <import path or ./directory> --input <group/version>[,<group/version>...]\n\n"+
		"The packages read are the group versions --input names under --input-base, e.g.\n"+
		"  --input-base example.com/shop/pkg/apis --input shop/v1,shop/v1beta1\n"+
		"Package arguments and -i are not accepted.\n", s.Name)
}
