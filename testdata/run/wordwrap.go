// Text layout: greedy word wrap, full justification, centring and a boxed
// paragraph, all with strings functions and rune counts.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const para = "Go is an open source programming language that makes it simple to build secure, scalable systems. Gofront compiles a teaching subset of it — with escape analysis that agrees with gc's, byte for byte."

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

func box(lines []string, width int) string {
	var b strings.Builder
	b.WriteString("+" + strings.Repeat("-", width+2) + "+\n")
	for _, l := range lines {
		pad := width - utf8.RuneCountInString(l)
		b.WriteString("| " + l + strings.Repeat(" ", pad) + " |\n")
	}
	b.WriteString("+" + strings.Repeat("-", width+2) + "+")
	return b.String()
}

func main() {
	for _, w := range []int{30, 45} {
		lines := wrap(para, w)
		fmt.Printf("width %d: %d lines\n", w, len(lines))
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("|%s|\n", l+strings.Repeat(" ", w-utf8.RuneCountInString(l)))
		}
	}
	fmt.Println(box(wrap(para, 36), 36))
	for _, s := range []string{"title", "a much longer heading", "ünïcödé"} {
		fmt.Printf("[%s]\n", center(s, 15))
	}
	fmt.Printf("[%-12s][%12s][%.3s][%-8.2s]\n", "left", "right", "truncate", "ab")
}
