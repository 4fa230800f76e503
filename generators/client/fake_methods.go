package client

import "github.com/gengokit/gengokit/generators/kit/genclient"

// fakeMethod returns the template of a fake extension method: the verb's
// fake method under the extension's name, on the subresource when the
// method names one; "" for a verb with no fake.
func fakeMethod(m genclient.Method) string {
	sub := m.Subresource != ""
	switch {
	case m.Verb == "list":
		return fakeMethodList
	case m.Verb == "get" && sub:
		return fakeMethodGetSub
	case m.Verb == "get":
		return fakeMethodGet
	case m.Verb == "delete":
		return fakeMethodDelete
	case m.Verb == "create" && sub:
		return fakeMethodCreateSub
	case m.Verb == "create":
		return fakeMethodCreate
	case m.Verb == "update" && sub:
		return fakeMethodUpdateSub
	case m.Verb == "update":
		return fakeMethodUpdate
	case m.Verb == "watch":
		return fakeMethodWatch
	case m.Verb == "patch":
		return fakeMethodPatch
	case m.Verb == "apply" && sub:
		return fakeMethodApplySub
	case m.Verb == "apply":
		return fakeMethodApply
	}
	return ""
}

// fakeMethodApply is the fake apply method.
const fakeMethodApply = `
// $.verb$ takes the given apply declarative configuration, applies it and returns the applied $.resultType|private$.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error) {
	if $.inputType|private$ == nil {
		return nil, $.fmtErrorf|raw$("$.inputType|private$ provided to $.verb$ must not be nil")
	}
	data, err := $.jsonMarshal|raw$($.inputType|private$)
	if err != nil {
		return nil, err
	}
	name := $.inputType|private$.Name
	if name == nil {
		return nil, $.fmtErrorf|raw$("$.inputType|private$.Name must be provided to $.verb$")
	}
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewPatchSubresource|raw$(c.Resource(), c.Namespace(), *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult)
		$else$Invokes($.NewRootPatchSubresource|raw$(c.Resource(), *name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions()), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodApplySub is the fake apply method of a subresource.
const fakeMethodApplySub = `
// $.verb$ takes top resource name and the apply declarative configuration for $.subresourcePath$,
// applies it and returns the applied $.resultType|private$, and an error, if there is any.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, $.inputType|private$ *$.inputApplyConfig|raw$, opts $.ApplyOptions|raw$) (result *$.resultType|raw$, err error) {
	if $.inputType|private$ == nil {
		return nil, $.fmtErrorf|raw$("$.inputType|private$ provided to $.verb$ must not be nil")
	}
	data, err := $.jsonMarshal|raw$($.inputType|private$)
	if err != nil {
		return nil, err
	}
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewPatchSubresource|raw$(c.Resource(), c.Namespace(), $.type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.inputType|private$"), emptyResult)
		$else$Invokes($.NewRootPatchSubresource|raw$(c.Resource(), $.type|private$Name, $.ApplyPatchType|raw$, data, opts.ToPatchOptions(), "$.inputType|private$"), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodCreate is the fake create method.
const fakeMethodCreate = `
// $.verb$ takes the representation of a $.inputType|private$ and creates it.  Returns the server's representation of the $.resultType|private$, and an error, if there is any.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (result *$.resultType|raw$, err error) {
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewCreate|raw$(c.Resource(), c.Namespace(), $.inputType|private$, opts), emptyResult)
		$else$Invokes($.NewRootCreate|raw$(c.Resource(), $.inputType|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodCreateSub is the fake create method of a subresource.
const fakeMethodCreateSub = `
// $.verb$ takes the representation of a $.inputType|private$ and creates it.  Returns the server's representation of the $.resultType|private$, and an error, if there is any.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.CreateOptions|raw$) (result *$.resultType|raw$, err error) {
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewCreateSubresource|raw$(c.Resource(), $.type|private$Name, "$.subresourcePath$", c.Namespace(), $.inputType|private$, opts), emptyResult)
		$else$Invokes($.NewRootCreateSubresource|raw$(c.Resource(), $.type|private$Name, "$.subresourcePath$", $.inputType|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodDelete is the fake delete method.
const fakeMethodDelete = `
// $.verb$ takes name of the $.type|private$ and deletes it. Returns an error if one occurs.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, name string, opts $.DeleteOptions|raw$) error {
	_, err := c.Fake.
		$if .namespaced$Invokes($.NewDelete|raw$(c.Resource(), c.Namespace(), name, opts), &$.type|raw${})
		$else$Invokes($.NewRootDelete|raw$(c.Resource(), name, opts), &$.type|raw${})$end$
	return err
}
`

// fakeMethodGet is the fake get method.
const fakeMethodGet = `
// $.verb$ takes name of the $.type|private$, and returns the corresponding $.resultType|private$ object, and an error if there is any.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, name string, options $.GetOptions|raw$) (result *$.resultType|raw$, err error) {
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewGet|raw$(c.Resource(), c.Namespace(), name, options), emptyResult)
		$else$Invokes($.NewRootGet|raw$(c.Resource(), name, options), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodGetSub is the fake get method of a subresource.
const fakeMethodGetSub = `
// $.verb$ takes name of the $.type|private$, and returns the corresponding $.resultType|private$ object, and an error if there is any.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, options $.GetOptions|raw$) (result *$.resultType|raw$, err error) {
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewGetSubresource|raw$(c.Resource(), c.Namespace(), "$.subresourcePath$", $.type|private$Name, options), emptyResult)
		$else$Invokes($.NewRootGetSubresource|raw$(c.Resource(), "$.subresourcePath$", $.type|private$Name, options), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodList is the fake list method.
const fakeMethodList = `
// $.verb$ takes label and field selectors, and returns the list of $.type|publicPlural$ that match those selectors.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, opts $.ListOptions|raw$) (result *$.type|raw$List, err error) {
	emptyResult := &$.type|raw$List{}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewList|raw$(c.Resource(), c.Kind(), c.Namespace(), opts), emptyResult)
		$else$Invokes($.NewRootList|raw$(c.Resource(), c.Kind(), opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.type|raw$List), err
}
`

// fakeMethodPatch is the fake patch method.
const fakeMethodPatch = `
// $.verb$ applies the patch and returns the patched $.resultType|private$.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, name string, pt $.PatchType|raw$, data []byte, opts $.PatchOptions|raw$, subresources ...string) (result *$.resultType|raw$, err error) {
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewPatchSubresource|raw$(c.Resource(), c.Namespace(), name, pt, data, opts, subresources... ), emptyResult)
		$else$Invokes($.NewRootPatchSubresource|raw$(c.Resource(), name, pt, data, opts, subresources...), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodUpdate is the fake update method.
const fakeMethodUpdate = `
// $.verb$ takes the representation of a $.inputType|private$ and updates it. Returns the server's representation of the $.resultType|private$, and an error, if there is any.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (result *$.resultType|raw$, err error) {
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewUpdate|raw$(c.Resource(), c.Namespace(), $.inputType|private$, opts), emptyResult)
		$else$Invokes($.NewRootUpdate|raw$(c.Resource(), $.inputType|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodUpdateSub is the fake update method of a subresource.
const fakeMethodUpdateSub = `
// $.verb$ takes the representation of a $.inputType|private$ and updates it. Returns the server's representation of the $.resultType|private$, and an error, if there is any.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, $.type|private$Name string, $.inputType|private$ *$.inputType|raw$, opts $.UpdateOptions|raw$) (result *$.resultType|raw$, err error) {
	emptyResult := &$.resultType|raw${}
	obj, err := c.Fake.
		$if .namespaced$Invokes($.NewUpdateSubresource|raw$(c.Resource(), "$.subresourcePath$", c.Namespace(), $.inputType|private$, opts), &$.inputType|raw${})
		$else$Invokes($.NewRootUpdateSubresource|raw$(c.Resource(), "$.subresourcePath$", $.inputType|private$, opts), emptyResult)$end$
	if obj == nil {
		return emptyResult, err
	}
	return obj.(*$.resultType|raw$), err
}
`

// fakeMethodWatch is the fake watch method.
const fakeMethodWatch = `
// $.verb$ returns a $.watchInterface|raw$ that watches the requested $.type|privatePlural$.
func (c *fake$.type|publicPlural$) $.verb$(ctx $.contextContext|raw$, opts $.ListOptions|raw$) ($.watchInterface|raw$, error) {
	return c.Fake.
		$if .namespaced$InvokesWatch($.NewWatch|raw$(c.Resource(), c.Namespace(), opts))
		$else$InvokesWatch($.NewRootWatch|raw$(c.Resource(), opts))$end$
}
`
