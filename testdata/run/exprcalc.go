// A recursive-descent calculator: a lexer, a parser building an AST of
// interface values, an evaluator with variables, and error reporting.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type tokKind int

const (
	tNum tokKind = iota
	tIdent
	tOp
	tLParen
	tRParen
	tEOF
)

type token struct {
	kind tokKind
	text string
	pos  int
}

func lex(src string) ([]token, error) {
	var toks []token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, token{tNum, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, token{tIdent, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^=%", r):
			toks = append(toks, token{tOp, string(r), i})
			i++
		case r == '(':
			toks = append(toks, token{tLParen, "(", i})
			i++
		case r == ')':
			toks = append(toks, token{tRParen, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, token{tEOF, "", len(rs)}), nil
}

type Expr interface{ String() string }
type Num float64
type Var string
type Unary struct {
	op string
	x  Expr
}
type Binary struct {
	op   string
	l, r Expr
}

func (n Num) String() string    { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string    { return string(v) }
func (u Unary) String() string  { return "(" + u.op + u.x.String() + ")" }
func (b Binary) String() string { return "(" + b.l.String() + " " + b.op + " " + b.r.String() + ")" }

type parser struct {
	toks []token
	i    int
}

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token { t := p.toks[p.i]; p.i++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *parser) expr(minPrec int) (Expr, error) {
	lhs, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		pr, ok := prec[t.text]
		if t.kind != tOp || !ok || pr < minPrec {
			return lhs, nil
		}
		p.next()
		next := pr + 1
		if t.text == "^" {
			next = pr // right associative
		}
		rhs, err := p.expr(next)
		if err != nil {
			return nil, err
		}
		lhs = Binary{t.text, lhs, rhs}
	}
}

func (p *parser) unary() (Expr, error) {
	t := p.next()
	switch {
	case t.kind == tOp && t.text == "-":
		x, err := p.unary()
		return Unary{"-", x}, err
	case t.kind == tNum:
		f, err := strconv.ParseFloat(t.text, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %q: %w", t.text, err)
		}
		return Num(f), nil
	case t.kind == tIdent:
		return Var(t.text), nil
	case t.kind == tLParen:
		e, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.kind != tRParen {
			return nil, fmt.Errorf("expected ) at %d, found %q", c.pos, c.text)
		}
		return e, nil
	}
	return nil, fmt.Errorf("unexpected %q at %d", t.text, t.pos)
}

var ErrDivZero = errors.New("division by zero")

func eval(e Expr, env map[string]float64) (float64, error) {
	switch e := e.(type) {
	case Num:
		return float64(e), nil
	case Var:
		v, ok := env[string(e)]
		if !ok {
			return 0, fmt.Errorf("undefined: %s", string(e))
		}
		return v, nil
	case Unary:
		v, err := eval(e.x, env)
		return -v, err
	case Binary:
		l, err := eval(e.l, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(e.r, env)
		if err != nil {
			return 0, err
		}
		switch e.op {
		case "+":
			return l + r, nil
		case "-":
			return l - r, nil
		case "*":
			return l * r, nil
		case "/":
			if r == 0 {
				return 0, ErrDivZero
			}
			return l / r, nil
		case "%":
			return float64(int(l) % int(r)), nil
		case "^":
			res := 1.0
			for i := 0; i < int(r); i++ {
				res *= l
			}
			return res, nil
		}
	}
	return 0, fmt.Errorf("bad node %T", e)
}

func run(line string, env map[string]float64) {
	name := ""
	if k, v, ok := strings.Cut(line, "="); ok {
		name, line = strings.TrimSpace(k), v
	}
	toks, err := lex(line)
	if err != nil {
		fmt.Println("lex error:", err)
		return
	}
	p := &parser{toks: toks}
	e, err := p.expr(1)
	if err == nil && p.peek().kind != tEOF {
		err = fmt.Errorf("trailing %q", p.peek().text)
	}
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	v, err := eval(e, env)
	if err != nil {
		fmt.Printf("%v => error: %v (divzero=%v)\n", e, err, errors.Is(err, ErrDivZero))
		return
	}
	if name != "" {
		env[name] = v
	}
	fmt.Printf("%v => %v\n", e, v)
}

func main() {
	env := map[string]float64{"pi": 3.14159}
	for _, line := range []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "x = 7 * 6", "x / 2 - -1",
		"r = 2", "pi * r ^ 2", "17 % 5", "1 / (x - 42)", "y + 1", "3 $ 4", "(1 + 2", "1 2", "1..2",
	} {
		run(line, env)
	}
	fmt.Println(len(env), env["x"], env["r"])
}
