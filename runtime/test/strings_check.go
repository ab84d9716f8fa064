package main

import (
	"errors"
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.Grow(10)
	b.WriteString("x")
	fmt.Println(b.String(), b.Len())
	s := "  a b\tc\n  déf  "
	fmt.Printf("%q %q %q\n", strings.Fields(s), strings.TrimSpace(s), strings.Split("a,b,,c", ","))
	fmt.Printf("%q %q %q\n", strings.Split("abc", ""), strings.Split("", ","), strings.Split("a,b,c", ", "))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Contains("seafood", "foo"), strings.HasPrefix("go", "gopher"), strings.HasSuffix("gopher", "her"), strings.Index("chicken", "ken"), strings.Index("x", "y"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.ToUpper("ABC"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("abc", "", "-", -1))
	e1 := errors.New("x")
	e2 := fmt.Errorf("wrap: %w", e1)
	fmt.Println(errors.Is(e1, e1), errors.Is(e1, errors.New("x")), errors.Is(nil, nil), e2)
}
