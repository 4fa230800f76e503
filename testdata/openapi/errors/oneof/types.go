package v1

// Amount has one-of types but no v2 type and format.
type Amount struct { // want `Amount has an OpenAPIV3OneOfTypes method but no OpenAPISchemaType and OpenAPISchemaFormat methods`
	v string
}

// OpenAPIV3OneOfTypes are the v3 schema's types.
func (Amount) OpenAPIV3OneOfTypes() []string { return []string{"number", "string"} }
