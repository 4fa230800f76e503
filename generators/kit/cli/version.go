package cli

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Version describes the build of the running binary for --version, in a
// form a bug report can name: see DescribeBuild.
func Version(name string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return name + " (no build information)"
	}
	return DescribeBuild(name, info)
}

// DescribeBuild describes a build of the generator name: its module, the
// version the module was built at, or else the VCS revision `go build`
// recorded (inside a git checkout), or else where a replace directive took
// it from; and Go's version. For example
//
//	deepcopy-gen (github.com/gengokit/gengokit) v0.3.0, go1.26.8
//	deepcopy-gen (github.com/gengokit/gengokit) devel (revision 54bb2c7b110d, 2026-12-05T20:15:00Z, modified), go1.26.8
//	deepcopy-gen (github.com/gengokit/gengokit) devel from ../gengokit (a replace directive; no revision recorded), go1.26.8
func DescribeBuild(name string, info *debug.BuildInfo) string {
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	return fmt.Sprintf("%s (%s) %s, %s", name, info.Main.Path, describeVersion(info.Main, settings), info.GoVersion)
}

// describeVersion describes the version of the main module m, with the
// build's VCS settings.
func describeVersion(m debug.Module, settings map[string]string) string {
	rev := revision(settings)
	switch {
	case m.Replace != nil && !released(m.Replace.Version): // a directory
		return "devel from " + m.Replace.Path + " (a replace directive; no revision recorded)"
	case m.Replace != nil:
		return m.Replace.Version + " (" + m.Replace.Path + ", by a replace directive)"
	case released(m.Version) && rev != "":
		return m.Version + " (" + rev + ")"
	case released(m.Version):
		return m.Version
	case rev != "":
		return "devel (" + rev + ")"
	}
	return "devel (no revision recorded: built outside a git checkout, in a git worktree, or with -buildvcs=false)"
}

// released reports whether v is a version the module was fetched or
// stamped at, rather than (devel) or the zero pseudo-version a require
// line gives a module that a replace directive provides.
func released(v string) bool {
	return v != "" && v != "(devel)" && !strings.HasPrefix(v, "v0.0.0-00010101000000-")
}

// revision renders the VCS settings of a build, e.g. "revision
// 54bb2c7b110d, 2026-12-05T20:15:00Z, modified", or "" when there are none.
func revision(settings map[string]string) string {
	rev := settings["vcs.revision"]
	if rev == "" {
		return ""
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	parts := []string{"revision " + rev}
	if t := settings["vcs.time"]; t != "" {
		parts = append(parts, t)
	}
	if settings["vcs.modified"] == "true" {
		parts = append(parts, "modified")
	}
	return strings.Join(parts, ", ")
}
