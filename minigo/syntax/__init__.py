"""Go source -> AST: the post-lexer for semicolons, the Lark grammar driver, the AST."""
