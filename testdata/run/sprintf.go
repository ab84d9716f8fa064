// Sprintf, Sprint and Sprintln build strings; Print and Println write them.
package main

import "fmt"

type Item struct {
	Name  string
	Price int
}

func format(it Item) string {
	return fmt.Sprintf("%-8s %4d", it.Name, it.Price)
}

func main() {
	items := []Item{{"apple", 3}, {"pear", 12}, {"melon", 250}}
	total := 0
	for _, it := range items {
		fmt.Println(format(it))
		total += it.Price
	}
	fmt.Println(fmt.Sprintf("total=%d avg=%.2f", total, float64(total)/float64(len(items))))
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, true)
	fmt.Println(s, len(s))
	t := fmt.Sprintln("x", 1, "y")
	fmt.Print(t)
	fmt.Print("p", 1, 2, "q\n")
	fmt.Println(fmt.Sprint(items[0]), fmt.Sprintf("%v", items))
	line := ""
	for i := 0; i < 5; i++ {
		line += fmt.Sprintf("[%d]", i*i)
	}
	fmt.Println(line)
	fmt.Println(fmt.Sprintf("%08.3f|%+.1e", 3.14159, 12345.678))
}
