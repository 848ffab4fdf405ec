package ast

// NewNode exposes the generated constructor table to the external tests.
var NewNode = newNode
