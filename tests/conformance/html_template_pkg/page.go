// An HTML page built from user input: every value is escaped for where it
// lands (text, attributes, URLs, inline JavaScript and CSS), trusted HTML
// passes through, and layout templates are shared through a base.
package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
	"time"
)

type Comment struct {
	Author  string
	Website string
	Body    string
	Posted  time.Time
	Score   int
}

type Page struct {
	Title    string
	Query    string
	User     *User
	Comments []Comment
	Notice   template.HTML
	Theme    string
}

type User struct {
	Name  string
	Admin bool
}

const base = `<!DOCTYPE html>
<html>
<head>
  <title>{{block "title" .}}Site{{end}}</title>
  <style>body { color: {{.Theme}}; }</style>
</head>
<body>
{{template "nav" .}}
<main>{{block "content" .}}(empty){{end}}</main>
</body>
</html>
`

const nav = `{{define "nav"}}<nav>
  <form action="/search"><input name="q" value="{{.Query}}"></form>
  {{with .User}}<span class="user{{if .Admin}} admin{{end}}">{{.Name}}</span>{{else}}<a href="/login?next={{$.Query}}">log in</a>{{end}}
</nav>{{end}}`

const content = `{{define "title"}}{{.Title}} - Site{{end}}
{{define "content"}}
  {{- if .Notice}}<div class="notice">{{.Notice}}</div>{{end}}
  <h1>{{.Title}}</h1>
  <p>Results for <q>{{.Query}}</q>: {{len .Comments}} comments</p>
  {{range $i, $c := .Comments}}
  <article id="c{{$i}}" data-score="{{$c.Score}}">
    <header><a href="{{$c.Website}}" rel="nofollow">{{$c.Author}}</a> on {{$c.Posted.Format "Jan 2, 2006"}}</header>
    <p>{{$c.Body}}</p>
    <button onclick="vote({{$i}}, {{$c.Author}})">+1</button>
  </article>
  {{- else}}
  <p>No comments yet.</p>
  {{end}}
  <script>
    var page = {{.}};
    var query = "{{.Query}}";
  </script>
{{end}}`

func main() {
	layout := template.Must(template.New("base").Funcs(template.FuncMap{"lower": strings.ToLower}).Parse(base))
	template.Must(layout.Parse(nav))
	page := template.Must(template.Must(layout.Clone()).Parse(content))

	p := Page{
		Title: `Tom & Jerry's "best" <moments>`,
		Query: `"><script>alert('q')</script>`,
		User:  &User{Name: "<admin>", Admin: true},
		Comments: []Comment{
			{Author: "Alice", Website: "https://alice.example/?a=1&b=2", Body: "Great!\nLoved it <3",
				Posted: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), Score: 10},
			{Author: `Eve"); evil();//`, Website: "javascript:steal()", Body: `<img src=x onerror=alert(1)>`,
				Posted: time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC), Score: -3},
		},
		Notice: template.HTML(`<strong>Maintenance</strong> tonight`),
		Theme:  "navy; background: url(javascript:x)",
	}
	if err := page.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}

	// The bare layout, logged out, with no comments and a safe theme.
	if err := layout.Execute(os.Stdout, Page{Title: "Home", Query: "a b&c", Theme: "black"}); err != nil {
		fmt.Println("error:", err)
	}

	// A mistake in the template is found before anything is written.
	broken := template.Must(template.New("broken").Parse(`<a href="{{.}}>unterminated`))
	fmt.Println("error:", broken.Execute(os.Stdout, "x"))
}
