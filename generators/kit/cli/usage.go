package cli

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"
)

// groupAnnotation annotates a flag of the runner's set with its group in
// --help: groupCommon (every generator's) or groupKlog (klog's); a flag
// without it is the generator's own.
const (
	groupAnnotation = "gengokit/help-group"
	groupCommon     = "common"
	groupKlog       = "klog"
)

// usage prints what s is for and its usage line, then its own flags, the
// flags every generator has and the tags it reads; klog's flags only with
// all (--help-all), last, since few runs of a generator need them.
func usage(s *Spec, fs *pflag.FlagSet, all bool, w io.Writer) {
	groups := map[string]*pflag.FlagSet{}
	for _, g := range []string{"", groupCommon, groupKlog} {
		groups[g] = pflag.NewFlagSet(g, pflag.ContinueOnError)
	}
	fs.VisitAll(func(f *pflag.Flag) {
		group := ""
		if g := f.Annotations[groupAnnotation]; len(g) == 1 {
			group = g[0]
		}
		groups[group].AddFlag(f)
	})
	helpShort := "h" // unless the generator gives -h to a flag of its own (go-to-protobuf)
	if fs.ShorthandLookup("h") != nil {
		helpShort = ""
	}
	groups[groupCommon].BoolP("help", helpShort, false, "print this help and exit")
	if s.Summary != "" {
		fmt.Fprintf(w, "%s %s\n\n", s.Name, s.Summary)
	}
	fmt.Fprint(w, synopsis(s))
	fmt.Fprintf(w, "\nFlags:\n%s", groups[""].FlagUsages())
	fmt.Fprintf(w, "\nCommon flags:\n%s", groups[groupCommon].FlagUsages())
	if !all {
		fmt.Fprintf(w, "  klog's logging flags (-v, --vmodule, --log_file, ...) are accepted too; --help-all lists them.\n")
	}
	if reg := s.Registry(); reg != nil {
		fmt.Fprintf(w, "\n%s", reg.Help())
	}
	if all {
		fmt.Fprintf(w, "\nLogging flags (klog):\n%s", groups[groupKlog].FlagUsages())
	}
}

// synopsis says how s's command line names the packages it reads: package
// patterns, s.Synopsis, or (client-gen) --input under --input-base.
func synopsis(s *Spec) string {
	if s.Synopsis != "" {
		return fmt.Sprintf("Usage: %s %s", s.Name, s.Synopsis)
	}
	if ReadsPatterns(s) {
		return fmt.Sprintf("Usage: %s [flags] [package patterns...]\n\n"+
			"Packages are import paths or ./relative paths (./... matches a tree), given as arguments or with -i.\n", s.Name)
	}
	return fmt.Sprintf("Usage: %s [flags] --input-base <import path or ./directory> --input <group/version>[,<group/version>...]\n\n"+
		"The packages read are the group versions --input names under --input-base, e.g.\n"+
		"  --input-base example.com/shop/pkg/apis --input shop/v1,shop/v1beta1\n"+
		"Package arguments and -i are not accepted.\n", s.Name)
}
