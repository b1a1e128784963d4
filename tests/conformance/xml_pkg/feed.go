// An RSS feed: built from structs with MarshalIndent, read back with
// Unmarshal, and streamed item by item with a Decoder (Token plus
// DecodeElement), the way programs usually consume large XML.
package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type Enclosure struct {
	URL    string `xml:"url,attr"`
	Length int64  `xml:"length,attr"`
	Type   string `xml:"type,attr"`
}

type Item struct {
	Title       string     `xml:"title"`
	Link        string     `xml:"link"`
	Description string     `xml:"description"`
	Categories  []string   `xml:"category"`
	PubDate     string     `xml:"pubDate,omitempty"`
	Enclosure   *Enclosure `xml:"enclosure"`
	GUID        struct {
		Permalink bool   `xml:"isPermaLink,attr"`
		Value     string `xml:",chardata"`
	} `xml:"guid"`
}

type Channel struct {
	Title string `xml:"title"`
	Link  string `xml:"link"`
	Desc  string `xml:"description"`
	Items []Item `xml:"item"`
}

type RSS struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Channel Channel  `xml:"channel"`
}

func main() {
	feed := RSS{Version: "2.0", Channel: Channel{
		Title: "Gopher News & Views", Link: "https://example.com/", Desc: "All the <news> that fits",
	}}
	when := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	for i, title := range []string{"Go 1.27 released", "Templates, escaped", "XML is still here"} {
		it := Item{
			Title:       title,
			Link:        fmt.Sprintf("https://example.com/posts/%d", i+1),
			Description: strings.Repeat("<p>story</p>", i+1),
			Categories:  []string{"go", fmt.Sprintf("part-%d", i)},
			PubDate:     when.Add(time.Duration(i) * 24 * time.Hour).Format(time.RFC1123Z),
		}
		if i == 1 {
			it.Enclosure = &Enclosure{URL: "https://example.com/audio.mp3", Length: 123456, Type: "audio/mpeg"}
			it.PubDate = ""
		}
		it.GUID.Permalink = i%2 == 0
		it.GUID.Value = fmt.Sprintf("urn:post:%d", i+1)
		feed.Channel.Items = append(feed.Channel.Items, it)
	}

	out, err := xml.MarshalIndent(feed, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	doc := xml.Header + string(out) + "\n"
	fmt.Print(doc)

	var back RSS
	if err := xml.Unmarshal([]byte(doc), &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Println("round trip:", back.Channel.Title, len(back.Channel.Items), "items")
	for _, it := range back.Channel.Items {
		enc := "none"
		if it.Enclosure != nil {
			enc = fmt.Sprintf("%s (%d bytes)", it.Enclosure.Type, it.Enclosure.Length)
		}
		fmt.Printf("- %-20s %v permalink=%v guid=%s enclosure=%s date=%q\n", it.Title, it.Categories,
			it.GUID.Permalink, it.GUID.Value, enc, it.PubDate)
	}

	// Streaming: pick out the items one by one, counting everything else.
	dec := xml.NewDecoder(strings.NewReader(doc))
	counts := map[string]int{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("token:", err)
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "item" {
				var it Item
				if err := dec.DecodeElement(&it, &t); err != nil {
					fmt.Println("decode:", err)
					return
				}
				fmt.Printf("streamed %q (%d categories)\n", it.Title, len(it.Categories))
				continue
			}
			counts["start"]++
		case xml.EndElement:
			counts["end"]++
		case xml.CharData:
			if strings.TrimSpace(string(t)) != "" {
				counts["text"]++
			}
		case xml.ProcInst:
			fmt.Printf("processing instruction %s: %s\n", t.Target, t.Inst)
		}
	}
	fmt.Println("elements outside items:", counts["start"], counts["end"], "text nodes:", counts["text"])

	// A broken feed says where it broke.
	broken := strings.Replace(doc, "</channel>", "</chanel>", 1)
	err = xml.Unmarshal([]byte(broken), &back)
	fmt.Println("broken:", err)

	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", " ")
	if err := enc.Encode(feed.Channel.Items[1].Enclosure); err != nil {
		fmt.Println("encode:", err)
	}
	fmt.Println()
}
