package informer

import (
	"github.com/spf13/pflag"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/load"
	"github.com/gengokit/gengokit/generators/tags"
)

// Command adapts informer-gen to the shared command-line runner.
type Command struct {
	// Args are the flags.
	Args *Args
}

// NewCommand returns informer-gen with default flags.
func NewCommand() *Command { return &Command{Args: NewArgs()} }

// Name returns "informer-gen".
func (c *Command) Name() string { return Name }

// AddFlags binds informer-gen's flags.
func (c *Command) AddFlags(fs *pflag.FlagSet) { c.Args.AddFlags(fs) }

// Validate checks the flags.
func (c *Command) Validate() error { return c.Args.Validate() }

// NameSystems returns informer-gen's name systems (after Validate).
func (c *Command) NameSystems() namer.NameSystems { return NameSystems(c.Args.plurals) }

// DefaultNameSystem names the system that orders types.
func (c *Command) DefaultNameSystem() string { return "public" }

// Tags returns informer-gen's tag registry.
func (c *Command) Tags() *tags.Registry { return Registry() }

// Targets decides what to generate.
func (c *Command) Targets(l *load.Loaded) ([]generator.Target, error) { return Targets(l, c.Args) }
