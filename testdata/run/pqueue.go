// A binary-heap priority queue written by hand, used for task scheduling
// and for a k-way merge of sorted lists.
package main

import "fmt"

type Task struct {
	name     string
	priority int
	seq      int
}

type PQ struct {
	items []Task
	seq   int
}

func (q *PQ) less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.priority != b.priority {
		return a.priority > b.priority
	}
	return a.seq < b.seq
}

func (q *PQ) Push(name string, prio int) {
	q.seq++
	q.items = append(q.items, Task{name, prio, q.seq})
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(i, p) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ) Pop() (Task, bool) {
	if len(q.items) == 0 {
		return Task{}, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(l, m) {
			m = l
		}
		if r < len(q.items) && q.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top, true
}

func (q *PQ) Len() int { return len(q.items) }

type cursor struct{ list, idx int }

func mergeK(lists [][]int) []int {
	var heap []cursor
	less := func(a, b cursor) bool { return lists[a.list][a.idx] < lists[b.list][b.idx] }
	up := func(i int) {
		for i > 0 && less(heap[i], heap[(i-1)/2]) {
			heap[i], heap[(i-1)/2] = heap[(i-1)/2], heap[i]
			i = (i - 1) / 2
		}
	}
	down := func(i int) {
		for {
			m := i
			for _, c := range []int{2*i + 1, 2*i + 2} {
				if c < len(heap) && less(heap[c], heap[m]) {
					m = c
				}
			}
			if m == i {
				return
			}
			heap[i], heap[m] = heap[m], heap[i]
			i = m
		}
	}
	for i, l := range lists {
		if len(l) > 0 {
			heap = append(heap, cursor{i, 0})
			up(len(heap) - 1)
		}
	}
	var out []int
	for len(heap) > 0 {
		c := heap[0]
		out = append(out, lists[c.list][c.idx])
		if c.idx+1 < len(lists[c.list]) {
			heap[0] = cursor{c.list, c.idx + 1}
		} else {
			heap[0] = heap[len(heap)-1]
			heap = heap[:len(heap)-1]
		}
		down(0)
	}
	return out
}

func main() {
	q := &PQ{}
	q.Push("write report", 2)
	q.Push("fix prod bug", 9)
	q.Push("lunch", 5)
	q.Push("email", 2)
	q.Push("deploy", 9)
	q.Push("coffee", 7)
	fmt.Println("tasks:", q.Len())
	for q.Len() > 0 {
		t, _ := q.Pop()
		fmt.Printf("%d %-13s (seq %d)\n", t.priority, t.name, t.seq)
	}
	_, ok := q.Pop()
	fmt.Println("empty pop ok:", ok)
	fmt.Println(mergeK([][]int{{1, 4, 9, 16}, {2, 3, 5, 7, 11, 13}, {}, {0, 6, 8, 10, 12, 14, 15}}))
}
