package stdlib

import (
	binenc "encoding/binary"
	"math/bits"
)

// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block that
// CPython's _blake2 exposes (digest size, key, salt, personalization,
// tree parameters). Go's standard library has no BLAKE2, so the
// compression functions are written here from the RFC.

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2Params is the parameter block's content.
type blake2Params struct {
	size                 int
	key, salt, person    []byte
	fanout, depth        byte
	leafSize             uint32
	nodeOffset           uint64
	nodeDepth, innerSize byte
	lastNode             bool
}

// blake2State is one BLAKE2b (wide) or BLAKE2s hash in progress. The
// last block is kept in buf until more data comes or the hash ends, since
// the final compression is flagged.
type blake2State struct {
	wide     bool
	size     int
	lastNode bool
	hb       [8]uint64 // BLAKE2b chaining value
	hs       [8]uint32 // BLAKE2s chaining value
	t        [2]uint64 // byte counter (BLAKE2s uses the low 64 bits)
	buf      [128]byte
	n        int
}

func (s *blake2State) blockSize() int {
	if s.wide {
		return 128
	}
	return 64
}

func newBlake2(wide bool, p *blake2Params) *blake2State {
	s := &blake2State{wide: wide, size: p.size, lastNode: p.lastNode}
	var block [64]byte
	block[0] = byte(p.size)
	block[1] = byte(len(p.key))
	block[2] = p.fanout
	block[3] = p.depth
	binenc.LittleEndian.PutUint32(block[4:], p.leafSize)
	if wide {
		binenc.LittleEndian.PutUint64(block[8:], p.nodeOffset)
		block[16] = p.nodeDepth
		block[17] = p.innerSize
		copy(block[32:48], p.salt)
		copy(block[48:64], p.person)
		for i := range s.hb {
			s.hb[i] = blake2bIV[i] ^ binenc.LittleEndian.Uint64(block[8*i:])
		}
	} else {
		// A 48-bit node offset, then depth and inner size.
		var off [8]byte
		binenc.LittleEndian.PutUint64(off[:], p.nodeOffset)
		copy(block[8:14], off[:6])
		block[14] = p.nodeDepth
		block[15] = p.innerSize
		copy(block[16:24], p.salt)
		copy(block[24:32], p.person)
		for i := range s.hs {
			s.hs[i] = blake2sIV[i] ^ binenc.LittleEndian.Uint32(block[4*i:])
		}
	}
	if len(p.key) > 0 {
		var kb [128]byte
		copy(kb[:], p.key)
		s.write(kb[:s.blockSize()])
	}
	return s
}

func (s *blake2State) clone() *blake2State {
	c := *s
	return &c
}

func (s *blake2State) write(p []byte) {
	bs := s.blockSize()
	for len(p) > 0 {
		if s.n == bs {
			s.count(bs)
			s.compress(s.buf[:bs], false)
			s.n = 0
		}
		k := copy(s.buf[s.n:bs], p)
		s.n += k
		p = p[k:]
	}
}

func (s *blake2State) count(n int) {
	s.t[0] += uint64(n)
	if s.t[0] < uint64(n) {
		s.t[1]++
	}
}

func (s *blake2State) sum() []byte {
	c := s.clone()
	bs := c.blockSize()
	c.count(c.n)
	for i := c.n; i < bs; i++ {
		c.buf[i] = 0
	}
	c.compress(c.buf[:bs], true)
	out := make([]byte, 64)
	if c.wide {
		for i, h := range c.hb {
			binenc.LittleEndian.PutUint64(out[8*i:], h)
		}
	} else {
		for i, h := range c.hs {
			binenc.LittleEndian.PutUint32(out[4*i:], h)
		}
	}
	return out[:c.size]
}

func (s *blake2State) compress(block []byte, last bool) {
	if s.wide {
		s.compressB(block, last)
	} else {
		s.compressS(block, last)
	}
}

func (s *blake2State) compressB(block []byte, last bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binenc.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], s.hb[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= s.t[0]
	v[13] ^= s.t[1]
	if last {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint64) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		sg := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := range s.hb {
		s.hb[i] ^= v[i] ^ v[i+8]
	}
}

func (s *blake2State) compressS(block []byte, last bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binenc.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	copy(v[:8], s.hs[:])
	copy(v[8:], blake2sIV[:])
	v[12] ^= uint32(s.t[0])
	v[13] ^= uint32(s.t[0] >> 32)
	if last {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint32) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		sg := &blake2Sigma[r]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := range s.hs {
		s.hs[i] ^= v[i] ^ v[i+8]
	}
}
