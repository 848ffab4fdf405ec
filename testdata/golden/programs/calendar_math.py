# Date arithmetic by hand: leap years, day of week (Zeller), days between.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
def ordinal(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1, y))
    return days + sum(days_in_month(y, mm) for mm in range(1, m)) + d
print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
for date in ((2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31)):
    print(date, day_of_week(*date))
print("days from 2000-01-01 to 2024-03-15:", ordinal(2024, 3, 15) - ordinal(2000, 1, 1))
print("   ".join(f"{m:2}:{days_in_month(2024, m)}" for m in range(1, 13)))
