# command-line-arguments
./selfassign.go:13:8: (*buffer).skip ignoring self-assignment in b.buf = b.buf[n:]
./selfassign.go:12:7: b does not escape
./selfassign.go:17:6: (*buffer).swap ignoring self-assignment in b.a = b.b
./selfassign.go:16:7: b does not escape
./selfassign.go:22:7: &buffer{...} does not escape
./selfassign.go:22:26: ([]byte)("hello") does not escape
./selfassign.go:25:16: string(b.buf) does not escape
