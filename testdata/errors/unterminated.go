// A raw string that is never closed runs to the end of the file.
package main

func main() {
	println(`unterminated // ERROR "string not terminated$"
} // ERROR "syntax error: unexpected EOF in argument list; possibly missing comma or \)$"