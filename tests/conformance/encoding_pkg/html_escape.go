package main

import (
	"fmt"
	"html"
)

func main() {
	raw := []string{
		`<a href="x?a=1&b=2">Tom's & Jerry's</a>`,
		"plain text",
		"",
		"üñí©ødé <tags> & \"quotes\"",
	}
	for _, s := range raw {
		e := html.EscapeString(s)
		fmt.Printf("%q -> %q -> round trip %v\n", s, e, html.UnescapeString(e) == s)
	}

	tricky := []string{
		"&amp;&lt;&gt;&quot;&#39;&apos;",
		"&amp &lt &gt &copy &COPY &reg",
		"&ampx &notit; &notin; &not",
		"&#65;&#x42;&#X43;&#0068&#x45",
		"&#;&#x;&#x&#&#a&#xg;&",
		"&#128;&#x80;&#x9f;&#150;&#159;",
		"&#0;&#xD800;&#x110000;&#99999999999;&#4294967361;",
		"&#00000000000000000065;",
		"&nbsp;|&NotLessSlantEqual;|&fjlig;|&nGt;|&nLt;|&acE;",
		"&unknown; &a; &; & &&amp;",
		"&Aacute&aacute;&AElig&eacute&yumlx",
		"&lt-&gt+&amp=",
		"&ThickSpace;x&thinsp;y",
		"trailing &",
		"&x&y;&#",
		"\xff&amp;\xfe",
	}
	for _, s := range tricky {
		fmt.Printf("%q\n  -> %q\n", s, html.UnescapeString(s))
	}
}
