# Grouping, aggregating and reporting records with dicts, sorted and f-strings.
sales = [("north", "widget", 3, 2.50), ("south", "gadget", 1, 10.00), ("north", "gadget", 2, 10.00),
         ("east", "widget", 10, 2.25), ("south", "widget", 4, 2.50), ("east", "gizmo", 1, 99.99)]
by_region = {}
for region, product, qty, price in sales:
    entry = by_region.setdefault(region, {"qty": 0, "revenue": 0.0, "products": set()})
    entry["qty"] += qty
    entry["revenue"] += qty * price
    entry["products"].add(product)
for region in sorted(by_region, key=lambda r: -by_region[r]["revenue"]):
    e = by_region[region]
    print(f"{region:>6}: {e['qty']:3d} units {e['revenue']:8.2f} {sorted(e['products'])}")
totals = {}
for _, product, qty, _ in sales:
    totals[product] = totals.get(product, 0) + qty
best = max(totals.items(), key=lambda kv: kv[1])
print("best seller:", best, "total units:", sum(totals.values()))
print("average price:", round(sum(p for *_, p in sales) / len(sales), 4))
