package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID int `db:"id"`
}

type user struct{ X int }

type User struct {
	Base
	*user
	Name    string  `json:"name,omitempty" db:"user_name" validate:"required"`
	Email   string  `json:"email"`
	age     int
	Score   float64 `weird:"a\"b" spaced:  "x" json:"score"`
	Friends []*User `json:"-"`
}

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("json")
		fmt.Printf("%d %-8s %-10v anon=%-5v exported=%-5v pkg=%q index=%v json=%q/%v db=%q tag=`%s`\n",
			i, f.Name, f.Type, f.Anonymous, f.IsExported(), f.PkgPath, f.Index, v, ok, f.Tag.Get("db"), f.Tag)
	}
	f, ok := t.FieldByName("ID")
	fmt.Println(f.Name, f.Index, f.Type, ok, f.Tag.Get("db"))
	f, ok = t.FieldByName("X")
	fmt.Println(f.Name, f.Index, ok)
	_, ok = t.FieldByName("Nope")
	fmt.Println(ok)
	sf, _ := t.FieldByName("Score")
	fmt.Printf("%q %q %q\n", sf.Tag.Get("weird"), sf.Tag.Get("spaced"), sf.Tag.Get("json"))
	tag := reflect.StructTag(`a:"1" b:"two words" c:"\u00e9" bad`)
	for _, k := range []string{"a", "b", "c", "bad", "d"} {
		v, ok := tag.Lookup(k)
		fmt.Printf("%s=%q %v ", k, v, ok)
	}
	fmt.Println()

	v := reflect.ValueOf(User{Name: "ann", Email: "a@x", age: 3, Score: 1.5})
	for i := 0; i < v.NumField(); i++ {
		fv := v.Field(i)
		if fv.CanInterface() {
			fmt.Printf("%s=%v ", t.Field(i).Name, fv.Interface())
		} else {
			fmt.Printf("%s=(unexported %v) ", t.Field(i).Name, fv)
		}
	}
	fmt.Println()
	fmt.Println(v.FieldByName("Email"), v.FieldByName("ID"), v.FieldByName("missing").IsValid())
}
