// os: Args, Stdout/Stderr writes kept in order, Exit with a status.
package main

import (
	"fmt"
	"os"
)

type logger struct {
	prefix string
	n      int
}

func (l *logger) Write(p []byte) (int, error) {
	l.n++
	os.Stdout.WriteString(fmt.Sprintf("%s#%d %s", l.prefix, l.n, p))
	return len(p), nil
}

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	os.Stdout.Write([]byte("raw bytes\n"))
	os.Stderr.WriteString("raw stderr\n")
	lg := &logger{prefix: "log"}
	fmt.Fprintf(lg, "hello %s\n", "world")
	fmt.Fprintln(lg, "second", "line")
	fmt.Println("exiting with 3")
	defer fmt.Println("deferred calls do not run on os.Exit")
	os.Exit(3)
}
