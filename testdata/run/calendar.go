// Calendar arithmetic without package time: leap years, day of week
// (Zeller), days between dates, and a printed month.
package main

import (
	"fmt"
	"strings"
)

type Date struct{ Y, M, D int }

var monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// days since 0000-03-01 (a proleptic Gregorian day number)
func (d Date) ordinal() int {
	y, m := d.Y, d.M
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.D - 1
}

func (d Date) Weekday() string { return dayNames[(d.ordinal()+3)%7] }

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D) }

func (d Date) AddDays(n int) Date {
	for n > 0 {
		d.D++
		if d.D > daysIn(d.Y, d.M) {
			d.D = 1
			d.M++
			if d.M > 12 {
				d.M = 1
				d.Y++
			}
		}
		n--
	}
	return d
}

func printMonth(y, m int) string {
	var b strings.Builder
	title := fmt.Sprintf("%s %d", monthNames[m], y)
	fmt.Fprintf(&b, "%s%s\n", strings.Repeat(" ", (20-len(title))/2), title)
	b.WriteString("Su Mo Tu We Th Fr Sa\n")
	first := (Date{y, m, 1}.ordinal() + 3) % 7
	b.WriteString(strings.Repeat("   ", first))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Fprintf(&b, "%2d", d)
		if (first+d)%7 == 0 {
			b.WriteByte('\n')
		} else if d < daysIn(y, m) {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		fmt.Print(y, ":", leap(y), " ")
	}
	fmt.Println()
	for _, d := range []Date{{1969, 7, 20}, {2000, 1, 1}, {2009, 11, 10}, {2024, 2, 29}, {2038, 1, 19}} {
		fmt.Println(d, d.Weekday())
	}
	a, b := Date{2009, 11, 10}, Date{2024, 3, 15}
	fmt.Println("days between", a, "and", b, "=", b.ordinal()-a.ordinal())
	fmt.Println(Date{2023, 12, 25}.AddDays(10), Date{2024, 2, 28}.AddDays(2), Date{2023, 2, 28}.AddDays(1))
	fmt.Println(printMonth(2024, 2))
	fmt.Println(printMonth(2023, 10))
}
