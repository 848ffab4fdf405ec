//go:build !ownercheck

package alloc

import "unsafe"

// OwnerCheck is false in the normal build: no index of arenas is kept,
// HeapOf and Current return nil and Attach does nothing (owner.go).
const OwnerCheck = false

func registerArena(*arena)   {}
func unregisterArena(*arena) {}

// HeapOf returns nil in the normal build (see owner_check.go).
func HeapOf(unsafe.Pointer) *Heap { return nil }

// Attach does nothing in the normal build (see owner_check.go).
func Attach(*Heap) *Heap { return nil }

// Restore does nothing in the normal build.
func Restore(*Heap) {}

// Take does nothing in the normal build.
func Take(*Heap) {}

// Drop does nothing in the normal build.
func Drop() {}

// Current returns nil in the normal build.
func Current() *Heap { return nil }
