"""Storage: the files steady keeps, and what it does with them as files."""
