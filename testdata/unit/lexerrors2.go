// dump: tokens
// Lexical errors in strings, names and comments: bad escapes, bytes that
// are not UTF-8, typographic quotes, an unterminated string and comment.
package p

var d = "\q" + "\x4"
var e = x�
var f = “quoted”
var g = "open
var h = 1 /* never closed
