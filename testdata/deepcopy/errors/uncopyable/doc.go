// Package uncopyable asks for a copy of a type that cannot have one.
package uncopyable
