package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// A small struct validator and a value dumper, the way programs use reflect.

type Address struct {
	City string `validate:"required"`
	Zip  string `validate:"len=5"`
}

type User struct {
	Name    string            `validate:"required,min=3"`
	Age     int               `validate:"min=0,max=150"`
	Email   string            `validate:"required,contains=@"`
	Tags    []string          `validate:"max=3"`
	Home    *Address
	Work    Address
	Meta    map[string]any
	private string
}

func validate(v any) []error {
	var errs []error
	walk(reflect.ValueOf(v), "", &errs)
	return errs
}

func walk(v reflect.Value, path string, errs *[]error) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		name := path + f.Name
		for _, rule := range strings.Split(f.Tag.Get("validate"), ",") {
			if rule == "" {
				continue
			}
			key, arg, _ := strings.Cut(rule, "=")
			if err := check(fv, key, arg); err != nil {
				*errs = append(*errs, fmt.Errorf("%s: %w", name, err))
			}
		}
		if fv.Kind() == reflect.Struct || fv.Kind() == reflect.Pointer {
			walk(fv, name+".", errs)
		}
	}
}

var errRequired = errors.New("is required")

func size(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String, reflect.Slice, reflect.Map, reflect.Array:
		return v.Len()
	case reflect.Int, reflect.Int64:
		return int(v.Int())
	}
	return 0
}

func check(v reflect.Value, key, arg string) error {
	n, _ := strconv.Atoi(arg)
	switch key {
	case "required":
		if v.IsZero() {
			return errRequired
		}
	case "min":
		if size(v) < n {
			return fmt.Errorf("must be at least %d (got %d)", n, size(v))
		}
	case "max":
		if size(v) > n {
			return fmt.Errorf("must be at most %d (got %d)", n, size(v))
		}
	case "len":
		if size(v) != n {
			return fmt.Errorf("must have length %d", n)
		}
	case "contains":
		if !strings.Contains(v.String(), arg) {
			return fmt.Errorf("must contain %q", arg)
		}
	}
	return nil
}

func dump(v reflect.Value, indent string) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "nil"
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return "nil"
		}
		return dump(v.Elem(), indent)
	case reflect.Struct:
		var b strings.Builder
		b.WriteString(v.Type().Name() + "{\n")
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			fmt.Fprintf(&b, "%s  %s: %s\n", indent, f.Name, dump(v.Field(i), indent+"  "))
		}
		return b.String() + indent + "}"
	case reflect.Slice, reflect.Array:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = dump(v.Index(i), indent)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		parts := []string{}
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%v=%s", k, dump(v.MapIndex(k), indent)))
		}
		return "map[" + strings.Join(parts, " ") + "]"
	case reflect.String:
		return strconv.Quote(v.String())
	default:
		return fmt.Sprint(v.Interface())
	}
}

func main() {
	good := User{Name: "Alice", Age: 30, Email: "a@x.org", Tags: []string{"admin"},
		Home: &Address{"Oslo", "12345"}, Work: Address{"Bergen", "54321"},
		Meta: map[string]any{"score": 9.5, "langs": []string{"go"}, "nil": nil}}
	fmt.Println("good:", validate(good))
	bad := User{Name: "Al", Age: 200, Email: "nope", Tags: []string{"a", "b", "c", "d"}, Home: &Address{Zip: "1"}}
	for _, err := range validate(&bad) {
		fmt.Println(" -", err, errors.Is(err, errRequired))
	}
	fmt.Println(dump(reflect.ValueOf(good), ""))
	fmt.Println(dump(reflect.ValueOf(bad), ""))
}
