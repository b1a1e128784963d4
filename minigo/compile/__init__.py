"""The closure compiler: each checked AST node becomes a Python closure once."""
