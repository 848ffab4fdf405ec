// Package compiler turns a parsed module (lang/ast) into code objects.
//
// Today it holds the first pass, the symbol table (symtable.go, analyze.go):
// CPython 3.11's symtable.c rules for which block binds each name and where
// it lives at run time (local, global, free, cell), with the same flag bits,
// so that the tables can be compared bit for bit with python3's `symtable`
// module (tools/pysymtable.py, symtable_test.go).
//
// This package imports only lang/*; it never imports vm/*: constants in code
// objects are plain Go values that the VM turns into objects.
package compiler
