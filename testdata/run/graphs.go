// Graph algorithms on adjacency lists: BFS over a maze, Dijkstra with a
// simple O(n^2) scan, topological sort, and connected components.
package main

import (
	"fmt"
	"strings"
)

var maze = []string{
	"S.#.......",
	".##.####.#",
	"....#....#",
	"#.#.#.##..",
	"..#...#..E",
}

type pos struct{ r, c int }

func bfs(grid []string) (int, []pos) {
	var start, end pos
	for r, row := range grid {
		for c, ch := range row {
			if ch == 'S' {
				start = pos{r, c}
			} else if ch == 'E' {
				end = pos{r, c}
			}
		}
	}
	dist := map[pos]int{start: 0}
	prev := map[pos]pos{}
	queue := []pos{start}
	dirs := []pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == end {
			break
		}
		for _, d := range dirs {
			n := pos{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				prev[n] = p
				queue = append(queue, n)
			}
		}
	}
	var path []pos
	for p := end; p != start; p = prev[p] {
		path = append([]pos{p}, path...)
	}
	return dist[end], path
}

type edge struct {
	to, w int
}

func dijkstra(adj [][]edge, src int) ([]int, []int) {
	const inf = 1 << 60
	n := len(adj)
	dist := make([]int, n)
	prev := make([]int, n)
	done := make([]bool, n)
	for i := range dist {
		dist[i], prev[i] = inf, -1
	}
	dist[src] = 0
	for k := 0; k < n; k++ {
		u := -1
		for i := 0; i < n; i++ {
			if !done[i] && (u < 0 || dist[i] < dist[u]) {
				u = i
			}
		}
		if dist[u] == inf {
			break
		}
		done[u] = true
		for _, e := range adj[u] {
			if d := dist[u] + e.w; d < dist[e.to] {
				dist[e.to], prev[e.to] = d, u
			}
		}
	}
	return dist, prev
}

func topo(deps map[string][]string, names []string) []string {
	state := map[string]int{}
	var order []string
	var visit func(string)
	visit = func(n string) {
		if state[n] == 2 {
			return
		}
		if state[n] == 1 {
			panic("cycle at " + n)
		}
		state[n] = 1
		for _, d := range deps[n] {
			visit(d)
		}
		state[n] = 2
		order = append(order, n)
	}
	for _, n := range names {
		visit(n)
	}
	return order
}

func main() {
	steps, path := bfs(maze)
	fmt.Println("steps:", steps)
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	for _, p := range path[:len(path)-1] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}

	adj := make([][]edge, 6)
	add := func(a, b, w int) {
		adj[a] = append(adj[a], edge{b, w})
		adj[b] = append(adj[b], edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(adj, 0)
	for v := range dist {
		var route []string
		for u := v; u >= 0; u = prev[u] {
			route = append([]string{fmt.Sprint(u)}, route...)
		}
		fmt.Printf("0->%d: %2d via %s\n", v, dist[v], strings.Join(route, "-"))
	}

	deps := map[string][]string{
		"app":    {"http", "db", "log"},
		"http":   {"net", "log"},
		"db":     {"net", "log"},
		"net":    {"sys"},
		"log":    {"sys"},
		"sys":    nil,
		"extras": {"app"},
	}
	fmt.Println(topo(deps, []string{"extras", "app", "sys"}))

	parent := make([]int, 10)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}} {
		parent[find(p[0])] = find(p[1])
	}
	comps := map[int][]int{}
	for i := range parent {
		comps[find(i)] = append(comps[find(i)], i)
	}
	fmt.Println(len(comps), comps)
}
