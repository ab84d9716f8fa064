package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Bad int

func (b Bad) String() string { panic("oops") }

type Inner struct {
	X int
	c Celsius
}

type Outer struct {
	Name string
	In   Inner
	P    *Inner
	C    Celsius
	c    Celsius
	Any  interface{}
	Err  error
	L    []Celsius
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c, &E{"x"}, []Celsius{1, 2})
	in := &Inner{7, 3}
	o := Outer{"n", Inner{1, 2}, in, 5, 6, 42, &E{"y"}, []Celsius{1}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%s|%q|%x|%d\n", c, c, c, c)
	fmt.Printf("%v %+v\n", &o.In, []*Inner{in})
	fmt.Printf("%#v %#v %#v %#v\n", o.In, []int{1}, "s", 3)
	fmt.Printf("%T %T %T %T\n", o, &o, []Celsius{}, nil)
	var ip *Inner
	fmt.Println(ip, []interface{}{1, "a", nil, 2.5})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%v %s\n", struct{}{}, []string{"a", "b"})
	fmt.Printf("%6.2f|%-10v|%10v|\n", c, c, o.In)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%z %!d\n", 1)
	fmt.Printf("%")
	fmt.Println()
	fmt.Println(fmt.Errorf("wrapped %d: %w", 7, &E{"z"}))
	var ne *E
	var err error = ne
	fmt.Println(err == nil, err, Bad(1))
	fmt.Printf("%d|%s|%5v|\n", Bad(2), Bad(3), ne)
}
