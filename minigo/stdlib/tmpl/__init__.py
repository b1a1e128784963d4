"""text/template and html/template: the template language (lexing, parsing,
executing over Go values) and html/template's contextual autoescaping.

  lex        the action language's tokens, with Go's token errors
  nodes      the parse tree, and each node's text as Go prints it in errors
  parse      the parser (Go's error texts and line numbers)
  values     what the executor passes around: Values, ideal constants, truth
  funcs      the functions a template calls: builtins, FuncMap entries, methods
  execute    walking a tree over data, writing to an io.Writer
  escapers   the html/js/urlquery escapers both packages share
  store      a template set (the Go Template's Python side): names, funcs, options
  text       package text/template (its Go declarations and Python API)
  htmlctx, htmltrans, htmlesc, htmlfuncs, html   package html/template
"""
