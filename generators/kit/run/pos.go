package run

import "go/token"

func tokenFile(path string) token.Position { return token.Position{Filename: path} }
