# command-line-arguments
./m2_struct_fields.go:13:15: leaking param: o
./m2_struct_fields.go:17:13: leaking param content: o
./m2_struct_fields.go:21:16: leaking param: o to result ~r0 level=0
./m2_struct_fields.go:26:2: moved to heap: x
./m2_struct_fields.go:27:33: &inner{...} escapes to heap
