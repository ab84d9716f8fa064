// errorcheck -0 -m -l

// p does not escape: a pointer parameter only read or written through.
package main

type acct struct {
	balance int
}

func read(p *int) int { // ERROR "p does not escape$"
	return *p
}

func write(p *int, v int) { // ERROR "p does not escape$"
	*p = v
}

func deposit(a *acct, n int) { // ERROR "a does not escape$"
	a.balance += n
}

func total(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func strlen(s string) int { // ERROR "s does not escape$"
	return len(s)
}

func compareP(p, q *int) bool { // ERROR "p does not escape$" "q does not escape$"
	return p == q
}

func main() {
	x := 1
	write(&x, 5)
	a := acct{}
	deposit(&a, 10)
	println(read(&x), a.balance, total([]int{1, 2}), strlen("abc"), compareP(&x, &x)) // ERROR "\[\]int{...} does not escape$"
}
