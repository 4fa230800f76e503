package v1

// Phase is where a job is.
// +enum
type Phase string

const (
	// PhasePending means the job has not started.
	PhasePending Phase = "Pending"
	// PhaseRunning means the job runs.
	// It may run for a long time.
	PhaseRunning Phase = "Running"
	// PhaseDone is done.
	PhaseDone Phase = "Done"
	// PhaseFinished is the same value as PhaseDone, with a longer comment than it.
	PhaseFinished Phase = "Done"
)

// Color is not an enum: it has no +enum tag.
type Color string

const ColorRed Color = "red"

// Empty is an enum without values.
// +enum
type Empty string

// Job runs.
type Job struct {
	// Phase is the phase.
	Phase Phase `json:"phase"`
	// Previous is the phase before.
	// +optional
	Previous *Phase `json:"previous,omitempty"`
	// History lists phases.
	// +listType=atomic
	History []Phase `json:"history,omitempty"`
	// ByName maps names to phases.
	ByName map[string]Phase `json:"byName,omitempty"`
	// Color is a plain string type.
	Color Color `json:"color"`
	// Empty has no values.
	Empty Empty `json:"empty,omitempty"`
}
