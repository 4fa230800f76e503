package client

import "k8s.io/gengo/v2/generator"

// fakeClientsetTarget and fakeTypedTarget: the fake clientset, not yet
// written; with --fake-clientset (the default) they generate nothing yet.
func (p *plan) fakeClientsetTarget() generator.Target { return nil }

func (p *plan) fakeTypedTarget(*groupVersionInfo) generator.Target { return nil }
