// Command minipy is the minipy interpreter's command line. For now it only
// dumps the AST of a file: minipy --ast FILE (positions included), or
// minipy --ast-noattrs FILE (without them).
package main

import (
	"errors"
	"fmt"
	"os"

	"minipy/lang/parser"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) == 2 && (args[0] == "--ast" || args[0] == "--ast-noattrs") {
		return dumpAST(args[1], args[0] == "--ast")
	}
	fmt.Fprintln(os.Stderr, "usage: minipy --ast FILE")
	return 2
}

func dumpAST(filename string, attrs bool) int {
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintf(os.Stderr, "minipy: can't open file '%s': %v\n", filename, err)
		return 2
	}
	tree, err := parser.ParseFile(filename, src)
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) {
			fmt.Fprint(os.Stderr, se.Format())
			return 1
		}
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(parser.Dump(tree, attrs))
	return 0
}
