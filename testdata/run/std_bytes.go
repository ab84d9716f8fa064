// bytes.Buffer: building text, growing, resetting, and as an io.Writer for fmt.
package main

import (
	"bytes"
	"fmt"
)

type table struct {
	rows [][]string
}

func (t *table) render() string {
	var b bytes.Buffer
	widths := make([]int, len(t.rows[0]))
	for _, row := range t.rows {
		for i, cell := range row {
			if len(cell) > widths[i] {
				widths[i] = len(cell)
			}
		}
	}
	for _, row := range t.rows {
		b.WriteByte('|')
		for i, cell := range row {
			b.WriteByte(' ')
			b.WriteString(cell)
			for k := len(cell); k < widths[i]; k++ {
				b.WriteByte(' ')
			}
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	b.Write([]byte("界!"))
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " %d+%d=%d", 2, 3, 5)
	fmt.Println(b.String())
	fmt.Println(string(b.Bytes()[:5]))
	b.Truncate(5)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), "["+b.String()+"]")
	for i := 0; i < 1000; i++ {
		b.WriteByte(byte('a' + i%26))
	}
	fmt.Println(b.Len(), b.String()[990:])

	t := &table{rows: [][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "10", "0.5"}}}
	fmt.Print(t.render())

	var nb *bytes.Buffer
	fmt.Println(nb.String())
	b2 := new(bytes.Buffer)
	b2.Grow(100)
	fmt.Fprintln(b2, "line", 1)
	fmt.Fprint(b2, "line ", 2, "\n")
	fmt.Print(b2.String())
}
