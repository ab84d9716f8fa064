package main

import (
	"fmt"
	"strings"
)

func words(s string) []string { // ERROR "leaking param: s$"
	return strings.Fields(s)
}

func parts(s string) int { // ERROR "leaking param: s$"
	return len(strings.Split(s, ","))
}

func join(xs []string) string { // ERROR "leaking param: xs to result ~r0 level=1$"
	return strings.Join(xs, "-")
}

func trim(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.TrimSpace(s)
}

func cut(s string) (string, string) { // ERROR "leaking param: s to result ~r0 level=0$" "leaking param: s to result ~r1 level=0$"
	a, b, _ := strings.Cut(s, "=")
	return a, b
}

func upper(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.Map(func(r rune) rune { return r - 32 }, s) // ERROR "func literal does not escape$"
}

func has(s string) bool { // ERROR "s does not escape$"
	return strings.Contains(s, "x") && strings.HasPrefix(s, "a") && strings.Index(s, "b") > 0
}

func repl(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.ReplaceAll(strings.ToLower(s), "a", "b")
}

func rep(n int) string {
	return strings.Repeat("ab", n)
}

func trimmed(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.TrimPrefix(strings.TrimSuffix(s, "!"), "?")
}

func fieldsFunc(s string) []string { // ERROR "leaking param: s$"
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' }) // ERROR "func literal does not escape$"
}

func main() {
	fmt.Println(words("a b"), parts("a,b"), join([]string{"x", "y"}), trim(" z ")) // ERROR "... argument does not escape$" "\[\]string{...} does not escape$" "join\(\[\]string{...}\) escapes to heap$" "parts\(.a,b.\) escapes to heap$" "trim\(. z .\) escapes to heap$" "words\(.a b.\) escapes to heap$"
	a, b := cut("k=v")
	fmt.Println(a, b, upper("abc"), has("abx"), repl("AAA"), rep(2), trimmed("?x!")) // ERROR "... argument does not escape$" "a escapes to heap$" "b escapes to heap$" "has\(.abx.\) escapes to heap$" "rep\(2\) escapes to heap$" "repl\(.AAA.\) escapes to heap$" "trimmed\(.\?x!.\) escapes to heap$" "upper\(.abc.\) escapes to heap$"
	fmt.Println(fieldsFunc("a;b")) // ERROR "... argument does not escape$" "fieldsFunc\(.a;b.\) escapes to heap$"
}
