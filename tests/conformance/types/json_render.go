package main

import "fmt"

type Value = any

func keys(m map[string]Value) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func render(v Value, indent string) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int, int64, float64:
		return fmt.Sprint(x)
	case string:
		return fmt.Sprintf("%q", x)
	case []Value:
		if len(x) == 0 {
			return "[]"
		}
		s := "[\n"
		for i, e := range x {
			s += indent + "  " + render(e, indent+"  ")
			if i < len(x)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent + "]"
	case map[string]Value:
		s := "{\n"
		ks := keys(x)
		for i, k := range ks {
			s += fmt.Sprintf("%s  %q: %s", indent, k, render(x[k], indent+"  "))
			if i < len(ks)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent + "}"
	default:
		return fmt.Sprintf("<%T>", x)
	}
}

func count(v Value) (n int) {
	n = 1
	switch x := v.(type) {
	case []Value:
		for _, e := range x {
			n += count(e)
		}
	case map[string]Value:
		for _, e := range x {
			n += count(e)
		}
	}
	return
}

func main() {
	doc := map[string]Value{
		"name":   "minigo",
		"stars":  42,
		"ratio":  0.75,
		"tags":   []Value{"go", "python", nil, true},
		"nested": map[string]Value{"empty": []Value{}, "deep": map[string]Value{"x": int64(-1)}},
		"weird":  struct{}{},
	}
	fmt.Println(render(doc, ""))
	fmt.Println(count(doc))
}
