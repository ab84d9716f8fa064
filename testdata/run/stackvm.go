// A tiny stack-language interpreter: tokens, a compiler to bytecode, and a VM
// with jumps, a call stack and error values.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op int

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	DROP
	PRINT
	JMP
	JZ
	CALL
	RET
	HALT
	LT
)

var opNames = []string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "DROP", "PRINT", "JMP", "JZ", "CALL", "RET", "HALT", "LT"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case PUSH, JMP, JZ, CALL:
		return fmt.Sprintf("%v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

var ErrStackUnderflow = errors.New("stack underflow")

type VM struct {
	code  []Instr
	stack []int
	calls []int
	out   strings.Builder
	steps int
}

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, ErrStackUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run() (err error) {
	pc := 0
	for pc < len(vm.code) {
		in := vm.code[pc]
		pc++
		vm.steps++
		var a, b int
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV, LT:
			if b, err = vm.pop(); err != nil {
				return fmt.Errorf("pc %d: %v: %w", pc-1, in, err)
			}
			if a, err = vm.pop(); err != nil {
				return fmt.Errorf("pc %d: %v: %w", pc-1, in, err)
			}
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case DIV:
				if b == 0 {
					return fmt.Errorf("pc %d: division by zero", pc-1)
				}
				vm.push(a / b)
			case LT:
				if a < b {
					vm.push(1)
				} else {
					vm.push(0)
				}
			}
		case DUP:
			if a, err = vm.pop(); err != nil {
				return err
			}
			vm.push(a)
			vm.push(a)
		case SWAP:
			b, _ = vm.pop()
			a, _ = vm.pop()
			vm.push(b)
			vm.push(a)
		case DROP:
			_, err = vm.pop()
		case PRINT:
			if a, err = vm.pop(); err != nil {
				return err
			}
			fmt.Fprintf(&vm.out, "%d ", a)
		case JMP:
			pc = in.Arg
		case JZ:
			if a, err = vm.pop(); err != nil {
				return err
			}
			if a == 0 {
				pc = in.Arg
			}
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = in.Arg
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case HALT:
			return nil
		default:
			return fmt.Errorf("bad op %v", in.Op)
		}
	}
	return nil
}

// compile: words separated by spaces; labels end with ':'; jumps name labels.
func compile(src string) ([]Instr, error) {
	words := strings.Fields(src)
	labels := map[string]int{}
	n := 0
	for _, w := range words {
		if strings.HasSuffix(w, ":") {
			labels[strings.TrimSuffix(w, ":")] = n
		} else if !strings.HasPrefix(w, "@") {
			n++
		}
	}
	var code []Instr
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.HasSuffix(w, ":") {
			continue
		}
		if v, err := strconv.Atoi(w); err == nil {
			code = append(code, Instr{PUSH, v})
			continue
		}
		op := -1
		for k, name := range opNames {
			if strings.EqualFold(name, w) {
				op = k
			}
		}
		if op < 0 {
			return nil, fmt.Errorf("unknown word %q", w)
		}
		in := Instr{Op: Op(op)}
		if in.Op == JMP || in.Op == JZ || in.Op == CALL {
			i++
			target, ok := labels[words[i]]
			if !ok {
				return nil, fmt.Errorf("unknown label %q", words[i])
			}
			in.Arg = target
		}
		code = append(code, in)
	}
	return code, nil
}

func run(name, src string) {
	code, err := compile(src)
	if err != nil {
		fmt.Println(name, "compile error:", err)
		return
	}
	vm := &VM{code: code}
	err = vm.Run()
	fmt.Printf("%s: out=[%s] stack=%v steps=%d err=%v underflow=%v\n", name, strings.TrimSpace(vm.out.String()), vm.stack, vm.steps, err, errors.Is(err, ErrStackUnderflow))
}

func main() {
	run("arith", "2 3 add 4 mul print 10 3 sub print 7 2 div print")
	run("countdown", "5 loop: dup print 1 sub dup jz end jmp loop end: drop halt")
	run("squares", "1 next: dup dup mul print 1 add dup 8 lt jz done jmp next done: halt")
	run("call", "3 call double call double print halt double: 2 mul ret")
	run("underflow", "1 add")
	run("divzero", "1 0 div")
	run("bad", "1 2 frobnicate")
	code, _ := compile("1 loop: dup print jmp loop")
	for i, in := range code {
		fmt.Println(i, in)
	}
	fmt.Println(Op(42), MUL)
}
