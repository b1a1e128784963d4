package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int16
	_       [2]byte
	Size    int64
	Ratio   float32
	Ok      bool
	C       complex64
}

type MyInt int32

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Println(b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint64(b), binary.NativeEndian.Uint16(b))
	fmt.Println(binary.BigEndian, binary.LittleEndian, binary.NativeEndian)
	fmt.Printf("%v %#v\n", binary.NativeEndian, binary.BigEndian)
	b = binary.BigEndian.AppendUint64(nil, 1<<40+5)
	fmt.Println(b, len(b), cap(b))

	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 3, Flags: -2, Size: -1 << 40, Ratio: 0.1, Ok: true, C: complex(1.5, -2)}
	if err := binary.Write(&buf, binary.LittleEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Println(buf.Len(), binary.Size(h), binary.Size(&h), buf.Bytes())
	var h2 Header
	err := binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2)
	fmt.Println(err, h2 == h, h2)

	buf.Reset()
	binary.Write(&buf, binary.BigEndian, []uint16{1, 2, 0xffff})
	binary.Write(&buf, binary.BigEndian, int32(-7))
	binary.Write(&buf, binary.BigEndian, MyInt(9))
	binary.Write(&buf, binary.BigEndian, 3.5)
	binary.Write(&buf, binary.BigEndian, []bool{true, false})
	fmt.Println(buf.Bytes())
	u := make([]uint16, 3)
	var i32 int32
	var m MyInt
	var f float64
	r := bytes.NewReader(buf.Bytes())
	fmt.Println(binary.Read(r, binary.BigEndian, u), binary.Read(r, binary.BigEndian, &i32), binary.Read(r, binary.BigEndian, &m), binary.Read(r, binary.BigEndian, &f))
	fmt.Println(u, i32, m, f)
	bs := make([]bool, 2)
	fmt.Println(binary.Read(r, binary.BigEndian, bs), bs, binary.Read(r, binary.BigEndian, &i32))

	fmt.Println(binary.Write(&buf, binary.BigEndian, 5))
	fmt.Println(binary.Write(&buf, binary.BigEndian, struct{ A int }{1}))
	fmt.Println(binary.Read(r, binary.BigEndian, i32))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &i32))
	fmt.Println(binary.Size(5), binary.Size([]int32{1, 2}), binary.Size(nil), binary.Size("x"), binary.Size([3]uint16{}))

	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 63, -64, 64, 300, -1 << 63, 1<<63 - 1} {
		n := binary.PutVarint(vb, x)
		y, m := binary.Varint(vb[:n])
		fmt.Println(x, vb[:n], y, m)
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02})))
	fmt.Println(binary.AppendUvarint([]byte("x"), 1000), binary.AppendVarint(nil, -1000))
	out, err := binary.Append(nil, binary.LittleEndian, h)
	fmt.Println(len(out), cap(out), err)
	n, err := binary.Encode(make([]byte, 3), binary.LittleEndian, h)
	fmt.Println(n, err)
	n, err = binary.Decode(out, binary.LittleEndian, &h2)
	fmt.Println(n, err)

	type priv struct {
		A int32
		b int32
	}
	var p priv
	defer func() { fmt.Println("recovered:", recover(), p) }()
	binary.Read(bytes.NewReader([]byte{1, 0, 0, 0, 2, 0, 0, 0}), binary.LittleEndian, &p)
}
