// Package optin has no package tag: only types that opt in get methods.
package optin
