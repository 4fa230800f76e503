// Package explicitfrom is the hub of case explicitfrom.
package explicitfrom
