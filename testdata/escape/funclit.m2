# command-line-arguments
./funclit.go:9:7: func literal does not escape
./funclit.go:14:9: func literal does not escape
./funclit.go:18:9: func literal escapes to heap:
./funclit.go:18:9:   flow: ~r0 = &{storage for func literal}:
./funclit.go:18:9:     from func literal (spill) at ./funclit.go:18:9
./funclit.go:18:9:     from return func literal (return) at ./funclit.go:18:2
./funclit.go:18:9: func literal escapes to heap
./funclit.go:22:7: func literal escapes to heap:
./funclit.go:22:7:   flow: {heap} = &{storage for func literal}:
./funclit.go:22:7:     from func literal (spill) at ./funclit.go:22:7
./funclit.go:22:7:     from gf = func literal (assign) at ./funclit.go:22:5
./funclit.go:22:7: func literal escapes to heap
./funclit.go:25:12: f does not escape
./funclit.go:30:15: func literal does not escape
