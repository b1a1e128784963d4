package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("a", 1000), "héllo\x00wörld"}
	for _, in := range inputs {
		b := []byte(in)
		fmt.Printf("md5    %x\n", md5.Sum(b))
		fmt.Printf("sha1   %x\n", sha1.Sum(b))
		fmt.Printf("sha224 %x\n", sha256.Sum224(b))
		fmt.Printf("sha256 %x\n", sha256.Sum256(b))
		fmt.Printf("sha384 %x\n", sha512.Sum384(b))
		fmt.Printf("sha512 %x\n", sha512.Sum512(b))
		fmt.Printf("512/224 %x 512/256 %X\n", sha512.Sum512_224(b), sha512.Sum512_256(b))
		fmt.Println("crc32", crc32.ChecksumIEEE(b), crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)),
			crc32.Checksum(b, crc32.MakeTable(crc32.Koopman)), "adler32", adler32.Checksum(b))
	}

	// the [N]byte results are arrays: comparable, indexable, sliceable
	s1 := sha256.Sum256([]byte("x"))
	s2 := sha256.Sum256([]byte("x"))
	fmt.Println(s1 == s2, len(s1), s1[0], hex.EncodeToString(s1[:4]))
	fmt.Println(s1)

	// streaming: Write in pieces == one shot; Sum appends and leaves the state
	hs := []struct {
		name string
		h    hash.Hash
	}{
		{"md5", md5.New()}, {"sha1", sha1.New()}, {"sha256", sha256.New()}, {"sha224", sha256.New224()},
		{"sha512", sha512.New()}, {"sha384", sha512.New384()}, {"sha512/224", sha512.New512_224()},
		{"sha512/256", sha512.New512_256()}, {"fnv32", fnv.New32()}, {"fnv32a", fnv.New32a()},
		{"fnv64", fnv.New64()}, {"fnv64a", fnv.New64a()}, {"fnv128", fnv.New128()}, {"fnv128a", fnv.New128a()},
		{"crc32", crc32.NewIEEE()}, {"crc32c", crc32.New(crc32.MakeTable(crc32.Castagnoli))}, {"adler32", adler32.New()},
	}
	for _, x := range hs {
		h := x.h
		io.WriteString(h, "The quick brown fox ")
		mid := h.Sum([]byte("prefix:"))
		fmt.Fprintf(h, "jumps over the %s dog", "lazy")
		full := h.Sum(nil)
		again := h.Sum(nil)
		fmt.Printf("%-10s size=%d block=%d mid=%x full=%x stable=%v\n", x.name, h.Size(), h.BlockSize(), mid, full, string(full) == string(again))
		c, err := h.(hash.Cloner).Clone()
		h.Reset()
		fmt.Printf("%-10s reset=%x clone=%x %v\n", x.name, h.Sum(nil), c.Sum(nil), err)
	}

	var h32 hash.Hash32 = fnv.New32a()
	h32.Write([]byte("gopher"))
	var h64 hash.Hash64 = fnv.New64a()
	h64.Write([]byte("gopher"))
	fmt.Println(h32.Sum32(), h64.Sum64())

	c := crc32.NewIEEE()
	c.Write([]byte("hello "))
	crc := crc32.Update(c.Sum32(), crc32.IEEETable, []byte("world"))
	fmt.Println(crc == crc32.ChecksumIEEE([]byte("hello world")), crc32.Size, adler32.Size)
	tab := crc32.MakeTable(0xD5828281)
	fmt.Println(crc32.Checksum([]byte("custom poly"), tab), tab[1], tab[255], crc32.IEEETable[1])
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli))
	fmt.Println(md5.Size, md5.BlockSize, sha1.Size, sha256.Size, sha256.Size224, sha256.BlockSize,
		sha512.Size, sha512.Size384, sha512.Size256, sha512.Size224, sha512.BlockSize)
}
