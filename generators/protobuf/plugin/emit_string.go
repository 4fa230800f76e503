package plugin

func (g *fileGen) emitString(m *message) {
	g.p("func (this *%s) String() string {", m.name)
	g.p("if this == nil {\nreturn \"nil\"\n}")
	fields := byNumber(m.fields)
	for _, f := range fields {
		if f.repeated && !f.isMap() && f.isMessage() {
			g.repeatedString(f)
		}
	}
	for _, f := range fields {
		if f.isMap() {
			g.mapString(f)
		}
	}
	g.p("s := strings.Join([]string{`&%s{`,", m.name)
	for _, f := range fields {
		g.p("`%s:` + %s + `,`,", f.name, g.fieldString(f))
	}
	g.p("`}`,\n}, \"\")\nreturn s\n}")
}

// fieldString is the expression String uses for one field.
func (g *fileGen) fieldString(f *field) string {
	switch {
	case f.isMap():
		return "mapStringFor" + f.name
	case f.repeated && f.isMessage():
		return "repeatedStringFor" + f.name
	case f.isMessage():
		sf := g.messageString(f, "this."+f.name)
		if f.nullable {
			return "strings.Replace(" + sf + `, "` + f.msgName + `", "` + f.msgQual + `", 1)`
		}
		return "strings.Replace(strings.Replace(" + sf + `, "` + f.msgName + `", "` + f.msgQual + `", 1), ` + "`&`, ``, 1)"
	case f.nullable && !f.repeated:
		return "valueToStringGenerated(this." + f.name + ")"
	}
	return `fmt.Sprintf("%v", this.` + f.name + ")"
}

// messageString prints a message value: local messages by their String
// method, others through fmt.
func (g *fileGen) messageString(f *field, expr string) string {
	if f.stringer {
		return expr + ".String()"
	}
	return `fmt.Sprintf("%v", ` + expr + ")"
}

func (g *fileGen) repeatedString(f *field) {
	v := "repeatedStringFor" + f.name
	star := ""
	if f.nullable {
		star = "*"
	}
	g.p("%s := \"[]%s%s{\"", v, star, f.msgName)
	g.p("for _, f := range this.%s {", f.name)
	switch {
	case f.nullable:
		g.p("%s += strings.Replace(%s, \"%s\", \"%s\", 1) + \",\"", v, g.messageString(f, "f"), f.msgName, f.msgQual)
	case f.stringer:
		g.p("%s += strings.Replace(strings.Replace(f.String(), \"%s\", \"%s\", 1), `&`, ``, 1) + \",\"", v, f.msgName, f.msgQual)
	default:
		g.p("%s += fmt.Sprintf(\"%%v\", f) + \",\"", v)
	}
	g.p("}")
	g.p("%s += \"}\"", v)
}

func (g *fileGen) mapString(f *field) {
	keys, v := "keysFor"+f.name, "mapStringFor"+f.name
	base := scalarGoTypes[f.key.kind]
	g.p("%s := make([]%s, 0, len(this.%s))", keys, base, f.name)
	g.p("for k := range this.%s {", f.name)
	if f.castKey {
		g.p("%s = append(%s, %s(k))", keys, keys, base)
	} else {
		g.p("%s = append(%s, k)", keys, keys)
	}
	g.p("}")
	g.p("%s(%s)", g.sortCall(f.key.kind), keys)
	g.p("%s := \"%s{\"", v, f.mapType)
	g.p("for _, k := range %s {", keys)
	lookup := "k"
	if f.castKey {
		lookup = f.key.goType + "(k)"
	}
	g.p("%s += fmt.Sprintf(\"%%v: %%v,\", k, this.%s[%s])", v, f.name, lookup)
	g.p("}")
	g.p("%s += \"}\"", v)
}
