// Command opgen regenerates lang/compiler/opcodes_gen.go and opcodes.md from
// opcodes.txt; run it through `go generate ./lang/compiler`.
package main

import (
	"log"
	"os"

	"minipy/lang/compiler/internal/opgen"
)

func main() {
	src, err := os.ReadFile("opcodes.txt")
	if err != nil {
		log.Fatal(err)
	}
	goSrc, md, err := opgen.Generate(src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("opcodes_gen.go", goSrc, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("opcodes.md", md, 0o644); err != nil {
		log.Fatal(err)
	}
}
