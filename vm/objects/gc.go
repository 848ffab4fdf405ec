package objects

// GCState is one interpreter's cycle collector.
type GCState struct {
}

func (g *GCState) init() {}
