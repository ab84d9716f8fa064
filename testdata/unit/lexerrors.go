// dump: tokens
// Lexical errors in numbers and runes, each with gc's words at gc's column;
// the scanner goes on, and a bad literal still yields a (harmless) literal.
package p

var a = 1 @ 2
var b = 0x + 0b102 + 1__0 + 1e + 0x1.5
var c = 'ab' + '' + '\400' + '\uD800'
