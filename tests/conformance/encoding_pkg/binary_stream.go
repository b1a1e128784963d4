package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// A tiny record file: a header, then length-prefixed records with varints.
type header struct {
	Magic   [4]byte
	Version uint8
	Flags   uint8
	Count   uint16
}

type point struct {
	X, Y float32
	Tag  int8
	_    [3]byte
}

func main() {
	var file bytes.Buffer
	w := bufio.NewWriter(&file)
	names := []string{"alpha", "beta", "", "ünïcode"}
	binary.Write(w, binary.BigEndian, header{Magic: [4]byte{'R', 'E', 'C', '1'}, Version: 2, Count: uint16(len(names))})
	for i, n := range names {
		var buf [binary.MaxVarintLen64]byte
		k := binary.PutUvarint(buf[:], uint64(len(n)))
		w.Write(buf[:k])
		w.WriteString(n)
		k = binary.PutVarint(buf[:], int64(-i*1000))
		w.Write(buf[:k])
	}
	pts := []point{{1.5, -2.25, 7, [3]byte{}}, {float32(math.Inf(1)), 0, -1, [3]byte{}}}
	binary.Write(w, binary.LittleEndian, pts)
	binary.Write(w, binary.LittleEndian, uint32(0xCAFEBABE))
	w.Flush()

	data := file.Bytes()
	fmt.Printf("%d bytes: % x\n", len(data), data[:16])

	r := bufio.NewReader(bytes.NewReader(data))
	var h header
	var err error
	fmt.Println(binary.Read(r, binary.BigEndian, &h), string(h.Magic[:]), h.Version, h.Count)
	for i := 0; i < int(h.Count); i++ {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			fmt.Println(err)
			return
		}
		s := make([]byte, n)
		for got := 0; got < len(s); {
			k, _ := r.Read(s[got:])
			got += k
		}
		v, err := binary.ReadVarint(r)
		fmt.Printf("%q %d %v\n", s, v, err)
	}
	back := make([]point, 2)
	fmt.Println(binary.Read(r, binary.LittleEndian, back), back)
	var magic uint32
	fmt.Println(binary.Read(r, binary.LittleEndian, &magic), magic == 0xCAFEBABE)
	err = binary.Read(r, binary.LittleEndian, &magic)
	fmt.Println(err, errors.Is(err, io.EOF))
	fmt.Println(binary.Size(h), binary.Size(pts), binary.Size(point{}))

	// reading a truncated struct
	err = binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.BigEndian, &h)
	fmt.Println(err)
	// pointers, strings and ints are not fixed-size
	type bad struct {
		P *int32
	}
	fmt.Println(binary.Write(discard{}, binary.BigEndian, bad{}))
	fmt.Println(binary.Write(discard{}, binary.BigEndian, "text"))
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 8)), binary.BigEndian, new(int)))
	fmt.Println(binary.Size(map[string]int{}), binary.Size(&pts))
}
