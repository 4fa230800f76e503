// +k8s:defaulter-gen=TypeMeta

// Package misplacedoptin is an error case.
package misplacedoptin
