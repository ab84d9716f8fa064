// Recursion and backtracking: N-queens, towers of Hanoi, permutations,
// subset sums and a small sudoku.
package main

import (
	"fmt"
	"strings"
)

func queens(n int) (int, []int) {
	cols := make([]int, n)
	var first []int
	count := 0
	var place func(row int)
	place = func(row int) {
		if row == n {
			if first == nil {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
	next:
		for c := 0; c < n; c++ {
			for r := 0; r < row; r++ {
				if cols[r] == c || row-r == c-cols[r] || row-r == cols[r]-c {
					continue next
				}
			}
			cols[row] = c
			place(row + 1)
		}
	}
	place(0)
	return count, first
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := append(append([]rune{}, s[:i]...), s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func subsetSums(nums []int, target int) [][]int {
	var res [][]int
	var cur []int
	var rec func(i, sum int)
	rec = func(i, sum int) {
		if sum == target {
			res = append(res, append([]int(nil), cur...))
			return
		}
		if i == len(nums) || sum > target {
			return
		}
		cur = append(cur, nums[i])
		rec(i+1, sum+nums[i])
		cur = cur[:len(cur)-1]
		rec(i+1, sum)
	}
	rec(0, 0)
	return res
}

type Sudoku [9][9]int

func (s *Sudoku) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if s[r][i] == v || s[i][c] == v || s[r/3*3+i/3][c/3*3+i%3] == v {
			return false
		}
	}
	return true
}

func (s *Sudoku) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if s.ok(r, c, v) {
					s[r][c] = v
					if s.solve() {
						return true
					}
					s[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func main() {
	for n := 1; n <= 8; n++ {
		c, f := queens(n)
		fmt.Println(n, c, f)
	}
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))
	fmt.Println(permutations([]rune("abc")), len(permutations([]rune("abcde"))))
	fmt.Println(subsetSums([]int{3, 34, 4, 12, 5, 2}, 9))
	puzzle := []string{
		"53..7....", "6..195...", ".98....6.",
		"8...6...3", "4..8.3..1", "7...2...6",
		".6....28.", "...419..5", "....8..79",
	}
	var s Sudoku
	for r, line := range puzzle {
		for c, ch := range line {
			if ch != '.' {
				s[r][c] = int(ch - '0')
			}
		}
	}
	fmt.Println("solved:", s.solve())
	for _, row := range s {
		fmt.Println(row)
	}
}
