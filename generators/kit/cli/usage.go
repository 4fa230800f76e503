package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/pflag"
)

// logFlagShown reports whether --help describes a klog flag; the others
// are only named, since few runs of a generator need them.
func logFlagShown(name string) bool { return name == "v" || name == "vmodule" }

// usage prints the generator's own flags, then klog's in a short section of
// their own, then the tags the generator reads.
func usage(g Generator, fs *pflag.FlagSet, logFlags map[string]bool, w io.Writer) {
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
	fmt.Fprintf(w, "Usage: %s [flags] [package patterns...]\n\n", g.Name())
	fmt.Fprintf(w, "Packages are import paths or ./relative paths (./... matches a tree), given as arguments or with -i.\n\nFlags:\n")
	fmt.Fprint(w, own.FlagUsages())
	fmt.Fprintf(w, "\nLogging flags (klog):\n%s      also: %s\n", logging.FlagUsages(), strings.Join(others, " "))
	if reg := g.Tags(); reg != nil {
		fmt.Fprintf(w, "\n%s", reg.Help())
	}
}

// Version describes the build of the running binary for --version: the
// generator, its module and version, and the VCS revision it was built
// from, when the build recorded one.
func Version(name string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return name + " (no build information)"
	}
	out := fmt.Sprintf("%s %s %s", name, info.Main.Path, info.Main.Version)
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		out += ", revision " + rev
		if settings["vcs.modified"] == "true" {
			out += " (modified)"
		}
	}
	return out + ", " + info.GoVersion
}
