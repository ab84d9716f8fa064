// Number formatting exercises: Roman numerals both ways, number words,
// base conversion, and digit grouping, with strings.Builder.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

var romanVals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var b strings.Builder
	for i, v := range romanVals {
		for n >= v {
			b.WriteString(romanSyms[i])
			n -= v
		}
	}
	return b.String()
}

func fromRoman(s string) (int, error) {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0, fmt.Errorf("bad roman digit %q at %d", s[i], i)
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

var small = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
var tens = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")

func words(n int) string {
	switch {
	case n < 0:
		return "minus " + words(-n)
	case n < 20:
		return small[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + small[n%10]
	case n < 1000:
		if n%100 == 0 {
			return small[n/100] + " hundred"
		}
		return small[n/100] + " hundred and " + words(n%100)
	case n < 1000000:
		if n%1000 == 0 {
			return words(n/1000) + " thousand"
		}
		return words(n/1000) + " thousand " + words(n%1000)
	}
	return strconv.Itoa(n)
}

func group(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		back, err := fromRoman(r)
		fmt.Printf("%4d %-12s %4d %v\n", n, r, back, err)
	}
	_, err := fromRoman("MCMZ")
	fmt.Println(err)
	for _, n := range []int{0, 7, 13, 21, 40, 99, 100, 101, 342, 1000, 1234, 90017, -5} {
		fmt.Printf("%d: %s\n", n, words(n))
	}
	for _, n := range []int{0, 12, 1234, -98765, 1000000, 9223372036854775807} {
		fmt.Println(group(n))
	}
	for _, base := range []int{2, 3, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(2024, base), " ")
	}
	fmt.Println()
	fmt.Printf("%b %o %x %X %#x %08b %+d %5d|%-5d|\n", 2024, 2024, 2024, 2024, 2024, 5, 42, 42, 42)
}
