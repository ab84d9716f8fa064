// Map operations in statements and expressions: evaluation order,
// compound assignment, maps inside other values.
package main

import "fmt"

type Rec struct {
	Name  string
	Count int
	Tags  []string
}

type Big struct {
	A [300]int
	S string
}

type Holder struct {
	m    map[string]int
	refs map[int]*Rec
}

var trace []string

func key(s string) string {
	trace = append(trace, "key "+s)
	return s
}

func val(v int) int {
	trace = append(trace, fmt.Sprint("val ", v))
	return v
}

func counter() func(string) int {
	seen := map[string]int{}
	return func(s string) int {
		seen[s]++
		return seen[s]
	}
}

func invert(m map[string]int) map[int][]string {
	r := make(map[int][]string, len(m))
	for k, v := range m {
		r[v] = append(r[v], k)
	}
	return r
}

func main() {
	m := map[string]int{}
	m["a"] = len(m)
	m["b"] = len(m)
	m["c"] += len(m)
	fmt.Println(m)
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	m[key("x")] = val(1)
	m[key("y")] += val(2)
	v, ok := m[key("z")]
	fmt.Println(trace, v, ok, len(m))

	m["n"] = 7
	m["n"] *= 3
	m["n"] -= 1
	m["n"] /= 4
	m["n"] %= 3
	m["n"] <<= 4
	m["n"] |= 1
	m["n"]--
	m["n"]++
	m["n"]++
	fmt.Println(m["n"])
	sm := map[int]string{}
	sm[1] += "a"
	sm[1] += "b" + sm[1]
	sm[2] = sm[1] + "!"
	fmt.Println(sm)
	fm := map[string]float64{}
	fm["x"] += 1.5
	fm["x"] *= 3
	fmt.Println(fm)

	recs := map[string]Rec{}
	r := recs["k"]
	r.Count++
	r.Tags = append(r.Tags, "t1")
	recs["k"] = r
	recs["j"] = Rec{Name: "j", Count: 2}
	fmt.Println(recs["k"].Count, recs["k"].Tags, recs["j"].Name, len(recs["missing"].Tags))
	fmt.Printf("%+v\n", recs)

	lists := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "even"
		if i%2 == 1 {
			k = "odd"
		}
		lists[k] = append(lists[k], i)
	}
	fmt.Println(lists, len(lists["even"]), lists["odd"][2])

	ptrs := map[int]*Rec{}
	for i := 0; i < 3; i++ {
		ptrs[i] = &Rec{Name: fmt.Sprint("r", i)}
	}
	ptrs[1].Count = 42
	ptrs[2].Tags = []string{"x"}
	fmt.Println(ptrs[1].Count, ptrs[2].Tags, ptrs[0].Name, ptrs[5] == nil)

	h := Holder{m: map[string]int{}, refs: map[int]*Rec{}}
	h.m["q"]++
	h.m["q"] += 10
	hp := &h
	hp.m["w"] = 3
	hp.refs[1] = &Rec{Count: 1}
	hp.refs[1].Count++
	fmt.Println(h.m, h.refs[1].Count)

	c := counter()
	c("a")
	c("b")
	fmt.Println(c("a"), c("c"), c("a"))
	inv := invert(map[string]int{"x": 1, "y": 2, "z": 1})
	fmt.Println(len(inv), len(inv[1]), inv[2])

	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = struct{}{}
	set["a"] = struct{}{}
	_, has := set["a"]
	_, hasz := set["z"]
	fmt.Println(len(set), has, hasz, set)

	big := map[int]Big{}
	fmt.Println(big[3].A[299], big[3].S == "")
	b := Big{S: "big"}
	b.A[299] = 9
	big[1] = b
	fmt.Println(big[1].A[299], big[1].S, big[2].A[0])

	arr := map[string][3]int{"a": {1, 2, 3}}
	fmt.Println(arr["a"][2], arr["b"][1], len(arr["a"]))

	nested := map[string]map[string]int{}
	for _, w := range []string{"a.x", "a.y", "b.x", "a.x"} {
		outer, inner := w[:1], w[2:]
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner]++
	}
	fmt.Println(nested)

	if n, ok := nested["a"]["x"]; ok && n == 2 {
		fmt.Println("found a.x twice")
	}
	if _, ok := nested["c"]; !ok {
		fmt.Println("no c")
	}
	var ok2 bool
	_, ok2 = nested["b"]["x"]
	fmt.Println(ok2)

	var ifm = map[string]interface{}{"i": 1, "s": "two", "f": 3.0, "l": []int{4}}
	for _, k := range []string{"f", "i", "l", "s", "zz"} {
		switch x := ifm[k].(type) {
		case int:
			fmt.Println(k, "int", x)
		case string:
			fmt.Println(k, "string", x)
		case float64:
			fmt.Println(k, "float", x)
		case nil:
			fmt.Println(k, "nil")
		default:
			fmt.Println(k, "other", x)
		}
	}

	total := 0
	for i := 0; i < 100; i++ {
		local := make(map[int]int)
		for j := 0; j < i%10; j++ {
			local[j] = j
		}
		total += len(local)
	}
	hinted := make(map[int]int, 1000)
	for i := 0; i < 1000; i++ {
		hinted[i] = i
	}
	n := -5
	neg := make(map[int]int, n)
	neg[1] = 1
	fmt.Println(total, len(hinted), len(neg))

	var nilm map[int]int
	fmt.Println(nilm == nil, m != nil, len(nilm), nilm[1])
	nilm = map[int]int{1: 1}
	fmt.Println(nilm == nil, nilm)
	mm := map[bool]map[bool]bool{true: {false: true}}
	fmt.Println(mm[true][false], mm[false][true])
	println(len(m))
}
