# command-line-arguments
./std_strings.go:8:12: parameter s leaks to {heap} with derefs=0:
./std_strings.go:8:12:   flow: {heap} = s:
./std_strings.go:8:12:     from strings.Fields(s) (call parameter) at ./std_strings.go:9:23
./std_strings.go:8:12: leaking param: s
./std_strings.go:12:12: parameter s leaks to {heap} with derefs=0:
./std_strings.go:12:12:   flow: {heap} = s:
./std_strings.go:12:12:     from strings.Split(s, ",") (call parameter) at ./std_strings.go:13:26
./std_strings.go:12:12: leaking param: s
./std_strings.go:16:11: parameter xs leaks to ~r0 with derefs=1:
./std_strings.go:16:11:   flow: ~r0 = *xs:
./std_strings.go:16:11:     from strings.Join(xs, "-") (call parameter) at ./std_strings.go:17:21
./std_strings.go:16:11:     from return strings.Join(xs, "-") (return) at ./std_strings.go:17:2
./std_strings.go:16:11: leaking param: xs to result ~r0 level=1
./std_strings.go:20:11: parameter s leaks to ~r0 with derefs=0:
./std_strings.go:20:11:   flow: ~r0 = s:
./std_strings.go:20:11:     from strings.TrimSpace(s) (call parameter) at ./std_strings.go:21:26
./std_strings.go:20:11:     from return strings.TrimSpace(s) (return) at ./std_strings.go:21:2
./std_strings.go:20:11: leaking param: s to result ~r0 level=0
./std_strings.go:24:10: parameter s leaks to ~r1 with derefs=0:
./std_strings.go:24:10:   flow: {temp} = s:
./std_strings.go:24:10:     from strings.Cut(s, "=") (call parameter) at ./std_strings.go:25:24
./std_strings.go:24:10:   flow: b = {temp}:
./std_strings.go:24:10:   flow: ~r1 = b:
./std_strings.go:24:10:     from return a, b (return) at ./std_strings.go:26:2
./std_strings.go:24:10: parameter s leaks to ~r0 with derefs=0:
./std_strings.go:24:10:   flow: {temp} = s:
./std_strings.go:24:10:     from strings.Cut(s, "=") (call parameter) at ./std_strings.go:25:24
./std_strings.go:24:10:   flow: a = {temp}:
./std_strings.go:24:10:   flow: ~r0 = a:
./std_strings.go:24:10:     from return a, b (return) at ./std_strings.go:26:2
./std_strings.go:24:10: leaking param: s to result ~r0 level=0
./std_strings.go:24:10: leaking param: s to result ~r1 level=0
./std_strings.go:29:12: parameter s leaks to ~r0 with derefs=0:
./std_strings.go:29:12:   flow: ~r0 = s:
./std_strings.go:29:12:     from strings.Map(func literal, s) (call parameter) at ./std_strings.go:30:20
./std_strings.go:29:12:     from return strings.Map(func literal, s) (return) at ./std_strings.go:30:2
./std_strings.go:29:12: leaking param: s to result ~r0 level=0
./std_strings.go:30:21: func literal does not escape
./std_strings.go:33:10: s does not escape
./std_strings.go:37:11: parameter s leaks to ~r0 with derefs=0:
./std_strings.go:37:11:   flow: ~r0 = s:
./std_strings.go:37:11:     from strings.ToLower(s) (call parameter) at ./std_strings.go:38:43
./std_strings.go:37:11:     from strings.ReplaceAll(strings.ToLower(s), "a", "b") (call parameter) at ./std_strings.go:38:27
./std_strings.go:37:11:     from return strings.ReplaceAll(strings.ToLower(s), "a", "b") (return) at ./std_strings.go:38:2
./std_strings.go:37:11: leaking param: s to result ~r0 level=0
./std_strings.go:45:14: parameter s leaks to ~r0 with derefs=0:
./std_strings.go:45:14:   flow: ~r0 = s:
./std_strings.go:45:14:     from strings.TrimSuffix(s, "!") (call parameter) at ./std_strings.go:46:46
./std_strings.go:45:14:     from strings.TrimPrefix(strings.TrimSuffix(s, "!"), "?") (call parameter) at ./std_strings.go:46:27
./std_strings.go:45:14:     from return strings.TrimPrefix(strings.TrimSuffix(s, "!"), "?") (return) at ./std_strings.go:46:2
./std_strings.go:45:14: leaking param: s to result ~r0 level=0
./std_strings.go:49:17: parameter s leaks to {heap} with derefs=0:
./std_strings.go:49:17:   flow: {heap} = s:
./std_strings.go:49:17:     from strings.FieldsFunc(s, func literal) (call parameter) at ./std_strings.go:50:27
./std_strings.go:49:17: leaking param: s
./std_strings.go:50:31: func literal does not escape
./std_strings.go:57:24: fieldsFunc("a;b") escapes to heap:
./std_strings.go:57:24:   flow: {storage for ... argument} = &{storage for fieldsFunc("a;b")}:
./std_strings.go:57:24:     from fieldsFunc("a;b") (spill) at ./std_strings.go:57:24
./std_strings.go:57:24:     from ... argument (slice-literal-element) at ./std_strings.go:57:13
./std_strings.go:57:24:   flow: {heap} = {storage for ... argument}:
./std_strings.go:57:24:     from ... argument (spill) at ./std_strings.go:57:13
./std_strings.go:57:24:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:57:13
./std_strings.go:56:74: trimmed("?x!") escapes to heap:
./std_strings.go:56:74:   flow: {storage for ... argument} = &{storage for trimmed("?x!")}:
./std_strings.go:56:74:     from trimmed("?x!") (spill) at ./std_strings.go:56:74
./std_strings.go:56:74:     from ... argument (slice-literal-element) at ./std_strings.go:56:13
./std_strings.go:56:74:   flow: {heap} = {storage for ... argument}:
./std_strings.go:56:74:     from ... argument (spill) at ./std_strings.go:56:13
./std_strings.go:56:74:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:56:13
./std_strings.go:56:62: rep(2) escapes to heap:
./std_strings.go:56:62:   flow: {storage for ... argument} = &{storage for rep(2)}:
./std_strings.go:56:62:     from rep(2) (spill) at ./std_strings.go:56:62
./std_strings.go:56:62:     from ... argument (slice-literal-element) at ./std_strings.go:56:13
./std_strings.go:56:62:   flow: {heap} = {storage for ... argument}:
./std_strings.go:56:62:     from ... argument (spill) at ./std_strings.go:56:13
./std_strings.go:56:62:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:56:13
./std_strings.go:56:50: repl("AAA") escapes to heap:
./std_strings.go:56:50:   flow: {storage for ... argument} = &{storage for repl("AAA")}:
./std_strings.go:56:50:     from repl("AAA") (spill) at ./std_strings.go:56:50
./std_strings.go:56:50:     from ... argument (slice-literal-element) at ./std_strings.go:56:13
./std_strings.go:56:50:   flow: {heap} = {storage for ... argument}:
./std_strings.go:56:50:     from ... argument (spill) at ./std_strings.go:56:13
./std_strings.go:56:50:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:56:13
./std_strings.go:56:37: has("abx") escapes to heap:
./std_strings.go:56:37:   flow: {storage for ... argument} = &{storage for has("abx")}:
./std_strings.go:56:37:     from has("abx") (spill) at ./std_strings.go:56:37
./std_strings.go:56:37:     from ... argument (slice-literal-element) at ./std_strings.go:56:13
./std_strings.go:56:37:   flow: {heap} = {storage for ... argument}:
./std_strings.go:56:37:     from ... argument (spill) at ./std_strings.go:56:13
./std_strings.go:56:37:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:56:13
./std_strings.go:56:25: upper("abc") escapes to heap:
./std_strings.go:56:25:   flow: {storage for ... argument} = &{storage for upper("abc")}:
./std_strings.go:56:25:     from upper("abc") (spill) at ./std_strings.go:56:25
./std_strings.go:56:25:     from ... argument (slice-literal-element) at ./std_strings.go:56:13
./std_strings.go:56:25:   flow: {heap} = {storage for ... argument}:
./std_strings.go:56:25:     from ... argument (spill) at ./std_strings.go:56:13
./std_strings.go:56:25:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:56:13
./std_strings.go:56:13: b escapes to heap:
./std_strings.go:56:13:   flow: {storage for ... argument} = &{storage for b}:
./std_strings.go:56:13:     from b (spill) at ./std_strings.go:56:13
./std_strings.go:56:13:     from ... argument (slice-literal-element) at ./std_strings.go:56:13
./std_strings.go:56:13:   flow: {heap} = {storage for ... argument}:
./std_strings.go:56:13:     from ... argument (spill) at ./std_strings.go:56:13
./std_strings.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:56:13
./std_strings.go:56:13: a escapes to heap:
./std_strings.go:56:13:   flow: {storage for ... argument} = &{storage for a}:
./std_strings.go:56:13:     from a (spill) at ./std_strings.go:56:13
./std_strings.go:56:13:     from ... argument (slice-literal-element) at ./std_strings.go:56:13
./std_strings.go:56:13:   flow: {heap} = {storage for ... argument}:
./std_strings.go:56:13:     from ... argument (spill) at ./std_strings.go:56:13
./std_strings.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:56:13
./std_strings.go:54:72: trim(" z ") escapes to heap:
./std_strings.go:54:72:   flow: {storage for ... argument} = &{storage for trim(" z ")}:
./std_strings.go:54:72:     from trim(" z ") (spill) at ./std_strings.go:54:72
./std_strings.go:54:72:     from ... argument (slice-literal-element) at ./std_strings.go:54:13
./std_strings.go:54:72:   flow: {heap} = {storage for ... argument}:
./std_strings.go:54:72:     from ... argument (spill) at ./std_strings.go:54:13
./std_strings.go:54:72:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:54:13
./std_strings.go:54:46: join([]string{...}) escapes to heap:
./std_strings.go:54:46:   flow: {storage for ... argument} = &{storage for join([]string{...})}:
./std_strings.go:54:46:     from join([]string{...}) (spill) at ./std_strings.go:54:46
./std_strings.go:54:46:     from ... argument (slice-literal-element) at ./std_strings.go:54:13
./std_strings.go:54:46:   flow: {heap} = {storage for ... argument}:
./std_strings.go:54:46:     from ... argument (spill) at ./std_strings.go:54:13
./std_strings.go:54:46:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:54:13
./std_strings.go:54:33: parts("a,b") escapes to heap:
./std_strings.go:54:33:   flow: {storage for ... argument} = &{storage for parts("a,b")}:
./std_strings.go:54:33:     from parts("a,b") (spill) at ./std_strings.go:54:33
./std_strings.go:54:33:     from ... argument (slice-literal-element) at ./std_strings.go:54:13
./std_strings.go:54:33:   flow: {heap} = {storage for ... argument}:
./std_strings.go:54:33:     from ... argument (spill) at ./std_strings.go:54:13
./std_strings.go:54:33:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:54:13
./std_strings.go:54:19: words("a b") escapes to heap:
./std_strings.go:54:19:   flow: {storage for ... argument} = &{storage for words("a b")}:
./std_strings.go:54:19:     from words("a b") (spill) at ./std_strings.go:54:19
./std_strings.go:54:19:     from ... argument (slice-literal-element) at ./std_strings.go:54:13
./std_strings.go:54:19:   flow: {heap} = {storage for ... argument}:
./std_strings.go:54:19:     from ... argument (spill) at ./std_strings.go:54:13
./std_strings.go:54:19:     from fmt.Println(... argument...) (call parameter) at ./std_strings.go:54:13
./std_strings.go:54:13: ... argument does not escape
./std_strings.go:54:19: words("a b") escapes to heap
./std_strings.go:54:33: parts("a,b") escapes to heap
./std_strings.go:54:46: join([]string{...}) escapes to heap
./std_strings.go:54:55: []string{...} does not escape
./std_strings.go:54:72: trim(" z ") escapes to heap
./std_strings.go:56:13: ... argument does not escape
./std_strings.go:56:13: a escapes to heap
./std_strings.go:56:13: b escapes to heap
./std_strings.go:56:25: upper("abc") escapes to heap
./std_strings.go:56:37: has("abx") escapes to heap
./std_strings.go:56:50: repl("AAA") escapes to heap
./std_strings.go:56:62: rep(2) escapes to heap
./std_strings.go:56:74: trimmed("?x!") escapes to heap
./std_strings.go:57:13: ... argument does not escape
./std_strings.go:57:24: fieldsFunc("a;b") escapes to heap
