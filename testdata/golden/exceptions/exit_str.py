# raise SystemExit("text") prints the text to stderr and exits with 1.
print("about to fail")
raise SystemExit("fatal: configuration missing")
