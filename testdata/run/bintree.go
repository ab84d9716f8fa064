// A binary search tree with pointers: insert, search, in-order walk, height, and
// allocation-heavy building of complete trees (the binary-trees benchmark in miniature).
// gofront: -O2
package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key)
	t.Right.Walk(visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func build(d int) *Tree {
	if d == 0 {
		return &Tree{}
	}
	return &Tree{Left: build(d - 1), Right: build(d - 1)}
}

func (t *Tree) count() int {
	if t.Left == nil {
		return 1
	}
	return 1 + t.Left.count() + t.Right.count()
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, k)
	}
	var keys []int
	root.Walk(func(k int) { keys = append(keys, k) })
	fmt.Println(keys)
	fmt.Println(root.Contains(45), root.Contains(55), height(root))
	x := 12345
	for i := 0; i < 1000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		root = insert(root, x%10000)
	}
	fmt.Println(height(root) < 40, root.Contains(50))
	total := 0
	for i := 0; i < 20; i++ {
		total += build(12).count()
	}
	fmt.Println(total)
}
