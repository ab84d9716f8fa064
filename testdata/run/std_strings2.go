// strings: the searching, trimming, splitting and func-taking functions.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Count(s, "the"), strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.Index(s, "fox"), strings.LastIndex(s, "the"), strings.IndexByte(s, 'q'), strings.LastIndexByte(s, 'o'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("hello", "xyz"), strings.Contains(s, "lazy"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("Straße", "STRASSE"))

	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333d", unicode.IsDigit))

	fmt.Printf("[%s] [%s] [%s]\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("[%s] [%s]\n", strings.TrimPrefix("v1.2.3", "v"), strings.TrimSuffix("main.go", ".go"))
	fmt.Printf("[%s] [%s]\n", strings.TrimSpace("\t  padded \n"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("[%s] [%s]\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace), strings.TrimRightFunc("  x  ", unicode.IsSpace))
	fmt.Printf("[%s]\n", strings.Trim("¡¡Hola!!", "!¡"))

	for _, kv := range []string{"name=gopher", "novalue", "a=b=c"} {
		k, v, ok := strings.Cut(kv, "=")
		fmt.Printf("%q %q %v\n", k, v, ok)
	}

	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gophers!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))
	fmt.Println(strings.IndexFunc("hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("a1b2c", unicode.IsDigit))

	fmt.Println(strings.ToUpper("mixed Case ü"), strings.ToLower("MIXED Case Ü"), strings.Title("hello wide world"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-"), len(strings.Join([]string{"solo"}, "+")))

	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.Grow(64)
	b.Write([]byte("bytes"))
	fmt.Println(b.String(), b.Len())
}
