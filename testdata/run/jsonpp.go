// A JSON-like pretty printer over interface{} values: maps printed with
// sorted keys, slices, nested values, and quoting with strconv.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func write(b *strings.Builder, v Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			write(b, e, indent+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			write(b, x[k], indent+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "\"<%T>\"", x)
	}
}

func pretty(v Value) string {
	var b strings.Builder
	write(&b, v, 0)
	return b.String()
}

// count walks the tree and tallies values by kind
func count(v Value, tally map[string]int) {
	switch x := v.(type) {
	case []Value:
		tally["array"]++
		for _, e := range x {
			count(e, tally)
		}
	case map[string]Value:
		tally["object"]++
		for _, e := range x {
			count(e, tally)
		}
	case string:
		tally["string"]++
	case int, float64:
		tally["number"]++
	case bool:
		tally["bool"]++
	case nil:
		tally["null"]++
	}
}

func main() {
	doc := map[string]Value{
		"name":    "gofront",
		"version": 1.5,
		"stable":  false,
		"tags":    []Value{"compiler", "go", "teaching"},
		"authors": []Value{
			map[string]Value{"name": "Ada", "commits": 120},
			map[string]Value{"name": "Linus \"the\" Tab", "commits": 7, "email": nil},
		},
		"empty":  []Value{},
		"nested": map[string]Value{"deep": map[string]Value{"deeper": []Value{1, 2.25, "three\n", true}}},
		"odd":    struct{ X int }{3},
	}
	fmt.Println(pretty(doc))
	tally := map[string]int{}
	count(doc, tally)
	fmt.Println(tally)
	fmt.Println(pretty([]Value{}), pretty(nil), pretty(42), pretty("tab\there"))
}
