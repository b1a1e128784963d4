// Marshal, MarshalIndent and Unmarshal of a tagged struct (attributes, a>b paths, comments, chardata,
// embedded structs, time values), and the package documentation's Unmarshal example.
package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"time"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	Id        int      `xml:"id,attr"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string   `xml:",comment"`
	Emails  []string `xml:"email"`
	Note    string   `xml:",chardata"`
	Born    time.Time `xml:"born"`
	Ptr     *int      `xml:"ptr"`
	Skip    string    `xml:"-"`
}

func main() {
	v := &Person{Id: 13, FirstName: "John", LastName: "Doe", Age: 42, Married: false,
		Address: Address{"Hanga Roa", "Easter Island"}, Comment: " Need more details. ",
		Emails: []string{"a@b.c", "d&e@f"}, Note: "x<y", Born: time.Date(1980, 1, 2, 3, 4, 5, 0, time.UTC)}
	out, err := xml.MarshalIndent(v, " ", "    ")
	if err != nil {
		fmt.Printf("error: %v\n", err)
	}
	os.Stdout.Write([]byte(xml.Header))
	os.Stdout.Write(out)
	fmt.Println()
	out, err = xml.Marshal(v)
	fmt.Println(string(out), err)

	var p Person
	err = xml.Unmarshal(out, &p)
	fmt.Printf("%v %+v\n", err, p)
	fmt.Println(p.Born, p.XMLName)

	data := `
		<Person>
			<FullName>Grace R. Emlin</FullName>
			<Company>Example Inc.</Company>
			<Email where="home">
				<Addr>gre@example.com</Addr>
			</Email>
			<Email where='work'>
				<Addr>gre@work.com</Addr>
			</Email>
			<Group>
				<Value>Friends</Value>
				<Value>Squash</Value>
			</Group>
			<City>Hanga Roa</City>
			<State>Easter Island</State>
		</Person>
	`
	type Email struct {
		Where string `xml:"where,attr"`
		Addr  string
	}
	type Result struct {
		XMLName xml.Name `xml:"Person"`
		Name    string   `xml:"FullName"`
		Phone   string
		Email   []Email
		Groups  []string `xml:"Group>Value"`
		Address
	}
	r := Result{Name: "none", Phone: "none"}
	err = xml.Unmarshal([]byte(data), &r)
	if err != nil {
		fmt.Printf("error: %v", err)
		return
	}
	fmt.Printf("XMLName: %#v\n", r.XMLName)
	fmt.Printf("Name: %q\n", r.Name)
	fmt.Printf("Phone: %q\n", r.Phone)
	fmt.Printf("Email: %v\n", r.Email)
	fmt.Printf("Groups: %v\n", r.Groups)
	fmt.Printf("Address: %v\n", r.Address)
}
