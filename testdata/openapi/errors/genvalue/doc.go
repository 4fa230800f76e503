// +k8s:openapi-gen=yes
// ^ want `\+k8s:openapi-gen: unsupported value "yes" on a package \(doc.go\) \(want true or false, or an extension x-kubernetes-<name>:<value> on a type or a field\)`
// +k8s:openapi-gen=x-kubernetes-kind:widget
// ^ want `\+k8s:openapi-gen: "x-kubernetes-kind:widget" is an extension, which belongs on a type or a field; on a package, write true or false`
package v1
