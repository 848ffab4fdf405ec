print("pkg.constants loaded")
BASE = "base"
