print("pkg.deep/__init__ runs")
