// Dynamic programming: knapsack, longest common subsequence, edit
// distance, coin change and longest increasing subsequence.
package main

import (
	"fmt"
	"strings"
)

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if weights[i-1] <= w {
				if v := dp[i-1][w-weights[i-1]] + values[i-1]; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []int
	for i, w := n, capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append([]int{i - 1}, chosen...)
			w -= weights[i-1]
		}
	}
	return dp[n][capacity], chosen
}

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < m && j < n; {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func min3(a, b, c int) int {
	if b < a {
		a = b
	}
	if c < a {
		a = c
	}
	return a
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func coinChange(coins []int, amount int) (int, map[int]int) {
	const inf = 1 << 30
	best := make([]int, amount+1)
	last := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		best[i] = inf
		for _, c := range coins {
			if c <= i && best[i-c]+1 < best[i] {
				best[i] = best[i-c] + 1
				last[i] = c
			}
		}
	}
	if best[amount] >= inf {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= last[a] {
		used[last[a]]++
	}
	return best[amount], used
}

func lis(xs []int) []int {
	n := len(xs)
	length := make([]int, n)
	prev := make([]int, n)
	bestEnd := 0
	for i := range xs {
		length[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if xs[j] < xs[i] && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		if length[i] > length[bestEnd] {
			bestEnd = i
		}
	}
	var out []int
	for i := bestEnd; i >= 0; i = prev[i] {
		out = append([]int{xs[i]}, out...)
	}
	return out
}

func main() {
	v, items := knapsack([]int{1, 3, 4, 5, 2}, []int{1, 4, 5, 7, 3}, 7)
	fmt.Println("knapsack:", v, items)
	for _, p := range [][2]string{{"ABCBDAB", "BDCABA"}, {"AGGTAB", "GXTXAYB"}, {"gopher", "golang"}, {"", "x"}} {
		fmt.Printf("lcs(%q,%q) = %q\n", p[0], p[1], lcs(p[0], p[1]))
	}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"}, {"héllo", "hello"}} {
		fmt.Printf("edit(%s, %s) = %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	for _, amt := range []int{0, 11, 30, 63, 7} {
		n, used := coinChange([]int{1, 5, 10, 25}, amt)
		fmt.Println("coins", amt, n, used)
	}
	n, used := coinChange([]int{4, 6}, 7)
	fmt.Println("coins 7 with {4,6}:", n, used == nil)
	fmt.Println("lis:", lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20}))
}
