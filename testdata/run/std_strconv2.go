// strconv round trips: integers in every base, floats, bools, quoting,
// and the *NumError values of failed parses.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int64{0, 1, -1, 255, -255, 1 << 40, -9223372036854775808, 9223372036854775807} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			if err != nil || back != n {
				fmt.Println("round trip failed", n, base, s, back, err)
			}
		}
		fmt.Println(strconv.FormatInt(n, 16), strconv.FormatInt(n, 2), strconv.Itoa(int(n)))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(255, 2))

	for _, s := range []string{"42", "-17", "+8", "0x1F", "abc", "", "99999999999999999999", "1_000", "12a"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-0x80"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("ParseInt(%q, 0) = %d, %v\n", s, n, err)
	}
	n8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(n8, err)
	n8, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(n8, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)

	for _, f := range []float64{0, 1, -2.5, 3.141592653589793, 1e21, 1e-7, 123456.789, 0.1 + 0.2} {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, strconv.FormatFloat(f, 'f', 3, 64), strconv.FormatFloat(f, 'e', 2, 64), back == f, err)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	for _, s := range []string{"3.14", "-0.5e3", "1e400", "inf", "-Infinity", "NaN", ".5", "5.", "0x1p-2", "1_0.5", "abc", "1e", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)

	for _, s := range []string{"true", "T", "1", "false", "F", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))

	fmt.Println(strconv.Quote("hello, \"world\"\n\ttab"), strconv.Quote("héllo ☺ \x00\xff"))
	fmt.Println(strconv.QuoteToASCII("héllo ☺"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune('\''))

	_, err = strconv.Atoi("forty-two")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax))
	if ne != nil {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)
}
